package org.corroborate.model.measure;

/** The period a {@link MeasureKind#FLOW} measure counts per. */
public enum FlowPeriod {
    DAY, WEEK, MONTH, YEAR
}
