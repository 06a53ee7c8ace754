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
    private final String what;

    public StaleEditException(String what, long expectedVersion, long currentVersion) {
        super(Message.of(StaleEditException.class, "stale", what, expectedVersion, currentVersion).format(java.util.Locale.ENGLISH));
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.what = what;
    }

    /** The message in this language ("what" stays as the caller named it). */
    public String getMessage(java.util.Locale locale) {
        return Message.of(StaleEditException.class, "stale", what, expectedVersion, currentVersion).format(locale);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
