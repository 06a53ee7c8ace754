package org.corroborate.service.source.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote offered with an extracted figure, and the sentence split for highlighting. */
class FigureQuotesTest {

    @Test
    void offersAShortSentenceWhole() {
        assertEquals("Up to 120,000 people are held.", FigureQuotes.around("  Up to 120,000 people are held. ", "Up to 120,000", 400));
    }

    @Test
    void cutsALongSentenceAroundThePhraseAtSpaces() {
        String words = "word ".repeat(150);
        String sentence = words + "between 80,000 and 120,000 prisoners " + words.strip() + ".";

        String quote = FigureQuotes.around(sentence, "between 80,000 and 120,000", 400);

        assertTrue(quote.length() <= 400, "length " + quote.length());
        assertTrue(quote.contains("between 80,000 and 120,000"));
        assertTrue(sentence.contains(quote), "a piece of the sentence exactly as written");
        assertTrue(quote.startsWith("word ") && quote.endsWith("word"), "cut between words: " + quote);
        int at = quote.indexOf("between");
        assertTrue(at > 100 && quote.length() - at > 100, "the phrase near the middle: " + at);
    }

    @Test
    void aCutQuoteIsFoundByAnchoringInTheTextItCameFrom() {
        String sentence = "Reports say " + "that many people, ".repeat(40) + "up to 400,000 prisoners perished, "
                + "according to witnesses, ".repeat(20) + "in the camps.";
        String page = "Preface.\n" + sentence.replace(", ", ",\n") + "\nAfterword.";

        String quote = FigureQuotes.around(sentence, "up to 400,000", 400);

        assertTrue(new QuoteFinder(List.of(page)).find(quote, null, null).found());
    }

    @Test
    void keepsAPhraseLongerThanTheLimitToItsStart() {
        String quote = FigureQuotes.around("x".repeat(500) + " tail", "x".repeat(500), 400);

        assertEquals(400, quote.length());
    }

    @Test
    void splitsTheSentenceAroundThePhrase() {
        assertArrayEquals(new String[]{"Some ", "120,000", " people."}, FigureQuotes.split("Some 120,000 people.", "120,000"));
        assertArrayEquals(new String[]{"No such phrase.", "", ""}, FigureQuotes.split("No such phrase.", "120,000"));
    }
}
