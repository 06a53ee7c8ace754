package org.corroborate.model.reconciliation;

import org.corroborate.model.shared.Interval;

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

    /** A recommended claim: its interval and the last day of its period (null when it states none). */
    public record Recommended(Interval interval, LocalDate periodEnd) {
    }

    private RuleSuggestion() {
    }

    public static Optional<ReconciledFigure> suggest(Rule rule, List<Recommended> recommended) {
        List<Recommended> bounded = recommended.stream()
                .filter(r -> r.interval() != null && r.interval().low() != null && r.interval().high() != null)
                .toList();
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        return switch (rule) {
            case ENVELOPE_OF_INDEPENDENT -> Optional.of(new ReconciledFigure(
                    bounded.stream().map(r -> r.interval().low()).min(Comparator.naturalOrder()).orElseThrow(),
                    bounded.stream().map(r -> r.interval().high()).max(Comparator.naturalOrder()).orElseThrow(), null));
            case MOST_CONSERVATIVE -> bounded.stream()
                    .min(Comparator.comparing((Recommended r) -> r.interval().high()).thenComparing(r -> r.interval().low()))
                    .map(r -> figureOf(r.interval()));
            case MOST_RECENT -> bounded.stream()
                    .filter(r -> r.periodEnd() != null)
                    .max(Comparator.comparing(Recommended::periodEnd))
                    .map(r -> figureOf(r.interval()));
            case SOURCE_HIERARCHY, EDITORS_JUDGEMENT -> Optional.empty();
        };
    }

    private static ReconciledFigure figureOf(Interval i) {
        boolean point = Objects.equals(i.low(), i.high()) || i.low().compareTo(i.high()) == 0;
        return new ReconciledFigure(i.low(), i.high(), point ? i.low() : null);
    }
}
