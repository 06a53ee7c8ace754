package org.corroborate.service.crossref;

import org.corroborate.model.crossref.Note;
import org.corroborate.model.crossref.Reason;
import org.corroborate.model.crossref.Severity;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.service.claim.ClaimSummary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The finding on two claims as a reader sees it.
 *
 * @param verdict        what the pair is: agree, conflict, not comparable, …
 * @param reason         for NOT_COMPARABLE, why (different unit, population, period, kind, or a nested period);
 *                       otherwise {@code null}
 * @param severity       for conflicts: the gap as a fraction of the larger facing bound
 * @param level          for conflicts: minor, moderate or major; otherwise {@code null}
 * @param sameOrigin     both go back to a common origin: agreement between them is not independent
 * @param periodAssumed  one of them states no period, so the periods were assumed to overlap
 * @param revisedClaimId for REVISION: the earlier claim, which the other revises
 * @param note           what else to know, or {@code null}: ROUNDING (near figures of one publisher or origin),
 *                       TOUCHING (the figures meet at one bound)
 */
public record ComparisonView(ClaimSummary a, ClaimSummary b, Verdict verdict, Reason reason, BigDecimal severity,
                             Severity level, boolean sameOrigin, boolean periodAssumed, Long revisedClaimId, Note note) implements Serializable {

    /** A conflict or a running total that falls: two figures that cannot both be right. */
    public boolean inConflict() {
        return verdict == Verdict.CONFLICTS || verdict == Verdict.CUMULATIVE_DECREASE;
    }
}
