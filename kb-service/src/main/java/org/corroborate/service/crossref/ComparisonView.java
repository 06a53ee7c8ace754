package org.corroborate.service.crossref;

import org.corroborate.service.claim.ClaimSummary;

import java.math.BigDecimal;

/**
 * The finding on two claims as a reader sees it.
 *
 * @param verdict        AGREES, CONFLICTS, NOT_COMPARABLE, UNINFORMATIVE, REVISION, DUPLICATE or CUMULATIVE_DECREASE
 * @param reason         for NOT_COMPARABLE: NO_FIGURE, DIFFERENT_UNIT, DIFFERENT_POPULATION, DIFFERENT_PERIOD,
 *                       DIFFERENT_KIND or NESTED_PERIOD
 * @param severity       for conflicts: the gap as a fraction of the larger facing bound
 * @param level          for conflicts: MINOR, MODERATE or MAJOR
 * @param sameOrigin     both go back to a common origin: agreement between them is not independent
 * @param periodAssumed  one of them states no period, so the periods were assumed to overlap
 * @param revisedClaimId for REVISION: the earlier claim, which the other revises
 * @param note           what else to know, or {@code null}: ROUNDING (near figures of one publisher or origin),
 *                       TOUCHING (the figures meet at one bound)
 */
public record ComparisonView(ClaimSummary a, ClaimSummary b, String verdict, String reason, BigDecimal severity,
                             String level, boolean sameOrigin, boolean periodAssumed, Long revisedClaimId, String note) {
}
