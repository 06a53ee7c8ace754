package org.corroborate.service.shared;

import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.Figure;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.measure.Measure;

import java.io.Serializable;
import java.math.BigDecimal;

import static org.corroborate.service.shared.Numbers.plain;

/**
 * A figure as readers see it: the phrase, the stated numbers, and the interval it admits
 * under its measure's tolerance for "about".
 */
public record FigureView(String phrase, String qualifier, BigDecimal value, BigDecimal low, BigDecimal high,
                         String unit, String unitSymbol, BigDecimal intervalLow, BigDecimal intervalHigh,
                         String interval) implements Serializable {

    /**
     * The claim's figure under its measure's tolerance (the default one for a draft whose measure is not chosen
     * yet), or {@code null} for a claim without a figure.
     */
    public static FigureView of(Claim c) {
        if (c.getFigure() == null) {
            return null;
        }
        return of(c.getFigure(), Tolerance.percent(c.getMeasure() == null ? Measure.DEFAULT_ABOUT_TOLERANCE_PERCENT
                : c.getMeasure().getAboutTolerancePercent()));
    }

    public static FigureView of(Figure f, Tolerance about) {
        var interval = f.toInterval(about);
        return new FigureView(f.getPhrase(), f.getQualifier().name(), plain(f.getValue()), plain(f.getLow()),
                plain(f.getHigh()), f.getUnit().name(), f.getUnit().symbol(), plain(interval.low()),
                plain(interval.high()), interval.toString());
    }
}
