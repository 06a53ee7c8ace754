package org.corroborate.service.shared;

/**
 * A view of an entry that changes are based on: its version is what a change names (the API's ETag and If-Match),
 * so that a change made meanwhile by someone else is refused instead of overwritten.
 */
public interface Versioned {

    long version();
}
