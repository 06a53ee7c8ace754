package org.corroborate.service.reconciliation;

import org.corroborate.service.measure.MeasureRef;

import java.util.List;

/**
 * A measure's public figure: the current published version (null before the first), its history, and whether an
 * editor has flagged it for re-review because a claim was verified since.
 */
public record ReconciliationView(MeasureRef measure, VersionView current, List<VersionSummary> history,
                                 boolean needsReview) {
}
