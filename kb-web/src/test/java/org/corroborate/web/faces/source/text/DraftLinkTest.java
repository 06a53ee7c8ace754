package org.corroborate.web.faces.source.text;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.extraction.FigureCandidate;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.text.TextFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The claim form's query for a figure: every value the form expects, encoded so that it arrives unchanged. */
class DraftLinkTest {

    private static Map<String, String> decode(String query) {
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void carriesARangeWithItsQuoteAndPage() {
        String sentence = "Between 80,000 & 120,000 \"political\" prisoners are held — 정치범.";
        FigureCandidate c = new FigureCandidate("Between 80,000 & 120,000", Qualifier.BETWEEN, null,
                new BigDecimal("80000"), new BigDecimal("120000.0"), Unit.PERSONS, false, sentence, 4, 10, 34);
        TextFigure figure = new TextFigure(c, sentence, "", c.phrase(), sentence.substring(c.phrase().length()), null);

        Map<String, String> params = decode(DraftLink.query(7, figure));

        assertEquals(Map.of("source", "7", "phrase", "Between 80,000 & 120,000", "qualifier", "BETWEEN",
                "low", "80000", "high", "120000", "unit", "PERSONS", "quote", sentence, "page", "4"), params);
    }

    @Test
    void carriesTheRelayTheSentenceNames() {
        String sentence = "According to the UN Commission of Inquiry, 80,000 to 120,000 are held.";
        FigureCandidate c = new FigureCandidate("80,000 to 120,000", Qualifier.BETWEEN, null,
                new BigDecimal("80000"), new BigDecimal("120000"), Unit.PERSONS, false, sentence, 2, 42, 59);
        SourceRef commission = new SourceRef(12, "UN_DOCUMENT", "Report of the commission of inquiry", "2014", false);

        Map<String, String> params = decode(DraftLink.query(7, new TextFigure(c, sentence, "", c.phrase(), "", commission)));

        assertEquals("12", params.get("relay"));
    }

    @Test
    void leavesOutWhatTheFigureDoesNotHave() {
        FigureCandidate c = new FigureCandidate("tens of thousands", Qualifier.ABOUT, new BigDecimal("1E+4"), null, null,
                null, true, "Tens of thousands fled.", 1, 0, 17);

        String query = DraftLink.query(3, new TextFigure(c, "Tens of thousands fled.", "", "", "", null));

        Map<String, String> params = decode(query);
        assertEquals("10000", params.get("value"));
        assertFalse(params.containsKey("low") || params.containsKey("high") || params.containsKey("unit"));
        assertFalse(query.contains("+"), "spaces as %20, never +");
    }
}
