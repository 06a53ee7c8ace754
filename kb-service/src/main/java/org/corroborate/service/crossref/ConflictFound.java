package org.corroborate.service.crossref;

/**
 * Cross-referencing found a conflict between two claims of a measure that was not there before the change it
 * re-examined, fired inside that change's transaction. {@code claimId} is the claim that changed.
 */
public record ConflictFound(long measureId, long claimId, long otherClaimId) {
}
