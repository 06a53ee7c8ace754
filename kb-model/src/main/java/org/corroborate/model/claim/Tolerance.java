package org.corroborate.model.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** How far "about X" reaches on either side of X, as a fraction of X. */
public final class Tolerance {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;

    private Tolerance(BigDecimal percent) {
        Objects.requireNonNull(percent, "tolerance");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A tolerance must be between 0 and 100 percent, not " + percent + ".");
        }
        this.percent = percent;
    }

    public static Tolerance percent(BigDecimal percent) {
        return new Tolerance(percent);
    }

    public static Tolerance percent(int percent) {
        return new Tolerance(BigDecimal.valueOf(percent));
    }

    public BigDecimal percent() {
        return percent;
    }

    BigDecimal fraction() {
        return percent.divide(HUNDRED, 10, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tolerance that && percent.compareTo(that.percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return "±" + percent.stripTrailingZeros().toPlainString() + "%";
    }
}
