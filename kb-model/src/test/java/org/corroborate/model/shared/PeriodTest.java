package org.corroborate.model.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void asOfHoldsAtOneDateAndCoversItsCalendarDays() {
        Period period = Period.asOf(date("2023-08"));

        assertTrue(period.isAsOf());
        assertEquals(date("2023-08"), period.getStart());
        assertEquals(date("2023-08"), period.getEnd());
        assertEquals(LocalDate.of(2023, 8, 1), period.getFirstDay());
        assertEquals(LocalDate.of(2023, 8, 31), period.getLastDay());
        assertEquals("2023-08", period.toString());
    }

    @Test
    void betweenRunsFromTheFirstDayOfTheStartToTheLastDayOfTheEnd() {
        Period period = Period.between(date("2023-08"), date("2023-09"));

        assertFalse(period.isAsOf());
        assertEquals(date("2023-08"), period.getStart());
        assertEquals(date("2023-09"), period.getEnd());
        assertEquals(LocalDate.of(2023, 8, 1), period.getFirstDay());
        assertEquals(LocalDate.of(2023, 9, 30), period.getLastDay());
        assertEquals("2023-08/2023-09", period.toString());
    }

    @Test
    void betweenAcceptsEndsOfDifferentPrecision() {
        Period period = Period.between(date("1953"), date("2023-10-09"));

        assertEquals(LocalDate.of(1953, 1, 1), period.getFirstDay());
        assertEquals(LocalDate.of(2023, 10, 9), period.getLastDay());
        assertEquals("1953/2023-10-09", period.toString());
    }

    @Test
    void betweenWithEqualEndsIsAsOf() {
        Period period = Period.between(date("2023"), date("2023"));

        assertTrue(period.isAsOf());
        assertEquals(Period.asOf(date("2023")), period);
        assertEquals("2023", period.toString());
    }

    @ParameterizedTest(name = "{0} .. {1} is refused")
    @CsvSource({
            "2023-09,    2023-08",
            "2024,       2023",
            "2023-10-10, 2023-10-09",
            "2024-01,    2023-12-31",
    })
    void refusesAStartAfterTheEnd(String start, String end) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Period.between(date(start), date(end)));

        assertTrue(e.getMessage().contains("starts (" + start + ") after it ends (" + end + ")"), e::getMessage);
    }

    @Test
    void refusesAMissingStartOrEnd() {
        NullPointerException noStart = assertThrows(NullPointerException.class, () -> Period.between(null, date("2023")));
        NullPointerException noEnd = assertThrows(NullPointerException.class, () -> Period.between(date("2023"), null));
        NullPointerException noDate = assertThrows(NullPointerException.class, () -> Period.asOf(null));

        assertEquals("A period needs a start.", noStart.getMessage());
        assertEquals("A period needs an end.", noEnd.getMessage());
        assertEquals("A period needs a start.", noDate.getMessage());
    }

    /** Each period is written as its toString: "2023" for as-of, "2023-08/2023-09" for a span. */
    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource({
            "2023-08/2023-09,       2023-10-09,      false",
            "2023,                  2023-10-09,      true",
            "2023-08/2023-09,       2023-09-30,      true",
            "2023-08/2023-09,       2023-08-01,      true",
            "2023-08/2023-09,       2023-07-31,      false",
            "2023-08/2023-09,       2023-10,         false",
            "2023-08/2023-09,       2023-09/2023-12, true",
            "2023-01/2023-06-30,    2023-06-30/2023-12, true",
            "2023-01/2023-06,       2023-07/2023-12, false",
            "2022,                  2023,            false",
            "1953/2023,             2014,            true",
            "2023-10-09,            2023-10-09,      true",
            "2023-10-09,            2023-10-10,      false",
    })
    void overlapsWhenTheyShareACalendarDay(String first, String second, boolean expected) {
        Period a = period(first);
        Period b = period(second);

        assertEquals(expected, a.overlaps(b));
        assertEquals(expected, b.overlaps(a), "overlap must be symmetric");
    }

    @Test
    void augustToSeptemberDoesNotOverlapNinthOctoberAlthoughBothAre2023() {
        Period augustToSeptember = Period.between(date("2023-08"), date("2023-09"));
        Period ninthOctober = Period.asOf(date("2023-10-09"));

        assertFalse(augustToSeptember.overlaps(ninthOctober));
        assertTrue(Period.asOf(date("2023")).overlaps(ninthOctober));
    }

    @Test
    void periodsAreEqualWhenTheirEndsAreEqual() {
        assertEquals(Period.between(date("2023-08"), date("2023-09")), Period.between(date("2023-08"), date("2023-09")));
        assertEquals(Period.between(date("2023-08"), date("2023-09")).hashCode(),
                Period.between(date("2023-08"), date("2023-09")).hashCode());
        assertEquals(Period.asOf(date("2023")), Period.asOf(PartialDate.ofYear(2023)));
    }

    @Test
    void periodsCoveringTheSameDaysAtDifferentPrecisionAreNotEqual() {
        Period wholeYear = Period.asOf(date("2023"));
        Period januaryToDecember = Period.between(date("2023-01"), date("2023-12"));

        assertEquals(wholeYear.getFirstDay(), januaryToDecember.getFirstDay());
        assertEquals(wholeYear.getLastDay(), januaryToDecember.getLastDay());
        assertNotEquals(wholeYear, januaryToDecember);
    }

    @Test
    void asOfAndSpanWithTheSameStartAreNotEqual() {
        assertNotEquals(Period.asOf(date("2023-08")), Period.between(date("2023-08"), date("2023-09")));
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    private static Period period(String text) {
        String[] ends = text.split("/");
        return ends.length == 1 ? Period.asOf(date(ends[0])) : Period.between(date(ends[0]), date(ends[1]));
    }

    @Test
    void aSpanMayStartInsideItsLastYear() {
        Period rest = Period.between(PartialDate.parse("2023-10-09"), PartialDate.parse("2023"));
        assertEquals(java.time.LocalDate.of(2023, 10, 9), rest.getFirstDay());
        assertEquals(java.time.LocalDate.of(2023, 12, 31), rest.getLastDay());
    }
}
