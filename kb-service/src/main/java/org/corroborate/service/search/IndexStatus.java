package org.corroborate.service.search;

import java.time.Instant;

/**
 * How the search index stands: entries held, and whether a rebuild is under way (with its progress).
 *
 * @param built    when the last complete build ended, or null before the first
 * @param done     entries indexed so far by the running rebuild
 * @param expected entries the running rebuild will index
 */
public record IndexStatus(long entries, boolean rebuilding, long done, long expected, Instant built) {
}
