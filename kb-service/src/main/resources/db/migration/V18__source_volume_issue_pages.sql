-- Where a journal article or chapter sits in its container, as bibliographic imports and citations need it.
ALTER TABLE source ADD COLUMN volume VARCHAR(50);
ALTER TABLE source ADD COLUMN issue VARCHAR(50);
ALTER TABLE source ADD COLUMN page_range VARCHAR(50);
