package org.corroborate.service.crossref;

import java.util.List;

/**
 * One citation's figure-level chain as a reader may see it: [cited source, hop 1, ..., origin].
 *
 * @param complete false when the chain goes on through a source this reader may not know of: the hops stop before
 *                 it, and the last one shown is then not the origin
 */
public record ChainView(List<HopView> hops, boolean complete) {

    /** The origin, when the reader sees the whole chain; {@code null} otherwise. */
    public HopView origin() {
        return complete ? hops.get(hops.size() - 1) : null;
    }
}
