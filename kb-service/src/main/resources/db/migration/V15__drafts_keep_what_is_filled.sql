-- A draft saves whatever is filled: a figure may wait for its measure until the claim is submitted (issue 15).
-- A claim under review, verified or rejected still has the measure its figure answers.
ALTER TABLE claim DROP CONSTRAINT claim_figure_ck;
ALTER TABLE claim ADD CONSTRAINT claim_figure_ck CHECK (figure_phrase IS NULL OR (figure_qualifier IS NOT NULL
    AND figure_unit IS NOT NULL AND (measure_id IS NOT NULL OR status IN ('DRAFT', 'CHANGES_REQUESTED', 'WITHDRAWN'))));
