package org.corroborate.service.reconciliation;

import jakarta.ejb.ApplicationException;
import org.corroborate.service.shared.StaleEditException;

/**
 * Another editor saved the draft after the version this save was based on. Nothing is written; the exception carries
 * the draft as the other editor saved it, so that the page can show both side by side and nothing is lost.
 */
@ApplicationException(rollback = true)
public class ReconciliationConflictException extends StaleEditException {

    private static final long serialVersionUID = 1L;

    private final transient DraftView theirs;

    public ReconciliationConflictException(String what, long expectedVersion, DraftView theirs) {
        super(what, expectedVersion, theirs.version());
        this.theirs = theirs;
    }

    /** The draft as saved by the other editor. */
    public DraftView theirs() {
        return theirs;
    }
}
