package org.corroborate.model.measure;

/**
 * How a measure accumulates over time, which decides which of its claims can be compared; claims of different kinds
 * are never compared.
 */
public enum MeasureKind {
    /** A level at a moment: people held in camps as of 2023. Claims whose dates share a day are compared. */
    STOCK,
    /**
     * An amount over a period, counted per {@link FlowPeriod}: defectors arriving per year. Only claims over the same
     * period are compared (a year's arrivals are not two months' arrivals).
     */
    FLOW,
    /** A running total since some start: defectors who have reached South Korea since 1953. */
    CUMULATIVE,
    /**
     * A count in one event, on a date or over a span: people deported in one mass repatriation. Only claims about the
     * same event (the same period) are compared.
     */
    EVENT,
    /**
     * An amount per unit of time, the measure's {@link FlowPeriod}: persons executed per year, people crossing per
     * week. A rate holds over its period however long, so claims over overlapping periods are compared.
     */
    RATE;

    /** True for the kinds that count per a {@link FlowPeriod}: a flow and a rate. */
    public boolean hasPerPeriod() {
        return this == FLOW || this == RATE;
    }
}
