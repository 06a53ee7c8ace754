package org.corroborate.model.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocatorTest {

    @ParameterizedTest(name = "value \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesABlankValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Locator(LocatorType.PAGE, value));

        assertEquals("A page locator needs a value.", e.getMessage());
    }

    @Test
    void refusesAMissingType() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Locator(null, "12"));

        assertTrue(e.getMessage().startsWith("A locator needs a type"), e::getMessage);
    }

    @Test
    void refusesAValueLongerThanTheLimit() {
        String tooLong = "1".repeat(Locator.MAX_VALUE_LENGTH + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Locator(LocatorType.SECTION, tooLong));

        assertEquals("A locator is at most " + Locator.MAX_VALUE_LENGTH + " characters.", e.getMessage());
    }

    @Test
    void acceptsAValueOfExactlyTheLimitOnceStripped() {
        String longest = "1".repeat(Locator.MAX_VALUE_LENGTH);

        assertEquals(longest, new Locator(LocatorType.LINE, "  " + longest + "  ").getValue());
    }

    @Test
    void stripsTheValue() {
        Locator locator = new Locator(LocatorType.PAGE, "  12-14 ");

        assertEquals("12-14", locator.getValue());
        assertEquals(LocatorType.PAGE, locator.getType());
    }

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource({
            "PAGE,      12,       page 12",
            "PARAGRAPH, 4,        paragraph 4",
            "FOOTNOTE,  31,       note 31",
            "TIMESTAMP, 00:14:05, timestamp 00:14:05",
    })
    void toStringUsesTheCslLabel(LocatorType type, String value, String expected) {
        assertEquals(expected, new Locator(type, value).toString());
    }

    @Test
    void locatorsAreEqualByTypeAndValue() {
        assertEquals(new Locator(LocatorType.PAGE, "12"), new Locator(LocatorType.PAGE, " 12 "));
        assertEquals(new Locator(LocatorType.PAGE, "12").hashCode(), new Locator(LocatorType.PAGE, " 12 ").hashCode());
        assertNotEquals(new Locator(LocatorType.PAGE, "12"), new Locator(LocatorType.PARAGRAPH, "12"));
        assertNotEquals(new Locator(LocatorType.PAGE, "12"), new Locator(LocatorType.PAGE, "13"));
    }
}
