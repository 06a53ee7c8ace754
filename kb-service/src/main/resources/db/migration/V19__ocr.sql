-- Text recognition (OCR) of scanned PDF pages: each page says how its text was read (its text layer, OCR, or not
-- at all when OCR failed on it) and, when read by OCR, the mean confidence of its words (0-100); the text names
-- the OCR engine that read its pages. Existing texts were read from text layers or pasted.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL 13+.

ALTER TABLE source_text ADD COLUMN ocr_engine VARCHAR(100);

ALTER TABLE source_text_page ADD COLUMN reading VARCHAR(10) DEFAULT 'TEXT' NOT NULL;
ALTER TABLE source_text_page ADD COLUMN ocr_confidence INTEGER;
ALTER TABLE source_text_page ADD CONSTRAINT source_text_page_reading_ck CHECK (reading IN ('TEXT', 'OCR', 'UNREAD'));
ALTER TABLE source_text_page ADD CONSTRAINT source_text_page_confidence_ck
    CHECK (ocr_confidence IS NULL OR (reading = 'OCR' AND ocr_confidence BETWEEN 0 AND 100));
