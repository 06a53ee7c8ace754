package org.corroborate.service.search;

import java.time.Instant;

/**
 * How this node's search index stands: entries held, and whether a rebuild is under way (with its progress). It
 * tells nothing of the change record's position, which moves with changes the public may not see.
 *
 * @param built    when the last complete build ended (perhaps before the node's last restart), or null before the
 *                 first
 * @param done     entries indexed so far by the running rebuild
 * @param expected entries the running rebuild will index
 */
public record IndexStatus(long entries, boolean rebuilding, long done, long expected, Instant built) {
}
