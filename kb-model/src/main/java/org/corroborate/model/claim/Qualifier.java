package org.corroborate.model.claim;

import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;

import java.math.BigDecimal;

/**
 * How a figure's number is hedged. This enum is the one place where the meaning of each qualifier
 * is defined: {@link #toInterval} turns a stated number into the interval of values it admits.
 */
public enum Qualifier {
    /** "31,000": exactly the stated value. */
    EXACT,
    /** "about 30,000": the value within the measure's tolerance on either side. */
    ABOUT,
    /** "at least 2,500": the value or more. */
    AT_LEAST,
    /** "more than 30,000", "over 30,000": strictly more. */
    MORE_THAN,
    /** "at most 5,000": the value or less. */
    AT_MOST,
    /** "up to 120,000", "as many as 120,000": anywhere from the unit's minimum to the value. */
    UP_TO,
    /** "fewer than 100": strictly less. */
    FEWER_THAN,
    /** "between 50,000 and 200,000", "70 to 90 percent": a stated range. */
    BETWEEN;

    /** True for the qualifier that states two bounds rather than one value. */
    public boolean isRange() {
        return this == BETWEEN;
    }

    /**
     * The interval a figure admits.
     *
     * @param value the stated value (ignored for {@link #BETWEEN})
     * @param low   the stated lower bound (only for {@link #BETWEEN})
     * @param high  the stated upper bound (only for {@link #BETWEEN})
     * @param unit  the figure's unit, whose natural limits bound the open sides ("up to" starts at 0)
     * @param about how far {@link #ABOUT} reaches
     */
    Interval toInterval(BigDecimal value, BigDecimal low, BigDecimal high, Unit unit, Tolerance about) {
        return switch (this) {
            case EXACT -> Interval.point(value);
            case ABOUT -> {
                BigDecimal reach = value.abs().multiply(about.fraction());
                yield Interval.closed(clampLow(value.subtract(reach), unit), clampHigh(value.add(reach), unit));
            }
            case AT_LEAST -> Interval.of(value, false, unit.maximum(), false);
            case MORE_THAN -> Interval.of(value, true, unit.maximum(), false);
            case AT_MOST, UP_TO -> Interval.of(unit.minimum(), false, value, false);
            case FEWER_THAN -> Interval.of(unit.minimum(), false, value, true);
            case BETWEEN -> Interval.closed(low, high);
        };
    }

    private static BigDecimal clampLow(BigDecimal x, Unit unit) {
        return unit.minimum() != null && x.compareTo(unit.minimum()) < 0 ? unit.minimum() : x;
    }

    private static BigDecimal clampHigh(BigDecimal x, Unit unit) {
        return unit.maximum() != null && x.compareTo(unit.maximum()) > 0 ? unit.maximum() : x;
    }
}
