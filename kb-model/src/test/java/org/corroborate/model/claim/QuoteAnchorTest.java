package org.corroborate.model.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuoteAnchorTest {

    private static final String CONTEXT_LIMIT_EXCEEDED =
            "The words around a quote are at most " + QuoteAnchor.MAX_CONTEXT_LENGTH + " characters each side.";

    @ParameterizedTest(name = "quote \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void refusesBlankQuotedWords(String exact) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuoteAnchor(exact, "before ", " after"));

        assertEquals("A quote needs the exact words it anchors to.", e.getMessage());
    }

    @Test
    void refusesQuotedWordsLongerThanTheLimit() {
        String tooLong = "w".repeat(QuoteAnchor.MAX_EXACT_LENGTH + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuoteAnchor(tooLong, null, null));

        assertEquals("A quote is at most " + QuoteAnchor.MAX_EXACT_LENGTH + " characters.", e.getMessage());
    }

    @Test
    void acceptsQuotedWordsAndContextOfExactlyTheLimits() {
        String exact = "w".repeat(QuoteAnchor.MAX_EXACT_LENGTH);
        String context = "c".repeat(QuoteAnchor.MAX_CONTEXT_LENGTH);

        QuoteAnchor quote = new QuoteAnchor(exact, context, context);

        assertEquals(exact, quote.getExact());
        assertEquals(context, quote.getPrefix());
        assertEquals(context, quote.getSuffix());
    }

    @Test
    void refusesAPrefixLongerThanTheLimit() {
        String tooLong = "c".repeat(QuoteAnchor.MAX_CONTEXT_LENGTH + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuoteAnchor("up to 120,000", tooLong, null));

        assertEquals(CONTEXT_LIMIT_EXCEEDED, e.getMessage());
    }

    @Test
    void refusesASuffixLongerThanTheLimit() {
        String tooLong = "c".repeat(QuoteAnchor.MAX_CONTEXT_LENGTH + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuoteAnchor("up to 120,000", null, tooLong));

        assertEquals(CONTEXT_LIMIT_EXCEEDED, e.getMessage());
    }

    @Test
    void keepsTheQuotedWordsAndContextVerbatim() {
        QuoteAnchor quote = new QuoteAnchor(" up to 120,000 ", "an estimated", "prisoners ");

        assertEquals(" up to 120,000 ", quote.getExact());
        assertEquals("an estimated", quote.getPrefix());
        assertEquals("prisoners ", quote.getSuffix());
    }

    @Test
    void missingContextIsEmpty() {
        QuoteAnchor quote = new QuoteAnchor("up to 120,000", null, null);

        assertEquals("", quote.getPrefix());
        assertEquals("", quote.getSuffix());
        assertEquals(new QuoteAnchor("up to 120,000", "", ""), quote);
        assertEquals(new QuoteAnchor("up to 120,000", "", "").hashCode(), quote.hashCode());
    }

    @Test
    void quotesDifferingInContextAreNotEqual() {
        assertNotEquals(new QuoteAnchor("120,000", "up to ", ""), new QuoteAnchor("120,000", "about ", ""));
        assertNotEquals(new QuoteAnchor("120,000", "", " people"), new QuoteAnchor("120,000", "", " tonnes"));
    }

    @Test
    void toStringMarksTheQuotedWordsWithinTheirContext() {
        assertEquals("…an estimated [up to 120,000] prisoners…",
                new QuoteAnchor("up to 120,000", "an estimated", "prisoners").toString());
    }
}
