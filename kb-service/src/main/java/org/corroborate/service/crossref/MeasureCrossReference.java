package org.corroborate.service.crossref;

import org.corroborate.service.measure.MeasureRef;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Everything cross-referencing found on one measure's claims that a reader may see: the findings on each pair, the
 * groups of claims sharing an origin, and each claim's origin chains.
 */
public record MeasureCrossReference(MeasureRef measure, List<ComparisonView> comparisons,
                                    List<OriginGroupView> originGroups, int independentOrigins,
                                    List<OriginChainView> chains) {

    /** The order in which a reader should see findings: what disagrees first, then what qualifies agreement. */
    private static final List<String> TELLING = List.of("CONFLICTS", "CUMULATIVE_DECREASE", "REVISION", "UNINFORMATIVE",
            "DUPLICATE", "AGREES", "NOT_COMPARABLE");

    /**
     * At most {@code max} findings, the most telling first: conflicts by severity, then revisions, uninformative
     * ranges, duplicates, agreements and pairs that are not comparable. A measure with many figures has many pairs
     * (20 figures, 190 pairs); a page shows these and links to the full list in the read API.
     */
    public List<ComparisonView> mostTelling(int max) {
        return comparisons.stream()
                .sorted(Comparator.comparingInt((ComparisonView c) -> rank(c.verdict()))
                        .thenComparing(c -> c.severity() == null ? BigDecimal.ZERO : c.severity(), Comparator.reverseOrder()))
                .limit(max)
                .toList();
    }

    private static int rank(String verdict) {
        int rank = TELLING.indexOf(verdict);
        return rank < 0 ? TELLING.size() : rank;
    }

    public long conflictCount() {
        return comparisons.stream().filter(c -> c.verdict().equals("CONFLICTS") || c.verdict().equals("CUMULATIVE_DECREASE")).count();
    }
}
