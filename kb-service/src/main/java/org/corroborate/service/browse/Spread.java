package org.corroborate.service.browse;

import org.corroborate.model.crossref.Severity;

import java.math.BigDecimal;

/**
 * How far a measure's public figures lie apart, so that a list shows disagreement before the measure is opened: the
 * lowest and the highest number its verified figures state (in the measure's unit), how many figures there are, and
 * how many pairs of them are in conflict (disjoint, or a running total that falls), with the worst level.
 *
 * @param lowest        the lowest number a public figure states (its low end, or its value)
 * @param highest       the highest number a public figure states (its high end, or its value)
 * @param figures       how many public figures in the measure's unit
 * @param conflicts     how many pairs of public figures are in conflict
 * @param worstConflict the worst level among them, or {@code null} when there is none
 */
public record Spread(BigDecimal lowest, BigDecimal highest, String unit, String unitSymbol, long figures,
                     long conflicts, Severity worstConflict) {

    /** True when every figure states the same number: shown as one number, not a range. */
    public boolean single() {
        return lowest.compareTo(highest) == 0;
    }

    /** True when at least two public figures cannot both be right. */
    public boolean inConflict() {
        return conflicts > 0;
    }
}
