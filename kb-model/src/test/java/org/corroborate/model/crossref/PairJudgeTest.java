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
        private LocalDate issuedUntil;
        private Set<Long> origins;
        private Set<String> originPublishers = Set.of();
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
        Builder publisher(String p, String issuedOn) {
            publisher = p;
            PartialDate on = issuedOn == null ? null : PartialDate.parse(issuedOn);
            issued = on == null ? null : on.firstDay();
            issuedUntil = on == null ? null : on.lastDay();
            return this;
        }
        Builder origins(Long... ids) { origins = Set.of(ids); return this; }
        /** The publishers of its origin sources, as written. */
        Builder originPublishers(String... names) {
            originPublishers = java.util.Arrays.stream(names).map(ClaimFacts::normalize).collect(java.util.stream.Collectors.toSet());
            return this;
        }

        ClaimFacts build() {
            return new ClaimFacts(id, figure, figure == null ? null : figure.toInterval(Tolerance.percent(tolerance)),
                    figure == null ? null : figure.getUnit(), ClaimFacts.normalize(population), period, kind,
                    passages == null ? List.of(Passage.of(sourceId, "phrase of claim " + id, null)) : passages,
                    publisher == null ? "publisher of claim " + id : ClaimFacts.normalize(publisher), sourceId, issued,
                    issuedUntil, Instant.EPOCH.plusSeconds(id), origins == null ? Set.of(sourceId) : origins,
                    originPublishers);
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
        Judgement below = PairJudge.judge(claim(one("more than 31,000", Qualifier.MORE_THAN, 31_000)).build(),
                claim(exact("30,000", 30_000)).build());
        assertEquals(Verdict.CONFLICTS, below.verdict());
        assertEquals(0, new BigDecimal("0.0322581").compareTo(below.severity()), "1,000 out of 31,000");
    }

    // Failure 4: touching intervals

    @Test
    void aboutXWhoseToleranceEndsWhereMoreThanYBeginsAgreesAndSaysTheyMeet() {
        ClaimFacts about = claim(one("about 30,000", Qualifier.ABOUT, 30_000)).build();
        ClaimFacts moreThan = claim(one("more than 33,000", Qualifier.MORE_THAN, 33_000)).build();
        Judgement j = PairJudge.judge(about, moreThan);
        assertEquals(Verdict.AGREES, j.verdict(), "±10% reaches 33,000, where \"more than 33,000\" begins");
        assertEquals(Note.TOUCHING, j.note());
        assertNull(j.severity(), "no conflict, so no \"0.0% apart\"");
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(about,
                claim(one("more than 33,500", Qualifier.MORE_THAN, 33_500)).build()).verdict(), "a real gap stays a conflict");
    }

    @Test
    void thirtyOneThousandAgainstMoreThanThirtyOneThousandFromTheSamePublisherAgrees() {
        ClaimFacts exact = claim(exact("31,000 North Korean escapees", 31_000)).publisher("UNHCR", "2017-06-19").build();
        ClaimFacts moreThan = claim(one("more than 31,000", Qualifier.MORE_THAN, 31_000)).publisher("UNHCR", "2017-06-19").build();
        Judgement j = PairJudge.judge(exact, moreThan);
        assertEquals(Verdict.AGREES, j.verdict());
        assertEquals(Note.TOUCHING, j.note());
        Judgement fewer = PairJudge.judge(claim(one("fewer than 220", Qualifier.FEWER_THAN, 220)).build(),
                claim(one("at least 220", Qualifier.AT_LEAST, 220)).build());
        assertEquals(Verdict.AGREES, fewer.verdict(), "they meet at 220");
        assertEquals(Note.TOUCHING, fewer.note());
        assertNull(PairJudge.judge(exact, claim(exact("31,000", 31_000)).build()).note(), "an overlap needs no note");
    }

    // Failure 1: a false revision

    @Test
    void twoStatementsOfOnePublisherOnTheSameDayAreNoRevision() {
        ClaimFacts morning = claim(exact("1,047", 1_047)).period("2019").publisher("Ministry of Unification", "2020-01-15").build();
        ClaimFacts sameDay = claim(exact("1,127", 1_127)).period("2019").publisher("Ministry of Unification", "2020-01-15").build();
        Judgement j = PairJudge.judge(morning, sameDay);
        assertEquals(Verdict.CONFLICTS, j.verdict(), "neither was published later");
        assertNull(j.revisedId());
        Judgement near = PairJudge.judge(morning,
                claim(exact("1,045", 1_045)).period("2019").publisher("Ministry of Unification", "2020-01-15").build());
        assertEquals(Verdict.AGREES, near.verdict(), "2 apart on the same day: rounding, not a revision");
        assertEquals(Note.ROUNDING, near.note());
        ClaimFacts sameDayRange = claim(range("1,000 to 1,100", 1_000, 1_100)).period("2019").publisher("Ministry of Unification", "2020-01-15").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(morning, sameDayRange).verdict());
    }

    @Test
    void anUndatedStatementOrOneDatedOnlyByItsYearIsNotLaterThanTheOther() {
        ClaimFacts dated = claim(exact("1,047", 1_047)).period("2019").publisher("Ministry of Unification", "2020-06-30").build();
        ClaimFacts undated = claim(exact("1,127", 1_127)).period("2019").publisher("Ministry of Unification", null).build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(dated, undated).verdict(), "undated: not a revision");
        ClaimFacts yearOnly = claim(exact("1,127", 1_127)).period("2019").publisher("Ministry of Unification", "2020").build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(dated, yearOnly).verdict(), "\"2020\" may be 30 June 2020 too");
        ClaimFacts nextYear = claim(exact("1,127", 1_127)).period("2019").publisher("Ministry of Unification", "2021").build();
        Judgement j = PairJudge.judge(dated, nextYear);
        assertEquals(Verdict.REVISION, j.verdict(), "2021 is wholly after 30 June 2020");
        assertEquals(dated.id(), j.revisedId());
    }

    // Failure 2: a provisional count relayed by a news agency, then revised in the official table

    @Test
    void anOfficialCountRelayedByANewsAgencyAndRevisedInTheOfficialTableIsARevision() {
        ClaimFacts relayed = claim(exact("196", 196)).period("2023").publisher("Yonhap News Agency", "2024-01-18")
                .origins(501L).originPublishers("Ministry of Unification").build();
        ClaimFacts table = claim(exact("199", 199)).period("2023").publisher("Ministry of Unification", "2024-07-10")
                .origins(777L).originPublishers("Ministry of Unification").build();
        Judgement j = PairJudge.judge(table, relayed);
        assertEquals(Verdict.REVISION, j.verdict(), "not a minor conflict: the ministry revised its own count");
        assertEquals(relayed.id(), j.revisedId());
        ClaimFacts farTable = claim(exact("236", 236)).period("2023").publisher("Ministry of Unification", "2024-07-10")
                .origins(777L).originPublishers("Ministry of Unification").build();
        assertEquals(Verdict.REVISION, PairJudge.judge(relayed, farTable).verdict(), "the origin's publisher may revise by more");
    }

    @Test
    void twoRelaysOfOneOriginAFewUnitsApartReviseWhenOneIsLaterAndAgreeByRoundingOtherwise() {
        ClaimFacts yonhap = claim(exact("196", 196)).period("2023").publisher("Yonhap News Agency", "2024-01-18")
                .origins(501L).originPublishers("Ministry of Unification").build();
        ClaimFacts reutersLater = claim(exact("199", 199)).period("2023").publisher("Reuters", "2024-07-11")
                .origins(502L).originPublishers("Ministry of Unification").build();
        assertEquals(Verdict.REVISION, PairJudge.judge(yonhap, reutersLater).verdict());
        ClaimFacts reutersSameDay = claim(exact("199", 199)).period("2023").publisher("Reuters", "2024-01-18")
                .origins(501L).originPublishers("Ministry of Unification").build();
        Judgement j = PairJudge.judge(yonhap, reutersSameDay);
        assertEquals(Verdict.AGREES, j.verdict(), "3 apart, the same origin, neither later: never a conflict");
        assertEquals(Note.ROUNDING, j.note());
        ClaimFacts misquoted = claim(exact("169", 169)).period("2023").publisher("Reuters", "2024-07-11")
                .origins(502L).originPublishers("Ministry of Unification").build();
        Judgement far = PairJudge.judge(yonhap, misquoted);
        assertEquals(Verdict.CONFLICTS, far.verdict(), "27 apart: one relay misquotes the ministry");
        assertEquals(Severity.MODERATE, far.level());
    }

    @Test
    void theSameFigureRelayedTwiceByOutletsOfOneOriginAgreesEvenWhenOneIsLater() {
        ClaimFacts portal = claim(Figure.of("10.1 million", Qualifier.EXACT, new BigDecimal("10100000"), Unit.PERSONS))
                .period("2019").publisher("Food Security Portal", "2019-05-03").origins(31L).originPublishers("FAO").build();
        ClaimFacts kbs = claim(one("around 10.1 million", Qualifier.ABOUT, 10_100_000)).period("2019")
                .publisher("KBS", "2019-04-30").origins(31L).originPublishers("FAO").build();
        Judgement j = PairJudge.judge(portal, kbs);
        assertEquals(Verdict.AGREES, j.verdict(), "one assessment relayed twice: not revised");
        assertNull(j.revisedId());
    }

    @Test
    void oneSentenceListingTwoFiguresGivesTwoClaimsNotADuplicate() {
        ClaimFacts y2018 = claim(exact("1,137", 1_137)).kind(MeasureKind.FLOW).period("2018")
                .source(40, "1,137 defectors in 2018, 1,047 in 2019 and 229 in 2020").build();
        ClaimFacts y2020 = claim(exact("229", 229)).kind(MeasureKind.FLOW).period("2020")
                .source(40, "1,137 defectors in 2018, 1,047 in 2019 and 229 in 2020").build();
        Judgement j = PairJudge.judge(y2018, y2020);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict(), "two figures of one sentence are two statements");
        assertEquals(Reason.DIFFERENT_PERIOD, j.reason());
        ClaimFacts recordedAgain = claim(exact("229", 229)).kind(MeasureKind.FLOW).period("2020")
                .source(40, " 1,137 defectors in 2018, 1,047 in 2019 and 229 in 2020").build();
        assertEquals(Verdict.DUPLICATE, PairJudge.judge(y2020, recordedAgain).verdict(), "the same figure recorded twice");
    }

    @Test
    void nearlyTheSameFigureRoundsWithinOnePercentForAnOriginButNotBetweenIndependentSources() {
        ClaimFacts un = claim(exact("31,200", 31_200)).origins(9L).build();
        ClaimFacts relay = claim(one("about 31,000", Qualifier.ABOUT, 31_000)).tolerance(0).origins(9L).build();
        Judgement j = PairJudge.judge(un, relay);
        assertEquals(Verdict.AGREES, j.verdict(), "200 out of 31,200 = 0.6%, from one origin");
        assertEquals(Note.ROUNDING, j.note());
        ClaimFacts independent = claim(one("about 31,000", Qualifier.ABOUT, 31_000)).tolerance(0).origins(10L).build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(un, independent).verdict(), "independent sources do disagree");
        ClaimFacts smallCount = claim(exact("24", 24)).origins(9L).build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(smallCount, claim(exact("20", 20)).origins(9L).build()).verdict(),
                "4 apart out of 24 is no rounding");
    }

    // Failure 3: definitions mixed

    @Test
    void aShareOfAllArrivalsSinceAPastDateIsNotComparedWithAShareOfThisYearsArrivals() {
        ClaimFacts sinceThen = claim(Figure.of("72%", Qualifier.EXACT, BigDecimal.valueOf(72), Unit.PERCENT)).period("2023")
                .population("Defectors arrived since 1998").build();
        ClaimFacts thisYear = claim(Figure.of("84%", Qualifier.EXACT, BigDecimal.valueOf(84), Unit.PERCENT)).period("2023")
                .population("Defectors arrived in 2023").build();
        Judgement j = PairJudge.judge(sinceThen, thisYear);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict());
        assertEquals(Reason.DIFFERENT_POPULATION, j.reason());
        ClaimFacts sameWrittenOtherwise = claim(Figure.of("84 percent", Qualifier.EXACT, BigDecimal.valueOf(84), Unit.PERCENT))
                .period("2023").population("“Defectors  arrived in 2023.”").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(thisYear, sameWrittenOtherwise).verdict(),
                "curly quotes, spaces and a full stop do not make another population");
    }

    @Test
    void populationsAreComparedAsWrittenWithoutTheirTypography() {
        assertEquals("women forcibly repatriated", ClaimFacts.normalize("  Women forcibly\trepatriated. "));
        assertEquals("women forcibly repatriated", ClaimFacts.normalize("Ｗｏｍｅｎ forcibly repatriated"));
        assertEquals("arrivals 2022-2023", ClaimFacts.normalize("Arrivals 2022–2023"));
        assertNull(ClaimFacts.normalize(" . "));
        assertNull(ClaimFacts.normalize("   "));
    }

    // Failure 5: events and rates

    @Test
    void claimsOfDifferentKindsAreNeverCompared() {
        ClaimFacts event = claim(exact("600", 600)).kind(MeasureKind.EVENT).period("2023-10-09").build();
        ClaimFacts rate = claim(exact("50 a week", 50)).kind(MeasureKind.RATE).period("2023-10").build();
        assertEquals(Reason.DIFFERENT_KIND, PairJudge.judge(event, rate).reason());
        ClaimFacts flow = claim(exact("500", 500)).kind(MeasureKind.FLOW).span("2023-08", "2023-09").build();
        assertEquals(Reason.DIFFERENT_KIND, PairJudge.judge(flow, event).reason());
    }

    @Test
    void aFlowComparesOnlyTheSamePeriodHoweverWritten() {
        ClaimFacts year = claim(exact("1,000", 1_000)).kind(MeasureKind.FLOW).period("2023").build();
        ClaimFacts twoMonths = claim(exact("600", 600)).kind(MeasureKind.FLOW).span("2023-08", "2023-09").build();
        Judgement j = PairJudge.judge(year, twoMonths);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict(), "a year's arrivals are not two months' arrivals");
        assertEquals(Reason.NESTED_PERIOD, j.reason());
        ClaimFacts straddling = claim(exact("600", 600)).kind(MeasureKind.FLOW).span("2023-12", "2024-01").build();
        assertEquals(Reason.DIFFERENT_PERIOD, PairJudge.judge(year, straddling).reason());
        ClaimFacts sameYearAsSpan = claim(exact("1,020", 1_020)).kind(MeasureKind.FLOW).span("2023-01", "2023-12").build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(year, sameYearAsSpan).verdict(), "the same days, written otherwise");
    }

    @Test
    void anEventComparesOnlyWithTheSameEventAndAYearIsNotADayInIt() {
        ClaimFacts october9 = claim(exact("about 600 deported", 600)).kind(MeasureKind.EVENT).period("2023-10-09").build();
        ClaimFacts sameNight = claim(one("more than 500", Qualifier.MORE_THAN, 500)).kind(MeasureKind.EVENT).period("2023-10-09").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(october9, sameNight).verdict());
        ClaimFacts april = claim(exact("200", 200)).kind(MeasureKind.EVENT).period("2024-04-26").build();
        assertEquals(Reason.DIFFERENT_PERIOD, PairJudge.judge(october9, april).reason());
        ClaimFacts wholeYear = claim(exact("2,600", 2_600)).kind(MeasureKind.EVENT).period("2023").build();
        Judgement j = PairJudge.judge(wholeYear, october9);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict(), "one counts the whole year, the other a day in it");
        assertEquals(Reason.NESTED_PERIOD, j.reason());
    }

    @Test
    void ratesOverOverlappingPeriodsAreComparedAndALevelAsOfAYearMeetsADateInIt() {
        ClaimFacts firstQuarter = claim(exact("about 40 a week", 40)).kind(MeasureKind.RATE).span("2024-01", "2024-03").build();
        ClaimFacts wholeYear = claim(exact("25 a week", 25)).kind(MeasureKind.RATE).period("2024").build();
        assertEquals(Verdict.CONFLICTS, PairJudge.judge(firstQuarter, wholeYear).verdict(), "rates hold over any span");
        ClaimFacts lastYear = claim(exact("25 a week", 25)).kind(MeasureKind.RATE).period("2023").build();
        assertEquals(Reason.DIFFERENT_PERIOD, PairJudge.judge(firstQuarter, lastYear).reason());
        ClaimFacts asOfYear = claim(range("80,000 to 120,000", 80_000, 120_000)).period("2023").build();
        ClaimFacts asOfDay = claim(exact("100,000", 100_000)).period("2023-06-30").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(asOfYear, asOfDay).verdict(),
                "a level \"as of 2023\" holds on some day of 2023: compared");
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

    @Test
    void twoFiguresOfOneSentenceAreTwoStatementsNotADuplicate() {
        // Yonhap: "1,137 defectors arrived in 2018 ... and 229 in 2020": two claims quote the one sentence
        String sentence = "1,137 defectors arrived in 2018, 1,047 in 2019 and 229 in 2020";
        ClaimFacts y2018 = claim(exact("1,137", 1_137)).kind(MeasureKind.FLOW).period("2018").source(40, sentence).build();
        ClaimFacts y2020 = claim(exact("229", 229)).kind(MeasureKind.FLOW).period("2020").source(40, sentence).build();
        Judgement j = PairJudge.judge(y2018, y2020);
        assertEquals(Verdict.NOT_COMPARABLE, j.verdict(), "different years, not one statement recorded twice");
        assertEquals(Reason.DIFFERENT_PERIOD, j.reason());
        ClaimFacts sameAgain = claim(one("about 1,137", Qualifier.ABOUT, 1_137)).kind(MeasureKind.FLOW).period("2018")
                .source(40, sentence).build();
        assertEquals(Verdict.DUPLICATE, PairJudge.judge(y2018, sameAgain).verdict(),
                "the same number from the same passage, whatever its qualifier, is a duplicate");
    }

    @Test
    void theSameCountRestatedLaterByARelayOfItsOriginAgreesAndARoundedRelayIsNoRevision() {
        // FAO/WFP's assessment: 10.1 million (Food Security Portal, May 2019), "around 10.1 million" (KBS, April 2019)
        ClaimFacts kbs = claim(one("around 10.1 million", Qualifier.ABOUT, 10_100_000)).period("2019")
                .publisher("KBS", "2019-04-30").origins(61L).originPublishers("FAO").build();
        ClaimFacts portal = claim(exact("10.1 million", 10_100_000)).period("2019")
                .publisher("Food Security Portal", "2019-05-15").origins(61L).originPublishers("FAO").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(kbs, portal).verdict(), "restated, not revised");
        // "nearly 200" (a rounded relay of the ministry's 196) published later is agreement too
        ClaimFacts count = claim(exact("196", 196)).period("2023").publisher("Yonhap News Agency", "2024-01-18")
                .origins(501L).originPublishers("Ministry of Unification").build();
        ClaimFacts rounded = claim(one("nearly 200", Qualifier.ABOUT, 200)).period("2023")
                .publisher("The Korea Herald", "2024-02-02").origins(501L).originPublishers("Ministry of Unification").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(count, rounded).verdict());
        ClaimFacts tableSame = claim(exact("196", 196)).period("2023").publisher("Ministry of Unification", "2024-07-10")
                .origins(777L).originPublishers("Ministry of Unification").build();
        assertEquals(Verdict.AGREES, PairJudge.judge(count, tableSame).verdict(),
                "the ministry's table confirming the announced count revises nothing");
    }
}
