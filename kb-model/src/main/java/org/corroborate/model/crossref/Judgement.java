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
 * @param note          what else an editor should know (for {@link Verdict#AGREES}: rounding, touching bounds), or
 *                      {@code null}
 */
public record Judgement(Verdict verdict, Reason reason, BigDecimal severity, Severity level, boolean periodAssumed,
                        Long revisedId, Note note) {

    static Judgement of(Verdict verdict, boolean periodAssumed) {
        return new Judgement(verdict, null, null, null, periodAssumed, null, null);
    }

    static Judgement of(Verdict verdict, boolean periodAssumed, Note note) {
        return new Judgement(verdict, null, null, null, periodAssumed, null, note);
    }

    static Judgement notComparable(Reason reason) {
        return new Judgement(Verdict.NOT_COMPARABLE, reason, null, null, false, null, null);
    }
}
