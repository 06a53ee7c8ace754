package org.corroborate.service.citation;

import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.SourceView.AuthorView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationStylesTest {

    private static final String COMMISSION = "UN Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea";
    private static final OrganizationRef HRNK = new OrganizationRef("hrnk", "Committee for Human Rights in North Korea", "HRNK");

    private final CitationStyles styles = new CitationStyles();

    private static SourceView commissionReport(String title) {
        return new SourceView(7, "UN_DOCUMENT", "report", title,
                List.of(new AuthorView(null, null, COMMISSION, COMMISSION)), null, "United Nations General Assembly",
                null, "2014-02-07", null, null, null, "en", "A/HRC/25/CRP.1", null, "PUBLIC", HRNK,
                List.of(), List.of(), false);
    }

    private static final SourceView REPORT = commissionReport("Report of the detailed findings of the commission of "
            + "inquiry on human rights in the Democratic People's Republic of Korea");

    @Test
    void apaPutsTheYearInParenthesesAfterTheAuthor() {
        String apa = styles.format(REPORT, "apa").orElseThrow();
        assertTrue(apa.startsWith("UN Commission of Inquiry on Human Rights"), apa);
        assertTrue(apa.contains("Republic of Korea. (2014). Report of the detailed findings"), apa);
        assertTrue(apa.contains("(No. A/HRC/25/CRP.1)"), apa);
    }

    @Test
    void chicagoAuthorDatePutsTheBareYearAfterTheAuthor() {
        String chicago = styles.format(REPORT, "chicago-author-date").orElseThrow();
        assertTrue(chicago.startsWith("UN Commission of Inquiry on Human Rights"), chicago);
        assertTrue(chicago.contains("Republic of Korea. 2014. \u201cReport of the Detailed Findings"), chicago);
        assertTrue(chicago.contains("A/HRC/25/CRP.1"), chicago);
        assertNotEquals(styles.format(REPORT, "apa").orElseThrow(), chicago);
    }

    @Test
    void aSourceSeenAsAStubIsNotFormatted() {
        SourceView stub = new SourceView(8, "INTERVIEW", "interview", null, List.of(), null, null, null, "2015",
                null, null, null, null, null, null, "HOLDER_ONLY", HRNK, List.of(), List.of(), true);
        assertTrue(styles.format(stub, "apa").isEmpty());
    }

    @Test
    void markupInASourceStaysText() {
        String entry = styles.format(commissionReport("Findings <script>alert(1)</script>"), "apa").orElseThrow();
        assertTrue(entry.contains("<script>alert(1)</script>"), "plain text, for the page to escape: " + entry);
    }

    @Test
    void onlyOfferedStylesAreUsed() {
        assertTrue(styles.format(REPORT, "no-such-style").isEmpty());
        assertEquals("apa", CitationStyles.styleOrDefault("apa"));
        assertEquals(CitationStyles.DEFAULT, CitationStyles.styleOrDefault("../etc/passwd"));
        assertEquals(CitationStyles.DEFAULT, CitationStyles.styleOrDefault(null));
    }
}
