package org.corroborate.model.crossref;

import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.shared.Interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;

/**
 * Judges two claims of the same measure. The checks run from the most specific finding to the least:
 * <ol>
 *     <li>the same passage of the same source cited twice: {@link Verdict#DUPLICATE};</li>
 *     <li>not comparable: a claim without a figure, different units, different populations, or periods that share
 *     no calendar day ({@link Verdict#NOT_COMPARABLE} with its {@link Reason}) &mdash; except that a running total
 *     lower at the later date than at the earlier is {@link Verdict#CUMULATIVE_DECREASE};</li>
 *     <li>the same publisher, the same period, a later publication: {@link Verdict#REVISION};</li>
 *     <li>overlapping intervals: {@link Verdict#AGREES}, or {@link Verdict#UNINFORMATIVE} when one figure is so wide
 *     that the overlap confirms nothing; disjoint intervals: {@link Verdict#CONFLICTS} with a {@link Severity}.</li>
 * </ol>
 * A claim that states no period is compared with every period (the finding says the period was assumed).
 */
public final class PairJudge {

    private static final MathContext SIX_PLACES = new MathContext(6, RoundingMode.HALF_UP);

    private PairJudge() {
    }

    public static Judgement judge(ClaimFacts a, ClaimFacts b) {
        if (a.passages().stream().anyMatch(p -> b.passages().stream().anyMatch(p::samePassageAs))) {
            return Judgement.of(Verdict.DUPLICATE, false);
        }
        if (a.interval() == null || b.interval() == null) {
            return Judgement.notComparable(Reason.NO_FIGURE);
        }
        if (a.unit() != b.unit()) {
            return Judgement.notComparable(Reason.DIFFERENT_UNIT);
        }
        if (!Objects.equals(a.population(), b.population())) {
            return Judgement.notComparable(Reason.DIFFERENT_POPULATION);
        }
        boolean periodAssumed = a.period() == null || b.period() == null;
        if (!periodAssumed && !a.period().overlaps(b.period())) {
            return fallingTotal(a, b).orElse(Judgement.notComparable(Reason.DIFFERENT_PERIOD));
        }
        if (!periodAssumed && isRevision(a, b)) {
            ClaimFacts earlier = Comparator.comparing(PairJudge::publishedOn)
                    .thenComparing(ClaimFacts::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(ClaimFacts::id)
                    .compare(a, b) <= 0 ? a : b;
            return new Judgement(Verdict.REVISION, null, null, null, false, earlier.id());
        }
        if (a.interval().overlaps(b.interval())) {
            boolean uninformative = a.isUninformative() || b.isUninformative();
            return Judgement.of(uninformative ? Verdict.UNINFORMATIVE : Verdict.AGREES, periodAssumed);
        }
        BigDecimal gap = relativeGap(a.interval(), b.interval());
        return new Judgement(Verdict.CONFLICTS, null, gap, Severity.of(gap), periodAssumed, null);
    }

    /** Same publisher, same period, and not the same source: the one published later restates the other. */
    private static boolean isRevision(ClaimFacts a, ClaimFacts b) {
        return a.publisher() != null && a.publisher().equals(b.publisher())
                && a.period().equals(b.period())
                && !Objects.equals(a.publisherSourceId(), b.publisherSourceId());
    }

    private static java.time.LocalDate publishedOn(ClaimFacts c) {
        return c.issued() == null ? java.time.LocalDate.MIN : c.issued();
    }

    /** For a running total: the later figure lies wholly below the earlier one. */
    private static java.util.Optional<Judgement> fallingTotal(ClaimFacts a, ClaimFacts b) {
        if (a.kind() != MeasureKind.CUMULATIVE || b.kind() != MeasureKind.CUMULATIVE) {
            return java.util.Optional.empty();
        }
        boolean aFirst = a.period().getLastDay().isBefore(b.period().getFirstDay());
        ClaimFacts earlier = aFirst ? a : b;
        ClaimFacts later = aFirst ? b : a;
        Interval before = earlier.interval();
        Interval after = later.interval();
        if (after.high() == null || before.low() == null || after.overlaps(before)
                || after.high().compareTo(before.low()) > 0) {
            return java.util.Optional.empty();
        }
        BigDecimal gap = relativeGap(before, after);
        return java.util.Optional.of(new Judgement(Verdict.CUMULATIVE_DECREASE, null, gap, Severity.of(gap), false, null));
    }

    /**
     * The gap between two disjoint intervals as a fraction of the larger of the two bounds facing each other:
     * [24M] and [25M] are 1M/25M = 0.04 apart.
     */
    static BigDecimal relativeGap(Interval x, Interval y) {
        Interval lower = x.high() != null && (y.low() != null && x.high().compareTo(y.low()) <= 0) ? x : y;
        Interval upper = lower == x ? y : x;
        BigDecimal gap = upper.low().subtract(lower.high());
        BigDecimal scale = upper.low().abs().max(lower.high().abs());
        if (scale.signum() == 0) {
            return BigDecimal.ONE;
        }
        return gap.abs().divide(scale, SIX_PLACES).min(BigDecimal.ONE);
    }
}
