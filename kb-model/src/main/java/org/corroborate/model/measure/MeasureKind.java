package org.corroborate.model.measure;

/** How a measure accumulates over time; claims of different kinds are never compared. */
public enum MeasureKind {
    /** A level at a moment: people held in camps as of 2023. */
    STOCK,
    /** An amount per period: defectors arriving per year. */
    FLOW,
    /** A running total since some start: defectors who have reached South Korea since 1953. */
    CUMULATIVE
}
