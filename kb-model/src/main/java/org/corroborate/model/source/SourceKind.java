package org.corroborate.model.source;

/** What kind of document a source is, with the CSL-JSON item type it maps onto. */
public enum SourceKind {
    REPORT("report"),
    NEWS_ARTICLE("article-newspaper"),
    JOURNAL_ARTICLE("article-journal"),
    TESTIMONY("hearing"),
    GOVERNMENT_DOCUMENT("report"),
    UN_DOCUMENT("report"),
    BOOK("book"),
    DATASET("dataset"),
    INTERVIEW("interview"),
    WEB_PAGE("webpage");

    private final String cslType;

    SourceKind(String cslType) {
        this.cslType = cslType;
    }

    /** The CSL 1.0.2 item type ("report", "article-newspaper", ...). */
    public String cslType() {
        return cslType;
    }
}
