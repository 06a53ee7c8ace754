package org.corroborate.model.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToleranceTest {

    @ParameterizedTest(name = "{0}% is refused")
    @ValueSource(strings = {"-1", "-0.01", "100.01", "101", "1000"})
    void refusesAToleranceOutsideZeroToHundredPercent(BigDecimal percent) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.percent(percent));

        assertEquals("A tolerance must be between 0 and 100 percent, not " + percent + ".", e.getMessage());
    }

    @Test
    void refusesNegativeWholePercent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.percent(-5));

        assertTrue(e.getMessage().contains("not -5"), e::getMessage);
    }

    @Test
    void refusesAMissingPercentage() {
        assertThrows(NullPointerException.class, () -> Tolerance.percent((BigDecimal) null));
    }

    @ParameterizedTest(name = "{0}% is accepted")
    @ValueSource(strings = {"0", "10", "12.5", "100", "100.00"})
    void acceptsZeroToHundredPercentInclusive(BigDecimal percent) {
        assertEquals(0, Tolerance.percent(percent).percent().compareTo(percent));
    }

    @Test
    void reachesItsPercentageAsAFraction() {
        assertEquals(0, Tolerance.percent(10).fraction().compareTo(new BigDecimal("0.1")));
        assertEquals(0, Tolerance.percent(new BigDecimal("12.5")).fraction().compareTo(new BigDecimal("0.125")));
    }

    @Test
    void tolerancesAreEqualRegardlessOfScale() {
        Tolerance ten = Tolerance.percent(10);
        Tolerance tenPointZero = Tolerance.percent(new BigDecimal("10.00"));

        assertEquals(ten, tenPointZero);
        assertEquals(ten.hashCode(), tenPointZero.hashCode());
        assertNotEquals(ten, Tolerance.percent(11));
    }

    @Test
    void toStringShowsThePlusMinusPercentage() {
        assertEquals("±10%", Tolerance.percent(new BigDecimal("10.00")).toString());
        assertEquals("±12.5%", Tolerance.percent(new BigDecimal("12.50")).toString());
    }
}
