package org.corroborate.model.crossref;

import org.corroborate.model.claim.Figure;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairs of concrete figures, most of them from the demo articles, and what cross-referencing makes of them. */
class PairJudgeTest {

    private static long nextId = 1;

    /** A claim's facts with sensible defaults: persons, a stock, its own source, no population. */
    private static Builder claim(Figure figure) {
        return new Builder(figure);
    }

    private static final class Builder {
        private final Figure figure;
        private int tolerance = 10;
        private String population;
        private Period period = Period.asOf(PartialDate.parse("2017"));
        private MeasureKind kind = MeasureKind.STOCK;
        private List<Passage> passages;
        private String publisher;
        private Long sourceId;
        private LocalDate issued;
        private Set<Long> origins;
        private final long id = nextId++;

        Builder(Figure figure) {
            this.figure = figure;
            this.sourceId = 1000 + id;
        }

        Builder tolerance(int percent) { tolerance = percent; return this; }
        Builder population(String p) { population = p; return this; }
        Builder period(String asOf) { period = asOf == null ? null : Period.asOf(PartialDate.parse(asOf)); return this; }
        Builder span(String from, String to) { period = Period.between(PartialDate.parse(from), PartialDate.parse(to)); return this; }
        Builder kind(MeasureKind k) { kind = k; return this; }
        Builder source(long id, String quote) { sourceId = id; passages = List.of(Passage.of(id, quote, null)); return this; }
        Builder publisher(String p, String issuedOn) { publisher = p; issued = LocalDate.parse(issuedOn); return this; }
        Builder origins(Long... ids) { origins = Set.of(ids); return this; }

        ClaimFacts build() {
            return new ClaimFacts(id, figure, figure == null ? null : figure.toInterval(Tolerance.percent(tolerance)),
                    figure == null ? null : figure.getUnit(), ClaimFacts.normalize(population), period, kind,
                    passages == null ? List.of(Passage.of(sourceId, "phrase of claim " + id, null)) : passages,
                    publisher == null ? "publisher of claim " + id : ClaimFacts.normalize(publisher), sourceId, issued,
                    Instant.EPOCH.plusSeconds(id), origins == null ? Set.of(sourceId) : origins);
        }
    }

    private static Figure exact(String phrase, long value) {
        return Figure.exact(phrase, value, Unit.PERSONS);
    }

    private static Figure one(String phrase, Qualifier q, long value) {
        return Figure.of(phrase, q, BigDecimal.valueOf(value), Unit.PERSONS);
    }

    private static Figure range(String phrase, long low, long high) {
        return Figure.between(phrase, low, high, Unit.PERSONS);
    }

    @Test
    void twentyFourAgainstTwentyFiveMillionIsAMinorConflictAndThePeriodIsAssumedWhenOneStatesNone() {
        Judgement j = PairJudge.judge(claim(exact("25 million", 25_000_000)).period("2018-01").build(),
                claim(exact("24 million civilians", 24_000_000)).period(null).build());
        assertEquals(Verdict.CONFLICTS, j.verdict());
        assertEquals(0, new BigDecimal("0.04").compareTo(j.severity()), "1 million apart out of 25 million");
        assertEquals(Severity.MINOR, j.level());
        assertTrue(j.periodAssumed());
    }

    @Test
    void thousandsAgainstFiftyToTwoHundredThousandIsAMajorConflict() {
        Judgement j = PairJudge.judge(claim(range("between 50,000 and 200,000", 50_000, 200_000)).build(),
                claim(range("thousands", 2_000, 9_999)).build());
        assertEquals(Verdict.CONFLICTS, j.verdict());
        assertEquals(Severity.MAJOR, j.level(), "9,999 and 50,000 are 80% apart");
    }

    @Test
    void aModerateConflictLiesBetweenTenAndFiftyPercentApart() {
        Judgement j = PairJudge.judge(claim(exact("30,000", 30_000)).build(), claim(exact("40,000", 40_000)).build());
        assertEquals(Severity.MODERATE, j.level(), "10,000 out of 40,000 = 25%");
    }

    @Test
    void upToAHundredAndTwentyThousandAgreesWithEightyToAHundredAndTwentyThousand() {
        Judgement j = PairJudge.judge(claim(range("an estimated 80,000 to 120,000", 80_000, 120_000)).period("2017").build(),
                claim(one("up to 120,000", Qualifier.UP_TO, 120_000)).period("2017-12").build());
        assertEquals(Verdict.AGREES, j.verdict());
        assertFalse(j.periodAssumed());
    }

    @Test
    void aboutReachesAsFarAsTheMeasuresToleranceWhichAnEditorCanWiden() {
        ClaimFacts thirtyTen = claim(one("around 30,000", Qualifier.ABOUT, 30_000)).tolerance(2).build();
        ClaimFacts exact = claim(exact("31,000", 31_000)).build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(thirtyTen, exact).verdict(), "±2% reaches 30,600 only");
        ClaimFacts wider = claim(one("around 30,000", Qualifier.ABOUT, 30_000)).tolerance(5).build();
        assertEquals(Verdict.AGREES, PairJudge.judge(wider, exact).verdict(), "±5% reaches 31,500");
    }

    @Test
    void atLeastAndMoreThanAreOpenAbove() {
        assertEquals(Verdict.AGREES, PairJudge.judge(claim(one("more than 31,000", Qualifier.MORE_THAN, 31_000)).build(),
                claim(exact("32,000", 32_000)).build()).verdict());
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(claim(one("more than 31,000", Qualifier.MORE_THAN, 31_000)).build(),
                claim(exact("31,000", 31_000)).build()).verdict(), "more than 31,000 excludes 31,000 itself");
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(claim(one("fewer than 220", Qualifier.FEWER_THAN, 220)).build(),
                claim(one("at least 220", Qualifier.AT_LEAST, 220)).build()).verdict());
    }

    @Test
    void aRangeTenTimesWideConfirmsNothing() {
        ClaimFacts wide = claim(range("10,000 to 300,000", 10_000, 300_000)).build();
        assertTrue(wide.isUninformative());
        assertEquals(Verdict.UNINFORMATIVE,
                PairJudge.judge(wide, claim(range("80,000 to 120,000", 80_000, 120_000)).build()).verdict());
        assertFalse(claim(range("100,000 to 300,000", 100_000, 300_000)).build().isUninformative(), "three times is informative");
        assertFalse(claim(one("up to 120,000", Qualifier.UP_TO, 120_000)).build().isUninformative());
        assertTrue(claim(range("0 to 5,000", 0, 5_000)).build().isUninformative());
    }

    @Test
    void periodsAreComparedByCalendarDaysNotByYears() {
        ClaimFacts augSep = claim(exact("1,000", 1_000)).span("2023-08", "2023-09").build();
        ClaimFacts october9 = claim(exact("5,000", 5_000)).period("2023-10-09").build();
        Judgement j = PairJudge.judge(augSep, october9);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict());
        assertEquals(Reason.DIFFERENT_PERIOD, j.reason());
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(augSep,
                claim(exact("5,000", 5_000)).period("2023-09-30").build()).verdict(), "30 September lies in the span");
    }

    @Test
    void differentUnitsAndPopulationsAreNotComparable() {
        ClaimFacts persons = claim(exact("5,000", 5_000)).build();
        ClaimFacts tonnes = claim(Figure.exact("5,000 tons", 5_000, Unit.TONNES)).build();
        assertEquals(Reason.DIFFERENT_UNIT, PairJudge.judge(persons, tonnes).reason());
        ClaimFacts women = claim(exact("800", 800)).population("Women forcibly repatriated").build();
        assertEquals(Reason.DIFFERENT_POPULATION, PairJudge.judge(persons, women).reason());
        ClaimFacts womenAgain = claim(exact("1,000", 1_000)).population("  women forcibly   repatriated ").build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(women, womenAgain).verdict(), "the same population, written differently");
        assertEquals(Reason.NO_FIGURE, PairJudge.judge(persons, claim(null).build()).reason());
    }

    @Test
    void aCumulativeTotalAsOf2011IsNotComparedWithOneAsOf2021ButAFallingTotalIsFlagged() {
        ClaimFacts y2011 = claim(exact("23,000", 23_000)).kind(MeasureKind.CUMULATIVE).period("2011").build();
        ClaimFacts y2021 = claim(exact("33,800", 33_800)).kind(MeasureKind.CUMULATIVE).period("2021").build();
        assertEquals(Reason.DIFFERENT_PERIOD, PairJudge.judge(y2011, y2021).reason());
        ClaimFacts fallen = claim(exact("20,000", 20_000)).kind(MeasureKind.CUMULATIVE).period("2021").build();
        Judgement j = PairJudge.judge(fallen, y2011);
        assertEquals(Verdict.CUMULATIVE_DECREASE, j.verdict());
        assertEquals(Severity.MODERATE, j.level(), "3,000 out of 23,000 = 13%");
        ClaimFacts stockFallen = claim(exact("20,000", 20_000)).period("2021").build();
        assertEquals(Reason.DIFFERENT_PERIOD, PairJudge.judge(stockFallen,
                claim(exact("23,000", 23_000)).period("2011").build()).reason(), "a stock may fall");
    }

    @Test
    void aLaterFigureForTheSamePeriodFromTheSamePublisherRevisesTheEarlierOne() {
        ClaimFacts provisional = claim(exact("1,127", 1_127)).period("2017").publisher("Ministry of Unification", "2018-01-10").build();
        ClaimFacts revised = claim(exact("1,418", 1_418)).period("2017").publisher("ministry of  unification", "2018-06-30").build();
        Judgement j = PairJudge.judge(revised, provisional);
        assertEquals(Verdict.REVISION, j.verdict(), "not a conflict, though far apart");
        assertEquals(provisional.id(), j.revisedId());
        ClaimFacts otherPublisher = claim(exact("1,418", 1_418)).period("2017").publisher("HRNK", "2018-06-30").build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(otherPublisher, provisional).verdict());
    }

    @Test
    void twoClaimsCitingTheSamePassageAreDuplicatesNotCorroboration() {
        ClaimFacts a = claim(exact("31,000", 31_000)).source(7, "31,000").build();
        ClaimFacts b = claim(exact("31,000", 31_000)).source(7, " 31,000 ").build();
        assertEquals(Verdict.DUPLICATE, PairJudge.judge(a, b).verdict());
        ClaimFacts otherPassage = claim(exact("31,000", 31_000)).source(7, "31,000 North Korean escapees").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(a, otherPassage).verdict());
        Passage first = Passage.of(7, "31,000", "with the vast majority of them,", "currently living in", null);
        Passage sameWithLessContext = Passage.of(7, "31,000", "majority of them,", null, null);
        Passage otherSentence = Passage.of(7, "31,000", "South Korea already houses", "North Korean escapees", null);
        assertTrue(first.samePassageAs(sameWithLessContext));
        assertFalse(first.samePassageAs(otherSentence), "the same words in another sentence are another passage");
    }

    @Test
    void onlyConflictsAndFallingTotalsAreForEditorsToSettle() {
        assertTrue(Verdict.CONFLICTS.isConflict());
        assertTrue(Verdict.CUMULATIVE_DECREASE.isConflict());
        assertFalse(Verdict.NOT_COMPARABLE.isConflict());
        assertFalse(Verdict.REVISION.isConflict());
        assertNull(PairJudge.judge(claim(exact("1", 1)).build(), claim(exact("1", 1)).build()).severity());
    }
}
