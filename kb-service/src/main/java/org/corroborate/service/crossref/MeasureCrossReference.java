package org.corroborate.service.crossref;

import org.corroborate.service.measure.MeasureRef;

import java.util.List;

/**
 * Everything cross-referencing found on one measure's claims that a reader may see: the findings on each pair (the
 * most telling first), the groups of claims sharing an origin, and each claim's origin chains.
 */
public record MeasureCrossReference(MeasureRef measure, List<ComparisonView> comparisons,
                                    List<OriginGroupView> originGroups, int independentOrigins,
                                    List<OriginChainView> chains) {

    /**
     * At most {@code max} findings, the most telling first (the comparisons come in that order: conflicts by
     * severity, then revisions, duplicates, uninformative ranges, agreements, pairs not comparable). A measure with
     * many figures has many pairs (20 figures, 190 pairs); a page shows these and links to the full list.
     */
    public List<ComparisonView> mostTelling(int max) {
        return comparisons.subList(0, Math.min(max, comparisons.size()));
    }

    public long conflictCount() {
        return comparisons.stream().filter(ComparisonView::inConflict).count();
    }
}
