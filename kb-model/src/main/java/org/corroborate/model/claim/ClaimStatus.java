package org.corroborate.model.claim;

/** Where a claim stands in review. */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    VERIFIED,
    REJECTED,
    WITHDRAWN;

    /** True while the contributing organization may still change the claim. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** True only for verified claims: the public sees nothing that has not passed review. */
    public boolean isPublic() {
        return this == VERIFIED;
    }
}
