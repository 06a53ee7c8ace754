package org.corroborate.model.crossref;

/** Why two claims of one measure are not compared. */
public enum Reason {
    /** One of them states no number. */
    NO_FIGURE,
    /** Their figures are in different units (persons and percent, tonnes and items). */
    DIFFERENT_UNIT,
    /** They count different groups: one narrows the measure's definition ("women only") differently. */
    DIFFERENT_POPULATION,
    /**
     * Their periods share no calendar day; or, for a flow or an event, they are not the same period (a year's
     * arrivals against two months' arrivals, one deportation against another).
     */
    DIFFERENT_PERIOD,
    /** Their measures count in different ways: a level, a flow, a running total, one event or a rate. */
    DIFFERENT_KIND,
    /**
     * For a flow or an event: one counts a whole period and the other a shorter part of it ("in 2023" against
     * "on 9 October 2023"), so the larger figure may well include the smaller.
     */
    NESTED_PERIOD
}
