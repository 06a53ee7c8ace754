package org.corroborate.service.claim;

import org.corroborate.model.claim.Citation;
import org.corroborate.service.source.SourceView;

/**
 * A citation with its source as the reader may see it; quote and locator may each be null. A quote or locator of a
 * source held in confidence is confidential too: a reader who sees the source as a stub sees neither.
 */
public record CitationView(long id, String stance, String locatorType, String locator, String quoteExact,
                           String quotePrefix, String quoteSuffix, SourceView source) {

    static CitationView of(Citation c, SourceView source) {
        var locator = source.restricted() ? null : c.getLocator();
        var quote = source.restricted() ? null : c.getQuote();
        return new CitationView(c.getId(), c.getStance().name(),
                locator == null ? null : locator.getType().name(), locator == null ? null : locator.getValue(),
                quote == null ? null : quote.getExact(), quote == null ? null : quote.getPrefix(),
                quote == null ? null : quote.getSuffix(), source);
    }
}
