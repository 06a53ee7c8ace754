package org.corroborate.service.crossref;

import org.corroborate.service.measure.MeasureRef;

import java.util.List;

/**
 * Everything cross-referencing found on one measure's claims that a reader may see: the findings on each pair (the
 * most telling first), the groups of claims whose figure-level chains meet, and each claim's chains: "N figures,
 * M independent origins".
 *
 * @param figures            how many claims of the measure this reader may see (those compared)
 * @param independentOrigins how many origin groups those claims form
 */
public record MeasureCrossReference(MeasureRef measure, List<ComparisonView> comparisons,
                                    List<OriginGroupView> originGroups, int figures, int independentOrigins,
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
