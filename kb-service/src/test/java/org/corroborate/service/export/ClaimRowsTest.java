package org.corroborate.service.export;

import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.source.SourceView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A claim as a row of the open-data CSV. */
class ClaimRowsTest {

    private static final OrganizationRef HRNK = new OrganizationRef("hrnk", "Committee for Human Rights in North Korea", "HRNK");

    private static SourceView source(long id, String title) {
        return new SourceView(id, "REPORT", "report", title, List.of(), null, null, null, "2014", null, null, null,
                "en", null, null, "PUBLIC", HRNK, List.of(), List.of(), false);
    }

    private static SourceView stub(long id) {
        return new SourceView(id, "INTERVIEW", "interview", null, List.of(), null, null, null, "2015", null, null, null,
                null, null, null, "HOLDER_ONLY", HRNK, List.of(), List.of(), true);
    }

    private static CitationView citing(long id, SourceView source) {
        return new CitationView(id, "SUPPORTS", null, null, null, null, null, source);
    }

    private static ClaimView claim(FigureView figure, List<CitationView> citations) {
        return new ClaimView(12, "Up to 120,000 people are held.", "en", figure,
                new MeasureRef(3, "political-prisoners", "Political prisoners", "PERSONS"),
                new PeriodView("2017-12", "2017-12", true, LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 31)), "North Korea", null, List.of(),
                "VERIFIED", HRNK, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-03T04:05:06Z"), 2,
                citations);
    }

    private static String cell(List<String> row, String column) {
        return row.get(ClaimRows.HEADER.indexOf(column));
    }

    @Test
    void writesTheFigureAsStatedAndTheIntervalItAdmits() {
        FigureView upTo = new FigureView("up to 120,000", "UP_TO", new BigDecimal("120000"), null, null, "PERSONS",
                "persons", BigDecimal.ZERO, new BigDecimal("120000"), "[0, 120000]");

        List<String> row = ClaimRows.row(claim(upTo, List.of(citing(1, source(7, "A report")))));

        assertEquals(ClaimRows.HEADER.size(), row.size());
        assertEquals("12", cell(row, "claim_id"));
        assertEquals("/claims/12", cell(row, "permalink"));
        assertEquals("political-prisoners", cell(row, "measure_slug"));
        assertEquals("120000", cell(row, "best"));
        assertEquals("", cell(row, "low"));
        assertEquals("0", cell(row, "interval_low"));
        assertEquals("120000", cell(row, "interval_high"));
        assertEquals("2017-12", cell(row, "period_start"));
        assertEquals("Committee for Human Rights in North Korea", cell(row, "organization"));
        assertEquals("2025-02-03T04:05:06Z", cell(row, "verified_at"));
    }

    @Test
    void namesEachSourceOnceAndAConfidentialOneOnlyByItsHolder() {
        SourceView report = source(7, "A report");
        List<String> row = ClaimRows.row(claim(null,
                List.of(citing(1, report), citing(2, stub(9)), citing(3, report))));

        assertEquals("7 | 9", cell(row, "source_ids"));
        assertEquals("A report | [held in confidence by HRNK]", cell(row, "source_titles"));
        assertEquals("", cell(row, "figure_phrase"), "a claim without a figure leaves the figure's cells empty");
    }

    @Test
    void textThatWouldStartAFormulaBeginsWithAnApostropheAndNumbersStayPlain() {
        String hyperlink = "=HYPERLINK(\"http://example.org\",\"x\")";
        FigureView figure = new FigureView("-12 or more", "AT_LEAST", null, new BigDecimal("-12"), null, "PERSONS",
                "persons", new BigDecimal("-12"), null, "[-12, ∞)");
        ClaimView planted = new ClaimView(12, hyperlink, "en", figure,
                new MeasureRef(3, "political-prisoners", "+Political prisoners", "PERSONS"),
                new PeriodView("2017", "2017", true, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), "@SUM(1+1)", null, List.of(),
                "VERIFIED", new OrganizationRef("tab", "\tTabbed Org", "TAB"), Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-03T04:05:06Z"), 2,
                List.of(citing(1, source(7, "@SUM(1+1) report")), citing(2, source(8, "=1+1"))));

        List<String> row = ClaimRows.row(planted);

        assertEquals("'" + hyperlink, cell(row, "statement"));
        assertEquals("'-12 or more", cell(row, "figure_phrase"));
        assertEquals("'+Political prisoners", cell(row, "measure_name"));
        assertEquals("'@SUM(1+1)", cell(row, "place"));
        assertEquals("'\tTabbed Org", cell(row, "organization"));
        assertEquals("'@SUM(1+1) report | =1+1", cell(row, "source_titles"), "one cell, one apostrophe at its start");
        assertEquals("-12", cell(row, "low"), "a number the application writes stays a number");
        assertEquals("-12", cell(row, "interval_low"));
        assertEquals("12", cell(row, "claim_id"));
        assertEquals("7 | 8", cell(row, "source_ids"));
        assertEquals("2017", cell(row, "period_start"));
        assertEquals("2025-02-03T04:05:06Z", cell(row, "verified_at"));
    }

    @Test
    void neverWritesAStubsTitleEvenWhenOneSlipsIn() {
        SourceView leaky = new SourceView(9, "INTERVIEW", "interview", "Secret transcripts", List.of(), null, null,
                null, "2015", null, null, null, null, null, null, "HOLDER_ONLY", HRNK, List.of(), List.of(), true);

        assertFalse(ClaimRows.row(claim(null, List.of(citing(1, leaky)))).toString().contains("Secret"));
    }
}
