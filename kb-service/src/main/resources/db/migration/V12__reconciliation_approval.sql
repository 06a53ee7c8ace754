-- Four eyes on reconciliations: a draft is published only once an editor of another organization than the one that
-- last changed it has approved it. The draft keeps its drafting organization and current approval (withdrawn by any
-- change); a version keeps which organization drafted it and which approved it, for its public page.
ALTER TABLE reconciliation ADD COLUMN drafted_organization VARCHAR(80);
ALTER TABLE reconciliation ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE reconciliation ADD COLUMN approved_organization VARCHAR(80);
ALTER TABLE reconciliation ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
-- drafts saved before: the organization of the account that last saved them (a draft whose drafter is unknown
-- cannot be approved until an editor of an organization saves it again)
UPDATE reconciliation SET drafted_organization = (SELECT o.slug FROM account a JOIN organization o ON o.id = a.organization_id
                                                  WHERE a.username = reconciliation.updated_by)
    WHERE updated_by IS NOT NULL;
ALTER TABLE reconciliation ADD CONSTRAINT reconciliation_approval_ck
    CHECK (approved_organization IS NULL OR drafted_organization IS NULL OR approved_organization <> drafted_organization);

ALTER TABLE reconciliation_version ADD COLUMN drafted_organization VARCHAR(80);
ALTER TABLE reconciliation_version ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE reconciliation_version ADD COLUMN approved_organization VARCHAR(80);
ALTER TABLE reconciliation_version ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reconciliation_version ADD CONSTRAINT reconciliation_version_approval_ck
    CHECK (approved_organization IS NULL OR drafted_organization IS NULL OR approved_organization <> drafted_organization);
