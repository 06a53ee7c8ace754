package org.corroborate.service.browse;

/**
 * A measure in a topic's list: how many public claims it has from how many organizations, and its public figure
 * when one is published (null otherwise), and the spread of its public figures with their conflicts (null when none
 * states a number in the measure's unit).
 */
public record MeasureLine(MeasureLink measure, long claims, long organizations, PublishedFigure figure, Spread spread) {
}
