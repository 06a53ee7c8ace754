package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the same item after the version an edit was based on. The edit is refused whole;
 * the caller reloads and sees the other change instead of silently overwriting it.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final long currentVersion;

    public StaleEditException(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else (your version " + expectedVersion + ", now version "
                + currentVersion + "). Reload it to see their change, then edit again.");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
