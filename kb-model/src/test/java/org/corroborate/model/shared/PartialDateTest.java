package org.corroborate.model.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @ParameterizedTest(name = "\"{0}\" has precision {1}")
    @CsvSource({
            "2014,       YEAR,  2014,   ,   ",
            "2023-08,    MONTH, 2023,  8,   ",
            "2023-10-09, DAY,   2023, 10,  9",
            "0001-01-01, DAY,      1,  1,  1",
            "9999-12,    MONTH, 9999, 12,   ",
    })
    void parsesEachIsoFormWithItsPrecision(String text, DatePrecision precision, int year, Integer month, Integer day) {
        PartialDate date = PartialDate.parse(text);

        assertEquals(precision, date.precision());
        assertEquals(year, date.year());
        assertEquals(month, date.month());
        assertEquals(day, date.day());
    }

    @Test
    void yearPrecisionHasNeitherMonthNorDay() {
        PartialDate date = PartialDate.parse("2014");

        assertNull(date.month());
        assertNull(date.day());
    }

    @Test
    void parseIgnoresSurroundingWhitespace() {
        assertEquals(PartialDate.ofMonth(2023, 8), PartialDate.parse("  2023-08 "));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "2023-13    | Month 13 is not between 1 and 12",
            "2023-00    | Month 0 is not between 1 and 12",
            "2023-02-30 | 2023-02-30 is not a calendar date",
            "2023-02-29 | 2023-02-29 is not a calendar date",
            "1900-02-29 | 1900-02-29 is not a calendar date",
            "2023-04-31 | 2023-04-31 is not a calendar date",
            "2023-01-00 | 2023-01-00 is not a calendar date",
            "0000       | Year 0 is outside 1-9999",
            "23         | \"23\" is not a date",
            "2023/08    | \"2023/08\" is not a date",
            "2023-8     | \"2023-8\" is not a date",
            "2023-08-9  | \"2023-08-9\" is not a date",
            "20230809   | \"20230809\" is not a date",
            "August 2023 | \"August 2023\" is not a date",
            "2023-08-09T10:00 | \"2023-08-09T10:00\" is not a date",
    })
    void rejectsTextThatIsNotAnIsoDate(String text, String expectedMessage) {
        assertRefused(() -> PartialDate.parse(text), expectedMessage);
    }

    @ParameterizedTest(name = "blank \"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "\t"})
    void rejectsBlankText(String blank) {
        assertRefused(() -> PartialDate.parse(blank), "is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void rejectsNullText() {
        assertThrows(NullPointerException.class, () -> PartialDate.parse(null));
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02-29").firstDay());
        assertEquals(LocalDate.of(2000, 2, 29), PartialDate.parse("2000-02-29").firstDay());
    }

    @Test
    void factoriesApplyTheSameRules() {
        assertRefused(() -> PartialDate.ofDay(2023, 2, 30), "2023-02-30 is not a calendar date");
        assertRefused(() -> PartialDate.ofMonth(2023, 13), "Month 13");
        assertRefused(() -> PartialDate.ofYear(10000), "Year 10000 is outside 1-9999");
        assertRefused(() -> PartialDate.ofYear(0), "Year 0 is outside 1-9999");
    }

    @Test
    void ofLocalDateHasDayPrecision() {
        PartialDate date = PartialDate.of(LocalDate.of(2023, 10, 9));

        assertEquals(DatePrecision.DAY, date.precision());
        assertEquals(PartialDate.parse("2023-10-09"), date);
    }

    @ParameterizedTest(name = "\"{0}\" runs from {1} to {2}")
    @CsvSource({
            "2023,       2023-01-01, 2023-12-31",
            "2024,       2024-01-01, 2024-12-31",
            "2023-08,    2023-08-01, 2023-08-31",
            "2023-09,    2023-09-01, 2023-09-30",
            "2023-02,    2023-02-01, 2023-02-28",
            "2024-02,    2024-02-01, 2024-02-29",
            "2000-02,    2000-02-01, 2000-02-29",
            "1900-02,    1900-02-01, 1900-02-28",
            "2023-10-09, 2023-10-09, 2023-10-09",
            "2024-02-29, 2024-02-29, 2024-02-29",
    })
    void coversTheCalendarDaysOfItsPrecision(String text, LocalDate firstDay, LocalDate lastDay) {
        PartialDate date = PartialDate.parse(text);

        assertEquals(firstDay, date.firstDay());
        assertEquals(lastDay, date.lastDay());
    }

    @ParameterizedTest(name = "\"{0}\" survives toString and parse")
    @ValueSource(strings = {"2014", "2023-08", "2023-10-09", "0001", "0800-01", "9999-12-31", "2024-02-29"})
    void toStringIsTheIsoTextItWasParsedFrom(String text) {
        PartialDate date = PartialDate.parse(text);

        assertEquals(text, date.toString());
        assertEquals(date, PartialDate.parse(date.toString()));
    }

    @Test
    void toStringPadsYearMonthAndDayWithZeros() {
        assertEquals("0800", PartialDate.ofYear(800).toString());
        assertEquals("2023-08", PartialDate.ofMonth(2023, 8).toString());
        assertEquals("2023-01-05", PartialDate.ofDay(2023, 1, 5).toString());
    }

    @Test
    void equalDatesHaveTheSamePrecision() {
        assertEquals(PartialDate.ofMonth(2023, 8), PartialDate.parse("2023-08"));
        assertEquals(PartialDate.ofMonth(2023, 8).hashCode(), PartialDate.parse("2023-08").hashCode());
        assertNotEquals(PartialDate.parse("2023-08"), PartialDate.parse("2023-08-01"));
        assertNotEquals(PartialDate.parse("2023"), PartialDate.parse("2023-01"));
    }

    @Test
    void sortsByFirstDayThenByLastDay() {
        List<PartialDate> dates = Stream.of("2023-10-09", "2023-02", "2023", "2022-12-31", "2023-01", "2023-01-01")
                .map(PartialDate::parse)
                .collect(Collectors.toCollection(ArrayList::new));

        Collections.sort(dates);

        assertEquals(List.of("2022-12-31", "2023-01-01", "2023-01", "2023", "2023-02", "2023-10-09"),
                dates.stream().map(PartialDate::toString).collect(Collectors.toList()));
    }

    @Test
    void sameStartSortsTheNarrowerDateFirst() {
        assertTrue(PartialDate.parse("2023-01").compareTo(PartialDate.parse("2023")) < 0);
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01")) > 0);
    }

    @Test
    void comparesEqualOnlyToAnEqualDate() {
        assertEquals(0, PartialDate.parse("2023-08").compareTo(PartialDate.ofMonth(2023, 8)));
        assertNotEquals(0, PartialDate.parse("2023-08").compareTo(PartialDate.parse("2023-08-01")));
    }

    private static void assertRefused(Executable action, String expectedMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expectedMessage),
                () -> "message \"" + e.getMessage() + "\" should contain \"" + expectedMessage + "\"");
    }

    @Test
    void writesAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertEquals("2023-10-09", PartialDate.ofDay(2023, 10, 9).toString());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
