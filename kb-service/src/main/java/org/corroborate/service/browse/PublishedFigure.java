package org.corroborate.service.browse;

import org.corroborate.service.shared.PeriodView;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measure's current public figure: the latest published version of its reconciliation, with how many member
 * organizations endorsed it and how many dissented; {@code contested} when one dissents.
 */
public record PublishedFigure(MeasureLink measure, int version, String rule, BigDecimal low, BigDecimal high,
                              BigDecimal best, String unit, String unitSymbol, PeriodView period, Instant publishedAt,
                              String permalink, long endorsements, long dissents, boolean contested) {

    /** True when the figure is one number rather than a range. */
    public boolean single() {
        return low.compareTo(high) == 0;
    }
}
