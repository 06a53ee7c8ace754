package org.corroborate.model.crossref;

/** Why two claims of one measure are not compared. */
public enum Reason {
    /** One of them states no number. */
    NO_FIGURE,
    /** Their figures are in different units (persons and percent, tonnes and items). */
    DIFFERENT_UNIT,
    /** They count different groups: one narrows the measure's definition ("women only") differently. */
    DIFFERENT_POPULATION,
    /** Their periods share no calendar day. */
    DIFFERENT_PERIOD
}
