package org.corroborate.service.source.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anchoring a quote in a text kept page by page, as a contributor types or pastes it. */
class QuoteFinderTest {

    private static final String PAGE_ONE = """
            The Commission estimates that between 80,000 and
            120,000 political prisoners are currently detained in
            four large political prison camps. The politi-
            cal prison camps are known as kwanliso.""";

    private static final String PAGE_TWO = """
            Former prisoners described “public executions” in the
            camps. Up to 400,000 prisoners are believed to have
            perished in the camps over the past five decades.""";

    private final QuoteFinder finder = new QuoteFinder(List.of(PAGE_ONE, PAGE_TWO));

    private static String at(String page, QuoteMatch m) {
        return page.substring(m.start(), m.end());
    }

    @Test
    void findsAQuoteTypedOnOneLineThoughTheTextBreaksIt() {
        QuoteFinder.Outcome o = finder.find("between 80,000 and 120,000 political prisoners", null, null);

        assertTrue(o.found());
        assertEquals(1, o.match().page());
        assertEquals("between 80,000 and\n120,000 political prisoners", at(PAGE_ONE, o.match()));
    }

    @Test
    void toleratesExtraSpacesTabsAndLineBreaksInTheQuote() {
        QuoteFinder.Outcome o = finder.find("  four   large\tpolitical\r\n prison camps ", null, null);

        assertTrue(o.found());
        assertEquals("four large political prison camps", at(PAGE_ONE, o.match()));
    }

    @Test
    void joinsAWordHyphenatedAtALineBreak() {
        QuoteFinder.Outcome o = finder.find("The political prison camps are known as kwanliso", null, null);

        assertTrue(o.found());
        assertEquals("The politi-\ncal prison camps are known as kwanliso", at(PAGE_ONE, o.match()));
    }

    @Test
    void acceptsTheHyphenatedFormAsPastedFromThePdfToo() {
        QuoteFinder.Outcome o = finder.find("The politi-\ncal prison camps", null, null);

        assertTrue(o.found());
        assertEquals("The politi-\ncal prison camps", at(PAGE_ONE, o.match()));
    }

    @Test
    void keepsARealHyphenThatFallsAtALineBreak() {
        QuoteFinder hyphenated = new QuoteFinder(List.of("a well-\nknown estimate of people"));

        assertTrue(hyphenated.find("a well-known estimate", null, null).found());
        assertTrue(hyphenated.find("a wellknown estimate", null, null).found());
    }

    @Test
    void treatsCurlyAndStraightQuotesAndDashesAlike() {
        QuoteFinder.Outcome o = finder.find("described \"public executions\" in the camps", null, null);

        assertTrue(o.found());
        assertEquals(2, o.match().page());
        assertEquals("described “public executions” in the\ncamps", at(PAGE_TWO, o.match()));

        QuoteFinder dashes = new QuoteFinder(List.of("from 2,000–3,000 people — at least"));
        assertTrue(dashes.find("2,000-3,000 people - at least", null, null).found());
    }

    @Test
    void givesOffsetsOnTheRightPage() {
        QuoteFinder.Outcome o = finder.find("Up to 400,000 prisoners", null, null);

        assertEquals(2, o.match().page());
        assertEquals(PAGE_TWO.indexOf("Up to 400,000"), o.match().start());
        assertEquals(PAGE_TWO.indexOf("Up to 400,000") + "Up to 400,000 prisoners".length(), o.match().end());
    }

    @Test
    void findsAQuoteThatRunsAcrossAPageBreakOnThePageItStarts() {
        QuoteFinder.Outcome o = finder.find("are known as kwanliso. Former prisoners described", null, null);

        assertTrue(o.found());
        assertEquals(1, o.match().page());
        assertEquals(PAGE_ONE.indexOf("are known"), o.match().start());
        assertEquals(PAGE_ONE.length(), o.match().end(), "the quote goes on to the next page");
    }

    @Test
    void joinsAWordHyphenatedAcrossAPageBreak() {
        QuoteFinder split = new QuoteFinder(List.of("the so-called re-\n", "education camps"));

        QuoteFinder.Outcome o = split.find("so-called reeducation camps", null, null);
        assertTrue(o.found());
        assertEquals(1, o.match().page());
        assertTrue(split.find("so-called re-education camps", null, null).found());
    }

    @Test
    void reportsAQuoteThatIsNotInTheText() {
        QuoteFinder.Outcome o = finder.find("between 80,000 and 130,000 political prisoners", null, null);

        assertFalse(o.found());
        assertFalse(o.ambiguous());
        assertEquals(0, o.occurrences());
    }

    @Test
    void isCaseSensitiveBecauseAQuoteIsVerbatim() {
        assertFalse(finder.find("THE COMMISSION ESTIMATES", null, null).found());
    }

    @Test
    void reportsAnAmbiguousQuoteWithItsCountWhenNoContextIsGiven() {
        QuoteFinder.Outcome o = finder.find("the camps", null, null);

        assertFalse(o.found());
        assertTrue(o.ambiguous());
        assertEquals(2, o.occurrences());
    }

    @Test
    void singlesOutAnOccurrenceWithTheTextBeforeIt() {
        QuoteFinder.Outcome o = finder.find("the camps", "perished in ", null);

        assertTrue(o.found());
        assertEquals(2, o.match().page());
        assertEquals(PAGE_TWO.indexOf("the camps over"), o.match().start());
    }

    @Test
    void singlesOutAnOccurrenceWithTheTextAfterIt() {
        QuoteFinder.Outcome o = finder.find("the camps", null, "over the past");

        assertTrue(o.found());
        assertEquals(PAGE_TWO.indexOf("the camps over"), o.match().start());

        QuoteFinder.Outcome first = finder.find("the", null, "\ncamps. Up");
        assertTrue(first.found());
        assertEquals(PAGE_TWO.indexOf("the\ncamps"), first.match().start());
    }

    @Test
    void staysAmbiguousWhenTheContextFitsNoneOrSeveral() {
        QuoteFinder.Outcome none = finder.find("the camps", "escaped from", null);
        assertTrue(none.ambiguous());
        assertEquals(2, none.occurrences());

        QuoteFinder repeated = new QuoteFinder(List.of("in the camp. in the camp. in the camp."));
        QuoteFinder.Outcome several = repeated.find("the camp", "in", null);
        assertTrue(several.ambiguous());
        assertEquals(3, several.occurrences());
    }

    @Test
    void ignoresTheContextWhenTheQuoteIsThereOnce() {
        QuoteFinder.Outcome o = finder.find("Up to 400,000 prisoners", "something else entirely", "nothing");

        assertTrue(o.found());
    }

    @Test
    void ignoresSoftHyphensAndLigatures() {
        QuoteFinder pdfText = new QuoteFinder(List.of("the ofﬁcial ﬁgures for detain\u00ADees"));

        QuoteFinder.Outcome o = pdfText.find("official figures for detainees", null, null);
        assertTrue(o.found());
        assertEquals("ofﬁcial ﬁgures for detain\u00ADees", "the ofﬁcial ﬁgures for detain\u00ADees".substring(o.match().start(), o.match().end()));
    }

    @Test
    void findsNothingForABlankQuote() {
        assertFalse(finder.find("  \n ", null, null).found());
        assertEquals(0, finder.find("  \n ", null, null).occurrences());
    }
}
