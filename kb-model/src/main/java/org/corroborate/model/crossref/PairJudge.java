package org.corroborate.model.crossref;

import org.corroborate.model.claim.Figure;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;
import org.corroborate.model.shared.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges two claims of the same measure. The checks run from the most specific finding to the least:
 * <ol>
 *     <li>the same passage of the same source cited twice for the same figure and period: {@link Verdict#DUPLICATE};</li>
 *     <li>not comparable ({@link Verdict#NOT_COMPARABLE} with its {@link Reason}): measures of different kinds, a
 *     claim without a figure, different units, different populations, or periods that do not count the same thing
 *     &mdash; see {@link #periodReason} &mdash; except that a running total lower at the later date than at the
 *     earlier is {@link Verdict#CUMULATIVE_DECREASE};</li>
 *     <li>the same period, published strictly later, by the same publisher or restating the same origin:
 *     {@link Verdict#REVISION} (see {@link #isRevision});</li>
 *     <li>intervals that overlap or meet at a bound: {@link Verdict#AGREES} (noting {@link Note#TOUCHING} when they
 *     only meet), or {@link Verdict#UNINFORMATIVE} when one figure is so wide that the overlap confirms nothing;
 *     figures a hair apart from the same publisher or origin: {@link Verdict#AGREES} noting {@link Note#ROUNDING};
 *     otherwise {@link Verdict#CONFLICTS} with a {@link Severity}.</li>
 * </ol>
 * A claim that states no period is compared with every period (the finding says the period was assumed).
 */
public final class PairJudge {

    private static final MathContext SIX_PLACES = new MathContext(6, RoundingMode.HALF_UP);

    /**
     * Figures at most this fraction apart are "near": rounding ("31,000" against "31,200" from one report is 0.6%
     * apart). One percent keeps every gap a reader would call a different estimate (24 against 25 million is 4%) a
     * conflict.
     */
    static final BigDecimal NEAR_FRACTION = new BigDecimal("0.01");

    /**
     * Counts at most this many units apart are near too, when they are less than {@link Severity#MODERATE_FROM} apart:
     * an official count revised for a few late registrations (196 announced, 199 in the table; 63 against 67). The
     * second limit keeps small counts honest: 20 against 24 is not rounding.
     */
    static final BigDecimal NEAR_UNITS = BigDecimal.valueOf(5);

    private PairJudge() {
    }

    public static Judgement judge(ClaimFacts a, ClaimFacts b) {
        if (isDuplicate(a, b)) {
            return Judgement.of(Verdict.DUPLICATE, false);
        }
        if (a.kind() != null && b.kind() != null && a.kind() != b.kind()) {
            return Judgement.notComparable(Reason.DIFFERENT_KIND);
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
        if (!periodAssumed) {
            Optional<Reason> apart = periodReason(a.kind(), a.period(), b.period());
            if (apart.isPresent()) {
                Optional<Judgement> falling = apart.get() == Reason.DIFFERENT_PERIOD && !a.period().overlaps(b.period())
                        ? fallingTotal(a, b) : Optional.empty();
                return falling.orElse(Judgement.notComparable(apart.get()));
            }
        }
        if (!periodAssumed && isRevision(a, b)) {
            ClaimFacts earlier = a.issuedUntil().isBefore(b.issued()) ? a : b;
            return new Judgement(Verdict.REVISION, null, null, null, false, earlier.id(), null);
        }
        boolean uninformative = a.isUninformative() || b.isUninformative();
        if (a.interval().overlaps(b.interval())) {
            return Judgement.of(uninformative ? Verdict.UNINFORMATIVE : Verdict.AGREES, periodAssumed);
        }
        if (closure(a.interval()).overlaps(closure(b.interval()))) {
            return Judgement.of(uninformative ? Verdict.UNINFORMATIVE : Verdict.AGREES, periodAssumed, Note.TOUCHING);
        }
        BigDecimal gap = relativeGap(a.interval(), b.interval());
        if (sameLineage(a, b) && near(a, b, gap)) {
            return Judgement.of(Verdict.AGREES, periodAssumed, Note.ROUNDING);
        }
        return new Judgement(Verdict.CONFLICTS, null, gap, Severity.of(gap), periodAssumed, null, null);
    }

    /**
     * One statement recorded twice: the same passage of the same source, the same figure (the same phrase or the same
     * interval or the same numbers whatever their qualifier; or neither states one) and the same period (or one states none). One sentence that lists two figures
     * ("1,137 defectors in 2018 ... 229 in 2020") gives two claims citing one passage: they are not a duplicate.
     */
    static boolean isDuplicate(ClaimFacts a, ClaimFacts b) {
        if (a.passages().stream().noneMatch(p -> b.passages().stream().anyMatch(p::samePassageAs))) {
            return false;
        }
        boolean sameFigure = a.figure() == null || b.figure() == null
                ? a.figure() == null && b.figure() == null
                : Objects.equals(ClaimFacts.normalize(a.figure().getPhrase()), ClaimFacts.normalize(b.figure().getPhrase()))
                || a.interval().equals(b.interval()) || sameNumbers(a.figure(), b.figure());
        boolean samePeriod = a.period() == null || b.period() == null || sameDays(a.period(), b.period());
        return sameFigure && samePeriod;
    }

    /**
     * Why two stated periods do not count the same thing for a measure of this kind, or empty when they do.
     * <ul>
     *     <li>A level ({@link MeasureKind#STOCK}), a running total and a rate hold at or over their dates, so periods
     *     sharing a calendar day are compared: "as of 2023" against "as of 30 June 2023" is compared, the year
     *     standing for some day in it (a source that gives only the year means "in 2023", and a level does not jump
     *     within a year); a rate per week over January-March against one over 2023 is compared.</li>
     *     <li>A {@link MeasureKind#FLOW} and an {@link MeasureKind#EVENT} count what happened within their period, so
     *     only the same period compares (the same calendar days, however written). One period inside the other ("in
     *     2023" against "on 9 October 2023", "2023" against "August-September 2023") is
     *     {@link Reason#NESTED_PERIOD}; any other pair {@link Reason#DIFFERENT_PERIOD}.</li>
     * </ul>
     */
    static Optional<Reason> periodReason(MeasureKind kind, Period x, Period y) {
        if (kind == MeasureKind.FLOW || kind == MeasureKind.EVENT) {
            if (sameDays(x, y)) {
                return Optional.empty();
            }
            return Optional.of(within(x, y) || within(y, x) ? Reason.NESTED_PERIOD : Reason.DIFFERENT_PERIOD);
        }
        return x.overlaps(y) ? Optional.empty() : Optional.of(Reason.DIFFERENT_PERIOD);
    }

    private static boolean sameDays(Period x, Period y) {
        return x.getFirstDay().equals(y.getFirstDay()) && x.getLastDay().equals(y.getLastDay());
    }

    /** True when every day of {@code inner} lies in {@code outer}. */
    private static boolean within(Period inner, Period outer) {
        return !inner.getFirstDay().isBefore(outer.getFirstDay()) && !inner.getLastDay().isAfter(outer.getLastDay());
    }

    /**
     * One restates the other's count: the same period (the same calendar days), two different sources, and one
     * published strictly later than the other (publication dates known; one that may fall on the same day, as "2018"
     * and "2018-06-30" may, is not later), and
     * <ul>
     *     <li>the same publisher (a ministry's provisional count and its revised table), or</li>
     *     <li>the later one published by the publisher of an origin of the earlier (a count announced by the ministry
     *     and relayed by a news agency, then published in the ministry's table), or</li>
     *     <li>both going back to a common origin (a shared origin source, or origins of one publisher) with figures
     *     that are near but do not overlap (196 and 199): the origin's later, slightly different figure, relayed.</li>
     * </ul>
     * A later publication stating the same numbers (the ministry's table confirming the announced count) confirms
     * rather than revises: it agrees. Two relays of one origin whose figures overlap ("10.1 million" and "around 10.1 million") agree: the same
     * figure relayed twice is not revised. Two relays stating figures far apart are not a revision either: one of them
     * misquotes, a conflict.
     */
    static boolean isRevision(ClaimFacts a, ClaimFacts b) {
        if (!sameDays(a.period(), b.period()) || a.issued() == null || b.issued() == null
                || Objects.equals(a.publisherSourceId(), b.publisherSourceId())
                || sameNumbers(a.figure(), b.figure())) {
            return false;
        }
        ClaimFacts earlier;
        ClaimFacts later;
        if (a.issuedUntil().isBefore(b.issued())) {
            earlier = a;
            later = b;
        } else if (b.issuedUntil().isBefore(a.issued())) {
            earlier = b;
            later = a;
        } else {
            return false;
        }
        if (samePublisher(a, b)) {
            return true;
        }
        if (later.publisher() != null && earlier.originPublishers().contains(later.publisher())) {
            return true;
        }
        return sharedOrigin(a, b) && !closure(a.interval()).overlaps(closure(b.interval()))
                && near(a, b, relativeGap(a.interval(), b.interval()));
    }

    /** Both state the same numbers (or neither states a figure), whatever their qualifiers. */
    static boolean sameNumbers(Figure x, Figure y) {
        if (x == null || y == null) {
            return x == y;
        }
        return sameNumber(x.getValue(), y.getValue()) && sameNumber(x.getLow(), y.getLow())
                && sameNumber(x.getHigh(), y.getHigh());
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static boolean samePublisher(ClaimFacts a, ClaimFacts b) {
        return a.publisher() != null && a.publisher().equals(b.publisher());
    }

    private static boolean sharedOrigin(ClaimFacts a, ClaimFacts b) {
        return Origins.shareOrigin(a.origins(), b.origins())
                || a.originPublishers().stream().anyMatch(b.originPublishers()::contains);
    }

    /** The same publisher or the same origin: a gap between them is rounding or a restatement, not two findings. */
    private static boolean sameLineage(ClaimFacts a, ClaimFacts b) {
        return samePublisher(a, b) || sharedOrigin(a, b);
    }

    /**
     * Disjoint figures a hair apart: at most {@link #NEAR_FRACTION} apart, or, for counts of people or things, at
     * most {@link #NEAR_UNITS} apart and less than {@link Severity#MODERATE_FROM} apart.
     */
    private static boolean near(ClaimFacts a, ClaimFacts b, BigDecimal relativeGap) {
        if (relativeGap.compareTo(NEAR_FRACTION) <= 0) {
            return true;
        }
        boolean count = a.unit() == Unit.PERSONS || a.unit() == Unit.ITEMS;
        return count && absoluteGap(a.interval(), b.interval()).compareTo(NEAR_UNITS) <= 0
                && relativeGap.compareTo(Severity.MODERATE_FROM) < 0;
    }

    /**
     * The interval with its bounds closed: "more than 31,000" read as from 31,000. Sources round, so figures that only
     * meet at a bound do not conflict.
     */
    private static Interval closure(Interval x) {
        return Interval.closed(x.low(), x.high());
    }

    /** For a running total: the later figure lies wholly below the earlier one. */
    private static Optional<Judgement> fallingTotal(ClaimFacts a, ClaimFacts b) {
        if (a.kind() != MeasureKind.CUMULATIVE || b.kind() != MeasureKind.CUMULATIVE) {
            return Optional.empty();
        }
        boolean aFirst = a.period().getLastDay().isBefore(b.period().getFirstDay());
        ClaimFacts earlier = aFirst ? a : b;
        ClaimFacts later = aFirst ? b : a;
        Interval before = earlier.interval();
        Interval after = later.interval();
        if (after.high() == null || before.low() == null || closure(after).overlaps(closure(before))
                || after.high().compareTo(before.low()) > 0) {
            return Optional.empty();
        }
        BigDecimal gap = relativeGap(before, after);
        return Optional.of(new Judgement(Verdict.CUMULATIVE_DECREASE, null, gap, Severity.of(gap), false, null, null));
    }

    /**
     * The gap between two disjoint intervals as a fraction of the larger of the two bounds facing each other:
     * [24M] and [25M] are 1M/25M = 0.04 apart.
     */
    static BigDecimal relativeGap(Interval x, Interval y) {
        Interval lower = lowerOf(x, y);
        Interval upper = lower == x ? y : x;
        BigDecimal gap = upper.low().subtract(lower.high());
        BigDecimal scale = upper.low().abs().max(lower.high().abs());
        if (scale.signum() == 0) {
            return BigDecimal.ONE;
        }
        return gap.abs().divide(scale, SIX_PLACES).min(BigDecimal.ONE);
    }

    private static BigDecimal absoluteGap(Interval x, Interval y) {
        Interval lower = lowerOf(x, y);
        Interval upper = lower == x ? y : x;
        return upper.low().subtract(lower.high()).abs();
    }

    private static Interval lowerOf(Interval x, Interval y) {
        return x.high() != null && (y.low() != null && x.high().compareTo(y.low()) <= 0) ? x : y;
    }
}
