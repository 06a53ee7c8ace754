package org.corroborate.model.measure;

/** The period a {@link MeasureKind#FLOW} measure counts per, or the unit of time of a {@link MeasureKind#RATE}. */
public enum FlowPeriod {
    DAY, WEEK, MONTH, YEAR
}
