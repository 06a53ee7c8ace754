package org.corroborate.service.freshness;

import java.time.Instant;

/** The last change of one public entry (a {@link Freshness} tag): its position in the record and when it was made. */
public record EntryChange(String tag, long position, Instant changedAt) {
}
