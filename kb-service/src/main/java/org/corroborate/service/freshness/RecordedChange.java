package org.corroborate.service.freshness;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One committed change as the change record holds it.
 *
 * @param position     its place in commit order: gap-free, increasing, the same on every node
 * @param committedAt  when it was written (in its transaction, just before the commit)
 * @param entityType   claim, source, measure, ... as in the audit trail
 * @param entityId     the entity changed, or null when the change touched many (an import)
 * @param seenByPublic false when the public may see nothing of the change
 * @param reach        the public entries the change reaches, as {@link Freshness} tags; {@link Freshness#EVERYTHING}
 *                     when it reaches them all; empty when it reaches none
 */
public record RecordedChange(long position, Instant committedAt, String entityType, Long entityId,
                             boolean seenByPublic, Set<String> reach) {

    public RecordedChange {
        Objects.requireNonNull(committedAt, "committedAt");
        Objects.requireNonNull(entityType, "entityType");
        reach = Set.copyOf(reach);
    }

    /** Whether the change reaches every public entry. */
    public boolean everything() {
        return reach.contains(Freshness.EVERYTHING);
    }
}
