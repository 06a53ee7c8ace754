package org.corroborate.model.crossref;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The passage of a source a claim cites: the source and the quoted words (compared without regard to case, spacing
 * and quote styles) or, without a quote, the locator.
 */
public record Passage(long sourceId, String quote, String locator) {

    public static Passage of(long sourceId, String quote, String locator) {
        return new Passage(sourceId, normalize(quote), normalize(locator));
    }

    /** True when both name the same words (or, without quotes, the same place) of the same source. */
    public boolean samePassageAs(Passage other) {
        if (sourceId != other.sourceId) {
            return false;
        }
        if (quote != null || other.quote != null) {
            return quote != null && quote.equals(other.quote);
        }
        return locator != null && locator.equals(other.locator);
    }

    private static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201C\u201D\"']", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
