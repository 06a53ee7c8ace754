package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * A number as a source states it: the verbatim phrase ("up to 120,000"), its {@link Qualifier},
 * the stated value or bounds, and the unit. A figure that cannot be true is refused at construction:
 * a low bound above the high one, a percentage outside 0-100, a negative count, a number without a unit.
 *
 * <p>A {@link Qualifier#BETWEEN} figure has a low and a high bound and may carry a best estimate within them;
 * every other qualifier has one stated value.</p>
 */
@Embeddable
public class Figure implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_PHRASE_LENGTH = 500;
    /** Digits a figure's numbers may have before the decimal point: as many as their columns keep. */
    public static final int INTEGER_DIGITS = 18;
    /** Digits a figure's numbers may have after the decimal point: as many as their columns keep. */
    public static final int FRACTION_DIGITS = 6;

    @Column(name = "figure_phrase", length = MAX_PHRASE_LENGTH)
    private String phrase;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure_qualifier", length = 20)
    private Qualifier qualifier;

    @Column(name = "figure_value", precision = INTEGER_DIGITS + FRACTION_DIGITS, scale = FRACTION_DIGITS)
    private BigDecimal value;

    @Column(name = "figure_low", precision = INTEGER_DIGITS + FRACTION_DIGITS, scale = FRACTION_DIGITS)
    private BigDecimal low;

    @Column(name = "figure_high", precision = INTEGER_DIGITS + FRACTION_DIGITS, scale = FRACTION_DIGITS)
    private BigDecimal high;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure_unit", length = 30)
    private Unit unit;

    protected Figure() {
        // for JPA
    }

    /**
     * @param value for {@link Qualifier#BETWEEN} an optional best estimate within the bounds; otherwise the stated value
     * @param low   only for {@link Qualifier#BETWEEN}
     * @param high  only for {@link Qualifier#BETWEEN}
     * @throws IllegalArgumentException saying what is wrong when the figure cannot be true
     */
    public Figure(String phrase, Qualifier qualifier, BigDecimal value, BigDecimal low, BigDecimal high, Unit unit) {
        if (VisibleText.isBlank(phrase)) {
            throw new IllegalArgumentException("A figure needs the phrase its source uses, such as \"up to 120,000\".");
        }
        if (phrase.strip().length() > MAX_PHRASE_LENGTH) {
            throw new IllegalArgumentException("The figure's phrase is longer than " + MAX_PHRASE_LENGTH + " characters.");
        }
        if (qualifier == null) {
            throw new IllegalArgumentException("Figure \"" + phrase + "\" needs a qualifier (exact, about, up to, between, ...).");
        }
        if (unit == null) {
            throw new IllegalArgumentException("Figure \"" + phrase + "\" needs a unit.");
        }
        if (qualifier.isRange()) {
            if (low == null || high == null) {
                throw new IllegalArgumentException("Range \"" + phrase + "\" needs both a low and a high bound.");
            }
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("In \"" + phrase + "\" the low bound " + plain(low)
                        + " is above the high bound " + plain(high) + ".");
            }
            if (value != null && (value.compareTo(low) < 0 || value.compareTo(high) > 0)) {
                throw new IllegalArgumentException("In \"" + phrase + "\" the best estimate " + plain(value)
                        + " lies outside " + plain(low) + "-" + plain(high) + ".");
            }
        } else {
            if (value == null) {
                throw new IllegalArgumentException("Figure \"" + phrase + "\" needs its number.");
            }
            if (low != null || high != null) {
                throw new IllegalArgumentException("Figure \"" + phrase + "\" states one number; only a range ("
                        + Qualifier.BETWEEN + ") has low and high bounds.");
            }
        }
        String unitName = unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (BigDecimal n : new BigDecimal[] {value, low, high}) {
            if (n != null && !unit.admits(n)) {
                throw new IllegalArgumentException("In \"" + phrase + "\" " + plain(n) + " is impossible for "
                        + unitName + ": it must be " + unit.describeRange() + ".");
            }
        }
        if (qualifier == Qualifier.MORE_THAN && unit.maximum() != null && value.compareTo(unit.maximum()) >= 0) {
            throw new IllegalArgumentException("\"" + phrase + "\" is impossible: nothing in " + unitName
                    + " is more than " + plain(unit.maximum()) + ".");
        }
        if (qualifier == Qualifier.FEWER_THAN && unit.minimum() != null && value.compareTo(unit.minimum()) <= 0) {
            throw new IllegalArgumentException("\"" + phrase + "\" is impossible: nothing in " + unitName
                    + " is fewer than " + plain(unit.minimum()) + ".");
        }
        this.phrase = phrase.strip();
        this.qualifier = qualifier;
        this.value = value;
        this.low = low;
        this.high = high;
        this.unit = unit;
    }

    public static Figure of(String phrase, Qualifier qualifier, BigDecimal value, Unit unit) {
        return new Figure(phrase, qualifier, value, null, null, unit);
    }

    public static Figure exact(String phrase, long value, Unit unit) {
        return of(phrase, Qualifier.EXACT, BigDecimal.valueOf(value), unit);
    }

    public static Figure between(String phrase, BigDecimal low, BigDecimal high, Unit unit) {
        return new Figure(phrase, Qualifier.BETWEEN, null, low, high, unit);
    }

    public static Figure between(String phrase, long low, long high, Unit unit) {
        return between(phrase, BigDecimal.valueOf(low), BigDecimal.valueOf(high), unit);
    }

    /** The interval of values this figure admits, "about" reaching as far as the given tolerance. */
    public Interval toInterval(Tolerance about) {
        return qualifier.toInterval(value, low, high, unit, about);
    }

    public String getPhrase() {
        return phrase;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    /** The stated value, or for a range its best estimate if one is given (may be {@code null}). */
    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getLow() {
        return low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public Unit getUnit() {
        return unit;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure that && phrase.equals(that.phrase) && qualifier == that.qualifier
                && sameNumber(value, that.value) && sameNumber(low, that.low) && sameNumber(high, that.high)
                && unit == that.unit;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, qualifier, unit);
    }

    @Override
    public String toString() {
        return phrase + " (" + qualifier + " " + (qualifier.isRange() ? plain(low) + "-" + plain(high) : plain(value))
                + " " + unit.symbol() + ")";
    }
}
