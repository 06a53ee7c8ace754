package org.corroborate.model.claim;

import org.corroborate.model.measure.Measure;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Figure#toInterval}: what each {@link Qualifier} admits, and how figures compare through it. */
class FigureIntervalTest {

    private static final Tolerance DEFAULT_ABOUT = Tolerance.percent(Measure.DEFAULT_ABOUT_TOLERANCE_PERCENT);

    @Test
    void exactIsThePointItStates() {
        Interval interval = figure(Qualifier.EXACT, "31000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.point(n("31000")), interval);
        assertEquals("[31000, 31000]", interval.toString());
    }

    @Test
    void aboutReachesTenPercentByDefault() {
        Interval interval = figure(Qualifier.ABOUT, "30000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.closed(n("27000"), n("33000")), interval);
    }

    @ParameterizedTest(name = "about {0} with ±{1}% is [{2}, {3}]")
    @CsvSource({
            "200,   25,  150,   250",
            "1000,  2.5, 975,   1025",
            "30000, 0,   30000, 30000",
            "31000, 5,   29450, 32550",
            "3,     10,  2.7,   3.3",
    })
    void aboutReachesACustomTolerance(BigDecimal value, BigDecimal percent, BigDecimal low, BigDecimal high) {
        Interval interval = Figure.of("about " + value, Qualifier.ABOUT, value, Unit.PERSONS)
                .toInterval(Tolerance.percent(percent));

        assertEquals(Interval.closed(low, high), interval);
    }

    @Test
    void aboutWithFullToleranceReachesDownToZeroAndNoFurther() {
        Interval interval = figure(Qualifier.ABOUT, "5", Unit.PERSONS).toInterval(Tolerance.percent(100));

        assertEquals(Interval.closed(BigDecimal.ZERO, n("10")), interval);
    }

    @Test
    void aboutZeroIsZero() {
        assertEquals(Interval.point(BigDecimal.ZERO), figure(Qualifier.ABOUT, "0", Unit.PERSONS).toInterval(DEFAULT_ABOUT));
    }

    @ParameterizedTest(name = "about {0} percent with ±{1}% is [{2}, {3}]")
    @CsvSource({
            "95,  10,  85.5, 100",
            "100, 10,  90,   100",
            "60,  100, 0,    100",
            "50,  10,  45,   55",
    })
    void aboutAPercentageIsClampedToZeroToHundred(BigDecimal value, int percent, BigDecimal low, BigDecimal high) {
        Interval interval = Figure.of("about " + value + " percent", Qualifier.ABOUT, value, Unit.PERCENT)
                .toInterval(Tolerance.percent(percent));

        assertEquals(Interval.closed(low, high), interval);
    }

    @Test
    void atLeastIsClosedAtTheValueAndUnboundedAbove() {
        Interval interval = figure(Qualifier.AT_LEAST, "2500", Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals("[2500, ∞)", interval.toString());
        assertNull(interval.high());
        assertTrue(interval.contains(n("2500")));
        assertTrue(interval.contains(n("1000000000000")));
        assertFalse(interval.contains(n("2499.99")));
    }

    @Test
    void moreThanIsOpenAtTheValueAndUnboundedAbove() {
        Interval interval = figure(Qualifier.MORE_THAN, "30000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals("(30000, ∞)", interval.toString());
        assertTrue(interval.isLowOpen());
        assertNull(interval.high());
        assertFalse(interval.contains(n("30000")));
        assertTrue(interval.contains(n("30000.01")));
    }

    @Test
    void atLeastAPercentageIsCappedAtHundred() {
        Interval interval = figure(Qualifier.AT_LEAST, "60", Unit.PERCENT).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.closed(n("60"), n("100")), interval);
    }

    @Test
    void moreThanAPercentageIsOpenAtTheValueAndCappedAtHundred() {
        Interval interval = figure(Qualifier.MORE_THAN, "60", Unit.PERCENT).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.of(n("60"), true, n("100"), false), interval);
        assertEquals("(60, 100]", interval.toString());
    }

    @ParameterizedTest(name = "{0} 120,000 is [0, 120000]")
    @EnumSource(value = Qualifier.class, names = {"AT_MOST", "UP_TO"})
    void upToCountStartsAtZero(Qualifier qualifier) {
        Interval interval = figure(qualifier, "120000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.closed(BigDecimal.ZERO, n("120000")), interval);
        assertTrue(interval.contains(BigDecimal.ZERO));
        assertTrue(interval.contains(n("120000")));
    }

    @Test
    void upToZeroIsZero() {
        assertEquals(Interval.point(BigDecimal.ZERO), figure(Qualifier.UP_TO, "0", Unit.ITEMS).toInterval(DEFAULT_ABOUT));
    }

    @Test
    void fewerThanStartsAtZeroAndIsOpenAtTheTop() {
        Interval interval = figure(Qualifier.FEWER_THAN, "100", Unit.ITEMS).toInterval(DEFAULT_ABOUT);

        assertEquals("[0, 100)", interval.toString());
        assertTrue(interval.isHighOpen());
        assertFalse(interval.contains(n("100")));
        assertTrue(interval.contains(n("99.9")));
    }

    @Test
    void betweenIsClosedAtBothBounds() {
        Interval interval = Figure.between("80,000 to 120,000", 80000, 120000, Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertEquals(Interval.closed(n("80000"), n("120000")), interval);
        assertEquals("[80000, 120000]", interval.toString());
    }

    @Test
    void betweenIgnoresTheBestEstimate() {
        Figure withEstimate = new Figure("50,000 to 200,000, likely 100,000", Qualifier.BETWEEN,
                n("100000"), n("50000"), n("200000"), Unit.PERSONS);

        assertEquals(Interval.closed(n("50000"), n("200000")), withEstimate.toInterval(DEFAULT_ABOUT));
    }

    @ParameterizedTest(name = "{0} does not depend on the tolerance")
    @EnumSource(value = Qualifier.class, names = "ABOUT", mode = EnumSource.Mode.EXCLUDE)
    void onlyAboutDependsOnTheTolerance(Qualifier qualifier) {
        Figure figure = qualifier.isRange()
                ? Figure.between("40 to 60", 40, 60, Unit.PERSONS)
                : figure(qualifier, "50", Unit.PERSONS);

        assertEquals(figure.toInterval(Tolerance.percent(0)), figure.toInterval(Tolerance.percent(100)));
    }

    @ParameterizedTest(name = "{0} percent stays within 0-100")
    @EnumSource(Qualifier.class)
    void everyPercentageIntervalIsBoundedByZeroAndHundred(Qualifier qualifier) {
        Figure figure = qualifier.isRange()
                ? Figure.between("40 to 60 percent", 40, 60, Unit.PERCENT)
                : figure(qualifier, "50", Unit.PERCENT);

        Interval interval = figure.toInterval(Tolerance.percent(100));

        assertNotNull(interval.low());
        assertNotNull(interval.high());
        assertTrue(interval.low().signum() >= 0, interval::toString);
        assertTrue(interval.high().compareTo(n("100")) <= 0, interval::toString);
    }

    // The examples the domain was designed around.

    @Test
    void eightyToHundredTwentyThousandOverlapsUpToHundredTwentyThousand() {
        Figure range = Figure.between("80,000 to 120,000", 80000, 120000, Unit.PERSONS);
        Figure upTo = figure(Qualifier.UP_TO, "120000", Unit.PERSONS);

        assertTrue(range.toInterval(DEFAULT_ABOUT).overlaps(upTo.toInterval(DEFAULT_ABOUT)));
    }

    @Test
    void twentyFourMillionExactDoesNotOverlapTwentyFiveMillionExact() {
        Figure twentyFour = Figure.exact("24 million", 24_000_000, Unit.PERSONS);
        Figure twentyFive = Figure.exact("25 million", 25_000_000, Unit.PERSONS);

        assertFalse(twentyFour.toInterval(DEFAULT_ABOUT).overlaps(twentyFive.toInterval(DEFAULT_ABOUT)));
    }

    @Test
    void aboutThirtyThousandOverlapsThirtyOneThousand() {
        Figure about = figure(Qualifier.ABOUT, "30000", Unit.PERSONS);
        Figure exact = Figure.exact("31,000", 31000, Unit.PERSONS);

        assertTrue(about.toInterval(DEFAULT_ABOUT).overlaps(exact.toInterval(DEFAULT_ABOUT)));
    }

    @Test
    void aboutThirtyThousandReachesThirtyFourThousandOnlyWithAWiderTolerance() {
        Figure about = figure(Qualifier.ABOUT, "30000", Unit.PERSONS);
        Interval thirtyFour = Figure.exact("34,000", 34000, Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertFalse(about.toInterval(DEFAULT_ABOUT).overlaps(thirtyFour));
        assertTrue(about.toInterval(Tolerance.percent(15)).overlaps(thirtyFour));
    }

    @Test
    void moreThanThirtyThousandDoesNotOverlapExactlyThirtyThousand() {
        Interval moreThan = figure(Qualifier.MORE_THAN, "30000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);
        Interval atLeast = figure(Qualifier.AT_LEAST, "30000", Unit.PERSONS).toInterval(DEFAULT_ABOUT);
        Interval exact = Figure.exact("30,000", 30000, Unit.PERSONS).toInterval(DEFAULT_ABOUT);

        assertFalse(moreThan.overlaps(exact));
        assertTrue(atLeast.overlaps(exact));
    }

    @Test
    void fewerThanHundredDoesNotOverlapAtLeastHundred() {
        Interval fewerThan = figure(Qualifier.FEWER_THAN, "100", Unit.ITEMS).toInterval(DEFAULT_ABOUT);
        Interval atLeast = figure(Qualifier.AT_LEAST, "100", Unit.ITEMS).toInterval(DEFAULT_ABOUT);
        Interval atMost = figure(Qualifier.AT_MOST, "100", Unit.ITEMS).toInterval(DEFAULT_ABOUT);

        assertFalse(fewerThan.overlaps(atLeast));
        assertTrue(atMost.overlaps(atLeast));
    }

    private static Figure figure(Qualifier qualifier, String value, Unit unit) {
        return Figure.of(qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + value, qualifier, n(value), unit);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }
}
