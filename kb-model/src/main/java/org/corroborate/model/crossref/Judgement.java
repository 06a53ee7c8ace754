package org.corroborate.model.crossref;

import java.math.BigDecimal;

/**
 * The finding on a pair of claims.
 *
 * @param reason        why they are not compared, for {@link Verdict#NOT_COMPARABLE} only
 * @param severity      the relative gap, for conflicts only
 * @param level         the severity's level, for conflicts only
 * @param periodAssumed true when at least one claim states no period, so the periods were assumed to overlap
 * @param revisedId     for {@link Verdict#REVISION}: the earlier claim, which the other revises
 */
public record Judgement(Verdict verdict, Reason reason, BigDecimal severity, Severity level, boolean periodAssumed,
                        Long revisedId) {

    static Judgement of(Verdict verdict, boolean periodAssumed) {
        return new Judgement(verdict, null, null, null, periodAssumed, null);
    }

    static Judgement notComparable(Reason reason) {
        return new Judgement(Verdict.NOT_COMPARABLE, reason, null, null, false, null);
    }
}
