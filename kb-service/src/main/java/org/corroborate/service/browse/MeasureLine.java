package org.corroborate.service.browse;

/**
 * A measure in a topic's list: how many public claims it has from how many organizations, and its public figure
 * when one is published (null otherwise).
 */
public record MeasureLine(MeasureLink measure, long claims, long organizations, PublishedFigure figure) {
}
