package org.corroborate.service.browse;

import org.corroborate.service.shared.PeriodView;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measure's current public figure: the latest published version of its reconciliation, with how many member
 * organizations endorsed it and how many dissented; {@code contested} when one dissents; and the spread of the
 * measure's public figures with their conflicts ({@code spread} null when none states a number in the measure's unit).
 */
public record PublishedFigure(MeasureLink measure, int version, String rule, BigDecimal low, BigDecimal high,
                              BigDecimal best, String unit, String unitSymbol, PeriodView period, Instant publishedAt,
                              String permalink, long endorsements, long dissents, boolean contested,
                              Spread spread) {

    /** True when the figure is one number rather than a range. */
    public boolean single() {
        return low.compareTo(high) == 0;
    }
}
