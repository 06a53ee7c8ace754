package org.corroborate.model.shared;

/** How much of a date a source actually states. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
