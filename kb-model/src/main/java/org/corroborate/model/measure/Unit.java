package org.corroborate.model.measure;

import java.math.BigDecimal;

/**
 * What a figure counts or measures. Each unit knows the range a true figure can take:
 * no negative counts of people, no percentage above 100.
 */
public enum Unit {
    PERSONS("persons", BigDecimal.ZERO, null),
    PERCENT("%", BigDecimal.ZERO, BigDecimal.valueOf(100)),
    TONNES("t", BigDecimal.ZERO, null),
    US_DOLLARS("USD", BigDecimal.ZERO, null),
    SOUTH_KOREAN_WON("KRW", BigDecimal.ZERO, null),
    EUROS("EUR", BigDecimal.ZERO, null),
    YEARS("years", BigDecimal.ZERO, null),
    MONTHS("months", BigDecimal.ZERO, null),
    DAYS("days", BigDecimal.ZERO, null),
    KILOMETRES("km", BigDecimal.ZERO, null),
    /** A count of things other than people (camps, weapons, attacks); the measure says which. */
    ITEMS("items", BigDecimal.ZERO, null);

    private final String symbol;
    private final BigDecimal minimum;
    private final BigDecimal maximum;

    Unit(String symbol, BigDecimal minimum, BigDecimal maximum) {
        this.symbol = symbol;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public String symbol() {
        return symbol;
    }

    /** The smallest value a figure in this unit can take, or {@code null} if there is none. */
    public BigDecimal minimum() {
        return minimum;
    }

    /** The largest value a figure in this unit can take, or {@code null} if there is none. */
    public BigDecimal maximum() {
        return maximum;
    }

    public boolean admits(BigDecimal value) {
        return (minimum == null || value.compareTo(minimum) >= 0)
                && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /** The range of values this unit admits, in words, for error messages. */
    public String describeRange() {
        if (maximum != null) {
            return "between " + minimum.toPlainString() + " and " + maximum.toPlainString();
        }
        return minimum != null ? "at least " + minimum.toPlainString() : "any number";
    }
}
