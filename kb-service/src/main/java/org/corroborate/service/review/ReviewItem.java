package org.corroborate.service.review;

import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;

import java.io.Serializable;
import java.time.Instant;

/**
 * A claim waiting for review, as the queue shows it.
 *
 * @param mayDecide false for the editor's own organization's claim: another organization must verify it
 */
public record ReviewItem(long claimId, String statement, FigureView figure, MeasureRef measure, PeriodView period,
                         OrganizationRef organization, Instant submittedAt, long version, int citationCount,
                         boolean mayDecide) implements Serializable {
}
