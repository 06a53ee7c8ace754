package org.corroborate.service.claim;

import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A citation with its source as the reader may see it; quote and locator may each be null. A quote or locator of a
 * source held in confidence is confidential too: a reader who sees the source as a stub sees neither, nor the
 * relays its passage names.
 *
 * @param relayedFrom    where the cited passage got its figure, nearest hop first (figure-level provenance); a hop
 *                       held in confidence is a stub without its locator
 * @param relaysComplete false when the chain goes on through a source this reader may not know of: the hops stop
 *                       before it
 */
public record CitationView(long id, String stance, String locatorType, String locator, String quoteExact,
                           String quotePrefix, String quoteSuffix, SourceView source, List<RelayView> relayedFrom,
                           boolean relaysComplete) implements Serializable {

    /** A citation whose passage names no relay. */
    public CitationView(long id, String stance, String locatorType, String locator, String quoteExact,
                        String quotePrefix, String quoteSuffix, SourceView source) {
        this(id, stance, locatorType, locator, quoteExact, quotePrefix, quoteSuffix, source, List.of(), true);
    }

    /** One hop of a citation's relay chain as a reader sees it. */
    public record RelayView(SourceRef source, String locator) implements Serializable {
    }

    static CitationView of(Citation c, SourceView source, Reader reader) {
        var locator = source.restricted() ? null : c.getLocator();
        var quote = source.restricted() ? null : c.getQuote();
        List<RelayView> relays = new ArrayList<>();
        boolean complete = true;
        if (!source.restricted()) {
            for (RelayHop hop : c.getRelayedFrom()) {
                Visibility visibility = Visibility.of(hop.getSource(), reader);
                if (visibility == Visibility.HIDDEN) {
                    complete = false;
                    break;
                }
                relays.add(new RelayView(SourceRef.of(hop.getSource(), visibility),
                        visibility == Visibility.FULL ? hop.getLocator() : null));
            }
        }
        return new CitationView(c.getId(), c.getStance().name(),
                locator == null ? null : locator.getType().name(), locator == null ? null : locator.getValue(),
                quote == null ? null : quote.getExact(), quote == null ? null : quote.getPrefix(),
                quote == null ? null : quote.getSuffix(), source, List.copyOf(relays), complete);
    }
}
