package org.corroborate.model.claim;

import org.corroborate.model.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants a {@link Figure} enforces at construction; its intervals are in {@link FigureIntervalTest}. */
class FigureTest {

    @Test
    void acceptsSeventyToNinetyPercent() {
        Figure figure = Figure.between("70 to 90 percent", 70, 90, Unit.PERCENT);

        assertEquals(Qualifier.BETWEEN, figure.getQualifier());
        assertEquals(0, figure.getLow().compareTo(n("70")));
        assertEquals(0, figure.getHigh().compareTo(n("90")));
        assertNull(figure.getValue());
        assertEquals(Unit.PERCENT, figure.getUnit());
        assertEquals("70 to 90 percent", figure.getPhrase());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "up to 120,000                | UP_TO      | 120000 | PERSONS",
            "about 31,000                 | ABOUT      | 31000  | PERSONS",
            "at least 2,500               | AT_LEAST   | 2500   | PERSONS",
            "more than 30,000             | MORE_THAN  | 30000  | PERSONS",
            "at most 5,000 tonnes         | AT_MOST    | 5000   | TONNES",
            "fewer than 100 camps         | FEWER_THAN | 100    | ITEMS",
            "24 million                   | EXACT      | 24000000 | PERSONS",
            "no one                       | EXACT      | 0      | PERSONS",
            "every one of them            | EXACT      | 100    | PERCENT",
            "0.5 percent                  | ABOUT      | 0.5    | PERCENT",
    })
    void acceptsASingleValueFigureThatCanBeTrue(String phrase, Qualifier qualifier, BigDecimal value, Unit unit) {
        Figure figure = Figure.of(phrase, qualifier, value, unit);

        assertEquals(qualifier, figure.getQualifier());
        assertEquals(0, figure.getValue().compareTo(value));
        assertNull(figure.getLow());
        assertNull(figure.getHigh());
    }

    @Test
    void acceptsARangeWithABestEstimateInside() {
        Figure figure = new Figure("between 50,000 and 200,000, most likely 100,000", Qualifier.BETWEEN,
                n("100000"), n("50000"), n("200000"), Unit.PERSONS);

        assertEquals(0, figure.getValue().compareTo(n("100000")));
    }

    @ParameterizedTest(name = "best estimate {0} on a bound of 50000-200000")
    @ValueSource(strings = {"50000", "200000"})
    void acceptsABestEstimateOnABound(BigDecimal estimate) {
        Figure figure = new Figure("50,000 to 200,000", Qualifier.BETWEEN, estimate, n("50000"), n("200000"), Unit.PERSONS);

        assertEquals(0, figure.getValue().compareTo(estimate));
    }

    @Test
    void acceptsARangeWhoseBoundsAreEqual() {
        Figure figure = Figure.between("exactly 40 to 40", 40, 40, Unit.ITEMS);

        assertEquals(0, figure.getLow().compareTo(figure.getHigh()));
    }

    @Test
    void stripsThePhrase() {
        assertEquals("about 31,000", Figure.exact("  about 31,000 \n", 31000, Unit.PERSONS).getPhrase());
    }

    @Test
    void rejectsRangeWhoseLowExceedsHigh() {
        assertRefused(() -> Figure.between("90 to 70 percent", 90, 70, Unit.PERCENT),
                "In \"90 to 70 percent\" the low bound 90 is above the high bound 70.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "101 percent       | EXACT   | 101    |        |      | 101",
            "100.5 percent     | ABOUT   | 100.5  |        |      | 100.5",
            "minus 1 percent   | EXACT   | -1     |        |      | -1",
            "-5 to 10 percent  | BETWEEN |        | -5     | 10   | -5",
            "90 to 101 percent | BETWEEN |        | 90     | 101  | 101",
            "10 to 200 percent | BETWEEN | 50     | 10     | 200  | 200",
    })
    void rejectsPercentageOutsideZeroToHundred(String phrase, Qualifier qualifier, BigDecimal value,
                                               BigDecimal low, BigDecimal high, String offending) {
        assertRefused(() -> new Figure(phrase, qualifier, value, low, high, Unit.PERCENT),
                offending + " is impossible for percent: it must be between 0 and 100.");
    }

    @Test
    void rejectsNegativeCountOfPersons() {
        assertRefused(() -> Figure.exact("minus 3 defectors", -3, Unit.PERSONS),
                "-3 is impossible for persons: it must be at least 0.");
    }

    @Test
    void rejectsANegativeLowBoundOfARange() {
        assertRefused(() -> Figure.between("-10 to 10", -10, 10, Unit.PERSONS),
                "-10 is impossible for persons");
    }

    @Test
    void rejectsMissingUnit() {
        assertRefused(() -> Figure.of("about 31,000", Qualifier.ABOUT, n("31000"), null),
                "Figure \"about 31,000\" needs a unit.");
    }

    @Test
    void rejectsMissingQualifier() {
        assertRefused(() -> Figure.of("31,000", null, n("31000"), Unit.PERSONS),
                "Figure \"31,000\" needs a qualifier");
    }

    @ParameterizedTest(name = "phrase \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsBlankPhrase(String phrase) {
        assertRefused(() -> Figure.exact(phrase, 31000, Unit.PERSONS), "A figure needs the phrase its source uses");
    }

    @Test
    void rejectsAPhraseLongerThanTheLimit() {
        String tooLong = "x".repeat(Figure.MAX_PHRASE_LENGTH + 1);

        assertRefused(() -> Figure.exact(tooLong, 1, Unit.ITEMS), "longer than " + Figure.MAX_PHRASE_LENGTH + " characters");
    }

    @Test
    void acceptsAPhraseOfExactlyTheLimit() {
        String longest = "x".repeat(Figure.MAX_PHRASE_LENGTH);

        assertEquals(longest, Figure.exact(longest, 1, Unit.ITEMS).getPhrase());
    }

    @ParameterizedTest(name = "{0} with bounds is refused")
    @EnumSource(value = Qualifier.class, names = "BETWEEN", mode = EnumSource.Mode.EXCLUDE)
    void rejectsASingleValueQualifierWithBounds(Qualifier qualifier) {
        assertRefused(() -> new Figure("31,000", qualifier, n("31000"), n("30000"), n("32000"), Unit.PERSONS),
                "states one number; only a range (BETWEEN) has low and high bounds");
        assertRefused(() -> new Figure("31,000", qualifier, n("31000"), n("30000"), null, Unit.PERSONS),
                "only a range (BETWEEN) has low and high bounds");
        assertRefused(() -> new Figure("31,000", qualifier, n("31000"), null, n("32000"), Unit.PERSONS),
                "only a range (BETWEEN) has low and high bounds");
    }

    @ParameterizedTest(name = "{0} without a value is refused")
    @EnumSource(value = Qualifier.class, names = "BETWEEN", mode = EnumSource.Mode.EXCLUDE)
    void rejectsASingleValueQualifierWithoutItsNumber(Qualifier qualifier) {
        assertRefused(() -> Figure.of("many", qualifier, null, Unit.PERSONS), "Figure \"many\" needs its number.");
    }

    @ParameterizedTest(name = "range with low {0} and high {1} is refused")
    @CsvSource({
            ",      200000",
            "50000, ",
            ",      ",
    })
    void rejectsARangeWithoutBothBounds(BigDecimal low, BigDecimal high) {
        assertRefused(() -> Figure.between("50,000 to 200,000", low, high, Unit.PERSONS),
                "Range \"50,000 to 200,000\" needs both a low and a high bound.");
    }

    @ParameterizedTest(name = "best estimate {0} outside 50000-200000 is refused")
    @ValueSource(strings = {"49999", "250000"})
    void rejectsABestEstimateOutsideTheRange(String estimate) {
        assertRefused(() -> new Figure("50,000 to 200,000", Qualifier.BETWEEN, n(estimate), n("50000"), n("200000"), Unit.PERSONS),
                "the best estimate " + estimate + " lies outside 50000-200000.");
    }

    @Test
    void onlyBetweenIsARange() {
        for (Qualifier qualifier : Qualifier.values()) {
            assertEquals(qualifier == Qualifier.BETWEEN, qualifier.isRange(), qualifier::name);
        }
    }

    @Test
    void figuresAreEqualRegardlessOfTheScaleOfTheirNumbers() {
        Figure a = Figure.of("31,000", Qualifier.EXACT, n("31000"), Unit.PERSONS);
        Figure b = Figure.of("31,000", Qualifier.EXACT, n("31000.00"), Unit.PERSONS);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void figuresDifferingInQualifierOrUnitAreNotEqual() {
        Figure exact = Figure.of("31,000", Qualifier.EXACT, n("31000"), Unit.PERSONS);

        assertNotEquals(exact, Figure.of("31,000", Qualifier.ABOUT, n("31000"), Unit.PERSONS));
        assertNotEquals(exact, Figure.of("31,000", Qualifier.EXACT, n("31000"), Unit.ITEMS));
        assertNotEquals(exact, Figure.of("31,000", Qualifier.EXACT, n("31001"), Unit.PERSONS));
    }

    @Test
    void toStringShowsPhraseQualifierNumbersAndUnit() {
        assertEquals("70 to 90 percent (BETWEEN 70-90 %)", Figure.between("70 to 90 percent", 70, 90, Unit.PERCENT).toString());
        assertEquals("up to 120,000 (UP_TO 120000 persons)",
                Figure.of("up to 120,000", Qualifier.UP_TO, n("120000.000"), Unit.PERSONS).toString());
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    private static void assertRefused(Executable action, String expectedMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expectedMessage),
                () -> "message \"" + e.getMessage() + "\" should contain \"" + expectedMessage + "\"");
    }

    @Test
    void refusesMoreThanTheWholeOfAPercentage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figure.of("more than 100 percent", Qualifier.MORE_THAN, n("100"), Unit.PERCENT));
        assertTrue(e.getMessage().contains("more than 100"), e.getMessage());
    }

    @Test
    void refusesFewerThanNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figure.of("fewer than 0 people", Qualifier.FEWER_THAN, n("0"), Unit.PERSONS));
        assertTrue(e.getMessage().contains("fewer than 0"), e.getMessage());
    }
}
