package org.corroborate.model.reconciliation;

import org.corroborate.model.shared.Interval;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure a rule gives from the recommended claims' intervals, for the editor to accept or change. Rules that
 * rest on judgement (source hierarchy, the editor's judgement) suggest nothing.
 */
public final class RuleSuggestion {

    /** A recommended claim: its interval and its period (null when it states none). */
    public record Recommended(Interval interval, Period period) {

        /** A recommended claim that holds as of this day (null when it states no period). */
        public Recommended(Interval interval, LocalDate asOf) {
            this(interval, asOf == null ? null : Period.asOf(PartialDate.of(asOf)));
        }

        /** The last day of its period, or null. */
        public LocalDate periodEnd() {
            return period == null ? null : period.getLastDay();
        }
    }

    private RuleSuggestion() {
    }

    public static Optional<ReconciledFigure> suggest(Rule rule, List<Recommended> recommended) {
        List<Recommended> bounded = bounded(recommended);
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        return switch (rule) {
            case ENVELOPE_OF_INDEPENDENT -> Optional.of(new ReconciledFigure(
                    bounded.stream().map(r -> r.interval().low()).min(Comparator.naturalOrder()).orElseThrow(),
                    bounded.stream().map(r -> r.interval().high()).max(Comparator.naturalOrder()).orElseThrow(), null));
            case MOST_CONSERVATIVE, MOST_RECENT -> chosen(rule, bounded).map(r -> figureOf(r.interval()));
            case SOURCE_HIERARCHY, EDITORS_JUDGEMENT -> Optional.empty();
        };
    }

    /**
     * The period that goes with the figure {@link #suggest} gives: the chosen claim's period for the most conservative
     * and the most recent figure, and for the envelope the span from the earliest start to the latest end of the
     * recommended claims' periods. Empty when the rule suggests no figure, or the claims it rests on state no period.
     */
    public static Optional<Period> suggestPeriod(Rule rule, List<Recommended> recommended) {
        List<Recommended> bounded = bounded(recommended);
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        return switch (rule) {
            case ENVELOPE_OF_INDEPENDENT -> {
                List<Period> periods = bounded.stream().map(Recommended::period).filter(Objects::nonNull).toList();
                if (periods.isEmpty()) {
                    yield Optional.empty();
                }
                Period first = periods.stream().min(Comparator.comparing(Period::getFirstDay)).orElseThrow();
                Period last = periods.stream().max(Comparator.comparing(Period::getLastDay)).orElseThrow();
                yield Optional.of(Period.between(first.getStart(), last.getEnd()));
            }
            case MOST_CONSERVATIVE, MOST_RECENT -> chosen(rule, bounded).map(Recommended::period);
            case SOURCE_HIERARCHY, EDITORS_JUDGEMENT -> Optional.empty();
        };
    }

    private static List<Recommended> bounded(List<Recommended> recommended) {
        return recommended.stream()
                .filter(r -> r.interval() != null && r.interval().low() != null && r.interval().high() != null)
                .toList();
    }

    /** The one claim a rule that picks a claim picks: the lowest upper bound, or the latest period end. */
    private static Optional<Recommended> chosen(Rule rule, List<Recommended> bounded) {
        return switch (rule) {
            case MOST_CONSERVATIVE -> bounded.stream()
                    .min(Comparator.comparing((Recommended r) -> r.interval().high()).thenComparing(r -> r.interval().low()));
            case MOST_RECENT -> bounded.stream()
                    .filter(r -> r.periodEnd() != null)
                    .max(Comparator.comparing(Recommended::periodEnd));
            default -> Optional.empty();
        };
    }

    private static ReconciledFigure figureOf(Interval i) {
        boolean point = Objects.equals(i.low(), i.high()) || i.low().compareTo(i.high()) == 0;
        return new ReconciledFigure(i.low(), i.high(), point ? i.low() : null);
    }
}
