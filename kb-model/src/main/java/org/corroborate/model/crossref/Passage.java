package org.corroborate.model.crossref;

import java.text.Normalizer;
import java.util.Locale;
import org.corroborate.model.shared.VisibleText;

/**
 * The passage of a source a claim cites: the source and the quoted words with the words around them (compared
 * without regard to case, spacing and quote styles) or, without a quote, the locator.
 */
public record Passage(long sourceId, String quote, String prefix, String suffix, String locator) {

    public static Passage of(long sourceId, String quote, String prefix, String suffix, String locator) {
        return new Passage(sourceId, normalize(quote), normalize(prefix), normalize(suffix), normalize(locator));
    }

    public static Passage of(long sourceId, String quote, String locator) {
        return of(sourceId, quote, null, null, locator);
    }

    /**
     * True when both name the same place of the same source: the same quoted words in the same context (one context
     * may be shorter than the other), or, without quotes, the same locator. "31,000" quoted from two different
     * sentences of one report are two passages.
     */
    public boolean samePassageAs(Passage other) {
        if (sourceId != other.sourceId) {
            return false;
        }
        if (quote != null || other.quote != null) {
            return quote != null && quote.equals(other.quote)
                    && compatible(prefix, other.prefix, true) && compatible(suffix, other.suffix, false);
        }
        return locator != null && locator.equals(other.locator);
    }

    /** Contexts agree when either is missing or the shorter is the end (prefix) or start (suffix) of the longer. */
    private static boolean compatible(String a, String b, boolean before) {
        if (a == null || b == null) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return before ? longer.endsWith(shorter) : longer.startsWith(shorter);
    }

    private static String normalize(String text) {
        if (VisibleText.isBlank(text)) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201C\u201D\"']", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
