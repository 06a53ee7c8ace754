package org.corroborate.service.browse;

import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;

import java.time.Instant;

/** A verified claim as a line of a list: its figure, measure, organization and permalink; no sources. */
public record ClaimLine(long id, String statement, FigureView figure, PeriodView period, MeasureLink measure,
                        OrganizationRef organization, Instant updatedAt, String permalink) {
}
