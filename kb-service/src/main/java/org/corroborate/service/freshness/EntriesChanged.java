package org.corroborate.service.freshness;

import java.util.Set;

/**
 * Fired by {@link Freshness} once it has recorded a committed change: the tags of the entries readers see that the
 * change reached ({@link Freshness#EVERYTHING} when it reached them all), for whatever keeps renderings to renew them.
 */
public record EntriesChanged(Set<String> tags) {

    public EntriesChanged {
        tags = Set.copyOf(tags);
    }

    public boolean everything() {
        return tags.contains(Freshness.EVERYTHING);
    }
}
