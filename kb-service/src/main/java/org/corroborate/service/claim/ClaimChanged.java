package org.corroborate.service.claim;

/**
 * A claim's content or status changed (revised, submitted, withdrawn, verified, sent back), fired inside the
 * transaction that changed it. Observers that keep findings about claims (cross-referencing) re-examine it in the same
 * transaction, so a claim and what is known about it commit together; the services that change claims do not need to
 * know who listens.
 */
public record ClaimChanged(long claimId) {
}
