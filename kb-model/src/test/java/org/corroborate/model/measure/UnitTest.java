package org.corroborate.model.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitTest {

    @ParameterizedTest(name = "{0} percent is admitted: {1}")
    @CsvSource({
            "0,       true",
            "55.5,    true",
            "100,     true",
            "100.000, true",
            "100.01,  false",
            "-0.01,   false",
    })
    void aPercentageLiesBetweenZeroAndHundred(BigDecimal value, boolean admitted) {
        assertEquals(admitted, Unit.PERCENT.admits(value));
    }

    @ParameterizedTest(name = "{0} admits no negative number and has no maximum")
    @EnumSource(value = Unit.class, names = "PERCENT", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherUnitStartsAtZeroAndIsUnboundedAbove(Unit unit) {
        assertEquals(0, unit.minimum().signum());
        assertNull(unit.maximum());
        assertTrue(unit.admits(BigDecimal.ZERO));
        assertTrue(unit.admits(new BigDecimal("1E+15")));
        assertFalse(unit.admits(new BigDecimal("-1")));
        assertEquals("at least 0", unit.describeRange());
    }

    @Test
    void describesThePercentRangeInWords() {
        assertEquals("between 0 and 100", Unit.PERCENT.describeRange());
    }

    @Test
    void hasTheSymbolsShownNextToFigures() {
        assertEquals("%", Unit.PERCENT.symbol());
        assertEquals("persons", Unit.PERSONS.symbol());
        assertEquals("KRW", Unit.SOUTH_KOREAN_WON.symbol());
    }
}
