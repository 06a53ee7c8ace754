package org.corroborate.service.review;

/**
 * An editor of {@code organization} commented on a submitted claim ({@code decision} null) or decided on it (VERIFY,
 * REQUEST_CHANGES, REJECT), fired inside the transaction that recorded it, so that whoever is told of it is told
 * exactly when it commits.
 */
public record ClaimReviewed(long claimId, String organization, String decision) {
}
