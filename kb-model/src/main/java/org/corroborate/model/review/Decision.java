package org.corroborate.model.review;

import org.corroborate.model.claim.ClaimStatus;

/** What an editor decides on a submitted claim. */
public enum Decision {
    VERIFY(ClaimStatus.VERIFIED),
    REQUEST_CHANGES(ClaimStatus.CHANGES_REQUESTED),
    REJECT(ClaimStatus.REJECTED);

    private final ClaimStatus outcome;

    Decision(ClaimStatus outcome) {
        this.outcome = outcome;
    }

    /** The status the claim moves to. */
    public ClaimStatus outcome() {
        return outcome;
    }

    /**
     * True when the decision needs a second pair of eyes from another organization: nobody verifies or rejects their
     * own organization's claim. Asking for changes is open to any editor.
     */
    public boolean needsAnotherOrganization() {
        return this != REQUEST_CHANGES;
    }
}
