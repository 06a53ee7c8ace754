-- Who exactly a claim counts when it differs from its measure's definition, and when it was sent to review.
ALTER TABLE claim ADD COLUMN population VARCHAR(300);
ALTER TABLE claim ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
UPDATE claim SET submitted_at = updated_at WHERE status <> 'DRAFT';
CREATE INDEX claim_status_submitted_ix ON claim (status, submitted_at);
