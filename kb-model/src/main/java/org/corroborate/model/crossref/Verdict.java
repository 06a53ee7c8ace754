package org.corroborate.model.crossref;

/** What two claims of one measure are to each other, from the most to the least specific finding. */
public enum Verdict {
    /** Both cite the same passage of the same source: one statement recorded twice, not corroboration. */
    DUPLICATE,
    /** They measure something different (period, unit or population); see {@link Reason}. */
    NOT_COMPARABLE,
    /** The same publisher restated the figure for the same period later: the later one revises the earlier. */
    REVISION,
    /** A running total that is lower at a later date than at an earlier one. */
    CUMULATIVE_DECREASE,
    /** Their intervals overlap, but one of them is so wide that the overlap confirms nothing. */
    UNINFORMATIVE,
    /** Their intervals overlap. */
    AGREES,
    /** Their intervals are disjoint. */
    CONFLICTS;

    /** True for the findings an editor has to settle: disjoint figures and falling running totals. */
    public boolean isConflict() {
        return this == CONFLICTS || this == CUMULATIVE_DECREASE;
    }
}
