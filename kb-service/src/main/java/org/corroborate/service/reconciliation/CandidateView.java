package org.corroborate.service.reconciliation;

import java.io.Serializable;

import org.corroborate.service.claim.ClaimSummary;

/**
 * A claim weighed by a reconciliation and its role.
 *
 * @param claim  the claim as the reader may see it; {@code null} when the reader may not see it
 * @param role   RECOMMENDED, TRIANGULATION or DEPRECATED; {@code null} for a candidate not yet given a role
 * @param reason for a deprecated claim: OUTDATED, SUPERSEDED_BY_REVISION, DIFFERENT_DEFINITION, RELAYED_FIGURE,
 *               ERROR_IN_SOURCE or OTHER
 */
public record CandidateView(long claimId, ClaimSummary claim, String role, String reason, String note) implements Serializable {
}
