package org.corroborate.service.job;

/** The kinds of background work. */
public enum JobKind {
    /** A CSV file of draft claims, imported (or only checked) in one transaction. */
    CLAIM_IMPORT,
    /** A PDF read page by page (OCR for scans); its text is kept in one transaction. */
    PDF_READING
}
