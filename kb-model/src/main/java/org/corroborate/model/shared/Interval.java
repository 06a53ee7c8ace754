package org.corroborate.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A set of real numbers between two bounds, each closed or open; a missing bound is unbounded.
 * Figures become intervals so that "up to 120,000" and "80,000 to 120,000" can be compared.
 */
public final class Interval {

    private final BigDecimal low;
    private final boolean lowOpen;
    private final BigDecimal high;
    private final boolean highOpen;

    private Interval(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        if (low != null && high != null) {
            int order = low.compareTo(high);
            if (order > 0 || (order == 0 && (lowOpen || highOpen))) {
                throw new IllegalArgumentException("Empty interval: low " + low + " is not below high " + high + ".");
            }
        }
        this.low = low;
        this.lowOpen = low != null && lowOpen;
        this.high = high;
        this.highOpen = high != null && highOpen;
    }

    public static Interval closed(BigDecimal low, BigDecimal high) {
        return new Interval(low, false, high, false);
    }

    public static Interval of(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
        return new Interval(low, lowOpen, high, highOpen);
    }

    public static Interval point(BigDecimal value) {
        Objects.requireNonNull(value);
        return closed(value, value);
    }

    /** The lower bound, or {@code null} when unbounded below. */
    public BigDecimal low() {
        return low;
    }

    /** The upper bound, or {@code null} when unbounded above. */
    public BigDecimal high() {
        return high;
    }

    public boolean isLowOpen() {
        return lowOpen;
    }

    public boolean isHighOpen() {
        return highOpen;
    }

    public boolean isBounded() {
        return low != null && high != null;
    }

    public boolean contains(BigDecimal x) {
        boolean aboveLow = low == null || (lowOpen ? x.compareTo(low) > 0 : x.compareTo(low) >= 0);
        boolean belowHigh = high == null || (highOpen ? x.compareTo(high) < 0 : x.compareTo(high) <= 0);
        return aboveLow && belowHigh;
    }

    /** True when some number lies in both intervals. */
    public boolean overlaps(Interval other) {
        return !endsBefore(this, other) && !endsBefore(other, this);
    }

    /** True when every number of {@code a} lies below every number of {@code b}. */
    private static boolean endsBefore(Interval a, Interval b) {
        if (a.high == null || b.low == null) {
            return false;
        }
        int order = a.high.compareTo(b.low);
        return order < 0 || (order == 0 && (a.highOpen || b.lowOpen));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval that
                && sameNumber(low, that.low) && lowOpen == that.lowOpen
                && sameNumber(high, that.high) && highOpen == that.highOpen;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(low == null ? null : low.stripTrailingZeros(), lowOpen,
                high == null ? null : high.stripTrailingZeros(), highOpen);
    }

    /** Mathematical notation: "[80000, 120000]", "(30000, ∞)". */
    @Override
    public String toString() {
        return (lowOpen || low == null ? "(" : "[")
                + (low == null ? "-∞" : low.stripTrailingZeros().toPlainString()) + ", "
                + (high == null ? "∞" : high.stripTrailingZeros().toPlainString())
                + (highOpen || high == null ? ")" : "]");
    }
}
