package org.corroborate.model.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intervals are written in the notation of {@link Interval#toString()}: "[1, 5)", "(-∞, 3]", "(30000, ∞)". */
class IntervalTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "[1, 5]    | 1     | true",
            "[1, 5]    | 5     | true",
            "[1, 5]    | 3.5   | true",
            "[1, 5]    | 0.999 | false",
            "[1, 5]    | 5.001 | false",
            "(1, 5)    | 1     | false",
            "(1, 5)    | 5     | false",
            "(1, 5)    | 1.001 | true",
            "[1, 5)    | 5     | false",
            "(1, 5]    | 5     | true",
            "(-∞, 5]   | -1000000000 | true",
            "(-∞, 5)   | 5     | false",
            "[0, ∞)    | 1000000000000 | true",
            "(0, ∞)    | 0     | false",
            "(-∞, ∞)   | -7    | true",
            "[7, 7]    | 7     | true",
            "[7, 7]    | 7.0001 | false",
    })
    void containsNumbersBetweenItsBounds(String interval, BigDecimal x, boolean expected) {
        assertEquals(expected, interval(interval).contains(x));
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "[1, 5]    | [5, 9]    | true",
            "[1, 5)    | [5, 9]    | false",
            "[1, 5]    | (5, 9]    | false",
            "[1, 5)    | (5, 9]    | false",
            "[1, 5]    | [6, 9]    | false",
            "[1, 5]    | [2, 3]    | true",
            "(1, 5)    | [2, 3]    | true",
            "[1, 5]    | [0, 9]    | true",
            "[1, 5]    | [3, 9]    | true",
            "(-∞, 5]   | [5, ∞)    | true",
            "(-∞, 5)   | [5, ∞)    | false",
            "(-∞, 5]   | (5, ∞)    | false",
            "(-∞, ∞)   | [7, 7]    | true",
            "(-∞, 0]   | (-∞, -3]  | true",
            "[3, ∞)    | [100, ∞)  | true",
            "[3, ∞)    | [1, 2]    | false",
            "[3, ∞)    | [1, 3)    | false",
            "[3, ∞)    | [1, 3]    | true",
            "[7, 7]    | [7, 7]    | true",
            "[7, 7]    | [7, 8)    | true",
            "[7, 7]    | (7, 8)    | false",
    })
    void overlapsWhenSomeNumberLiesInBoth(String first, String second, boolean expected) {
        Interval a = interval(first);
        Interval b = interval(second);

        assertEquals(expected, a.overlaps(b));
        assertEquals(expected, b.overlaps(a), "overlap must be symmetric");
    }

    @Test
    void refusesALowBoundAboveTheHighBound() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Interval.closed(BigDecimal.valueOf(5), BigDecimal.ONE));

        assertEquals("Empty interval: low 5 is not below high 1.", e.getMessage());
    }

    @ParameterizedTest(name = "[5, 5] with low open {0} and high open {1} is refused")
    @CsvSource({"true, false", "false, true", "true, true"})
    void refusesAnEmptyIntervalAtOnePoint(boolean lowOpen, boolean highOpen) {
        BigDecimal five = BigDecimal.valueOf(5);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Interval.of(five, lowOpen, five, highOpen));

        assertTrue(e.getMessage().startsWith("Empty interval"), e::getMessage);
    }

    @Test
    void aPointIsTheClosedIntervalFromTheValueToItself() {
        Interval point = Interval.point(new BigDecimal("31000"));

        assertEquals(Interval.closed(new BigDecimal("31000"), new BigDecimal("31000")), point);
        assertTrue(point.isBounded());
        assertFalse(point.isLowOpen());
        assertFalse(point.isHighOpen());
        assertEquals("[31000, 31000]", point.toString());
    }

    @Test
    void aPointNeedsAValue() {
        assertThrows(NullPointerException.class, () -> Interval.point(null));
    }

    @Test
    void anUnboundedSideIsNeverOpenOrClosed() {
        Interval belowFive = Interval.of(null, false, BigDecimal.valueOf(5), false);
        Interval aboveFive = Interval.of(BigDecimal.valueOf(5), true, null, false);

        assertNull(belowFive.low());
        assertFalse(belowFive.isLowOpen());
        assertFalse(belowFive.isBounded());
        assertNull(aboveFive.high());
        assertFalse(aboveFive.isHighOpen());
        assertEquals(Interval.of(null, true, BigDecimal.valueOf(5), false), belowFive);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[80000, 120000]",
            "(30000, ∞)",
            "[0, 100)",
            "(-∞, 5]",
            "(-∞, ∞)",
            "[1.5, 2]",
    })
    void toStringUsesMathematicalNotation(String notation) {
        assertEquals(notation, interval(notation).toString());
    }

    @Test
    void toStringDropsTrailingZerosAndNeverUsesExponents() {
        Interval interval = Interval.closed(new BigDecimal("1.50"), new BigDecimal("1.2E+5"));

        assertEquals("[1.5, 120000]", interval.toString());
    }

    @Test
    void equalityIgnoresTheScaleOfTheBounds() {
        Interval a = Interval.closed(new BigDecimal("1.0"), new BigDecimal("100"));
        Interval b = Interval.closed(BigDecimal.ONE, new BigDecimal("100.00"));

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equalityDependsOnWhetherEachEndIsOpen() {
        assertNotEquals(interval("[1, 5]"), interval("[1, 5)"));
        assertNotEquals(interval("[1, 5]"), interval("(1, 5]"));
        assertNotEquals(interval("[1, 5]"), interval("[1, ∞)"));
    }

    /** Reads the notation of {@link Interval#toString()}. */
    private static Interval interval(String notation) {
        String text = notation.strip();
        boolean lowOpen = text.charAt(0) == '(';
        boolean highOpen = text.charAt(text.length() - 1) == ')';
        String[] bounds = text.substring(1, text.length() - 1).split(",");
        return Interval.of(bound(bounds[0]), lowOpen, bound(bounds[1]), highOpen);
    }

    private static BigDecimal bound(String text) {
        String t = text.strip();
        return t.equals("-∞") || t.equals("∞") ? null : new BigDecimal(t);
    }
}
