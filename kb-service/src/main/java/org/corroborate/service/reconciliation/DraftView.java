package org.corroborate.service.reconciliation;

import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.PeriodView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The reconciliation draft an editor works on, with every verified claim of the measure as a candidate.
 *
 * @param version the draft's version: send it back when saving, so that a save based on an older one is refused
 */
public record DraftView(MeasureRef measure, String unitSymbol, long version, String rule, BigDecimal low,
                        BigDecimal high, BigDecimal best, PeriodView period, String rationale,
                        List<CandidateView> candidates, boolean needsReview, int publishedVersions, String updatedBy,
                        Instant updatedAt) {
}
