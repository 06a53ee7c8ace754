package org.corroborate.service.access;

import jakarta.persistence.Query;

/**
 * Which measures a reader may know of: those with a claim the reader may see ({@link ClaimAccess}). The public knows a
 * measure once a claim on it is verified, and not before: a measure proposed in a draft or in a claim under review
 * answers like one that does not exist, and goes back into hiding should its last verified claim go. A member also
 * knows the measures of the claims shared with members (under review, sent back, rejected) and of every claim of its
 * own organization, in any status: a proposal is its organization's until a claim on it is submitted for review.
 *
 * <p>Queries state the rule with {@link #condition} and give it the reader with {@link #bind}, so that it is written
 * here once, whichever repository lists or finds measures.
 */
public final class MeasureAccess {

    private static final String STATUSES = "measureAccessStatuses";
    private static final String ORGANIZATION = "measureAccessOrganization";
    /** The organization of a reader who belongs to none: no organization's slug is empty. */
    private static final String NO_ORGANIZATION = "";

    private MeasureAccess() {
    }

    /**
     * A JPQL condition that holds when the reader given by {@link #bind} may know of the measure {@code measure} (an
     * identification variable or path of the query, such as {@code m} or {@code v.reconciliation.measure}).
     */
    public static String condition(String measure) {
        return "EXISTS (SELECT seen.id FROM Claim seen WHERE seen.measure = " + measure
                + " AND (seen.status IN :" + STATUSES + " OR seen.organization.slug = :" + ORGANIZATION + "))";
    }

    /** Sets the parameters of {@link #condition} in the query for this reader; returns the query. */
    public static <Q extends Query> Q bind(Q query, Reader reader) {
        query.setParameter(STATUSES, ClaimAccess.visibleStatuses(reader));
        query.setParameter(ORGANIZATION, reader.organizationSlug().orElse(NO_ORGANIZATION));
        return query;
    }
}
