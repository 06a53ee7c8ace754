package org.corroborate.service.crossref;

import org.corroborate.service.measure.MeasureRef;

import java.util.List;

/**
 * Everything cross-referencing found on one measure's claims that a reader may see: the findings on each pair, the
 * groups of claims sharing an origin, and each claim's origin chains.
 */
public record MeasureCrossReference(MeasureRef measure, List<ComparisonView> comparisons,
                                    List<OriginGroupView> originGroups, int independentOrigins,
                                    List<OriginChainView> chains) {

    public long conflictCount() {
        return comparisons.stream().filter(c -> c.verdict().equals("CONFLICTS") || c.verdict().equals("CUMULATIVE_DECREASE")).count();
    }
}
