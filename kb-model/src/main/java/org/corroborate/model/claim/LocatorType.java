package org.corroborate.model.claim;

/** The kind of place within a source a locator points to; each maps onto a CSL locator label. */
public enum LocatorType {
    PAGE("page"),
    PARAGRAPH("paragraph"),
    FOOTNOTE("note"),
    SECTION("section"),
    TIMESTAMP("timestamp"),
    LINE("line"),
    /**
     * A place in a web page, which has no pages: the URL fragment ({@code #arrivals}) or the heading of the section
     * ("Arrivals by year"). CSL has no label of its own for it; "section" is the nearest.
     */
    WEB_ANCHOR("section");

    private final String cslLabel;

    LocatorType(String cslLabel) {
        this.cslLabel = cslLabel;
    }

    public String cslLabel() {
        return cslLabel;
    }
}
