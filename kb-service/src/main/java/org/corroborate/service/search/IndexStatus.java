package org.corroborate.service.search;

import java.time.Instant;

/**
 * How this node's search index stands: entries held, the last change of the change record it holds, and whether a
 * rebuild is under way (with its progress).
 *
 * @param position the position in the change record up to which the index holds every change
 * @param built    when the last complete build ended (on this node, maybe before its last restart), or null before
 *                 the first
 * @param done     entries indexed so far by the running rebuild
 * @param expected entries the running rebuild will index
 */
public record IndexStatus(long entries, long position, boolean rebuilding, long done, long expected, Instant built) {
}
