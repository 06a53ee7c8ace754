package org.corroborate.service.browse;

/**
 * A measure whose public (verified) claims hold major conflicts that no published reconciliation has weighed yet, with
 * the spread of its public figures.
 */
public record ConflictedMeasure(MeasureLink measure, long majorConflicts, Spread spread) {
}
