package org.corroborate.model.reconciliation;

import org.corroborate.model.measure.Unit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figure a reconciliation arrives at: an interval in the measure's unit and, where justified, a best estimate
 * inside it.
 */
public record ReconciledFigure(BigDecimal low, BigDecimal high, BigDecimal best) {

    /** Digits the bounds and the best estimate may have before the decimal point: as many as their columns keep. */
    public static final int INTEGER_DIGITS = 18;
    /** Digits the bounds and the best estimate may have after the decimal point: as many as their columns keep. */
    public static final int FRACTION_DIGITS = 6;

    /** @throws IllegalArgumentException when the figure cannot be true in this unit */
    public ReconciledFigure {
        Objects.requireNonNull(low, "The reconciled figure needs a low bound.");
        Objects.requireNonNull(high, "The reconciled figure needs a high bound.");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("The low bound " + low.toPlainString() + " is above the high bound "
                    + high.toPlainString() + ".");
        }
        if (best != null && (best.compareTo(low) < 0 || best.compareTo(high) > 0)) {
            throw new IllegalArgumentException("The best estimate " + best.toPlainString() + " lies outside "
                    + low.toPlainString() + "-" + high.toPlainString() + ".");
        }
    }

    /** @throws IllegalArgumentException when a bound is impossible in the unit (a negative count, 120 percent) */
    public ReconciledFigure checkedIn(Unit unit) {
        for (BigDecimal n : new BigDecimal[] {low, high, best}) {
            if (n != null && !unit.admits(n)) {
                throw new IllegalArgumentException(n.toPlainString() + " is impossible in " + unit.symbol()
                        + ": it must be " + unit.describeRange() + ".");
            }
        }
        return this;
    }
}
