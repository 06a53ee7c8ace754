package org.corroborate.model.claim;

/** The kind of place within a source a locator points to; each maps onto a CSL locator label. */
public enum LocatorType {
    PAGE("page"),
    PARAGRAPH("paragraph"),
    FOOTNOTE("note"),
    SECTION("section"),
    TIMESTAMP("timestamp"),
    LINE("line");

    private final String cslLabel;

    LocatorType(String cslLabel) {
        this.cslLabel = cslLabel;
    }

    public String cslLabel() {
        return cslLabel;
    }
}
