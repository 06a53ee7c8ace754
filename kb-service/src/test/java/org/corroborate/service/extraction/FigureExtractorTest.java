package org.corroborate.service.extraction;

import org.corroborate.model.claim.Figure;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<FigureCandidate> all(String text) {
        return extractor.extract(List.of(text));
    }

    /** The one figure in the text, checked to sit where it says it does. */
    private FigureCandidate only(String text) {
        List<FigureCandidate> found = all(text);
        assertEquals(1, found.size(), () -> "expected one figure in \"" + text + "\" but got " + found);
        FigureCandidate c = found.get(0);
        if (!text.contains("-\n")) {
            assertEquals(c.phrase(), text.substring(c.start(), c.end()), "offsets must point at the phrase");
        }
        return c;
    }

    private static void point(FigureCandidate c, String phrase, Qualifier q, String value, Unit unit) {
        assertEquals(phrase, c.phrase(), "phrase");
        assertEquals(q, c.qualifier(), "qualifier of " + phrase);
        assertEquals(0, new BigDecimal(value).compareTo(c.value()), () -> "value of " + phrase + ": " + c.value());
        assertNull(c.low(), "low of a single figure");
        assertNull(c.high(), "high of a single figure");
        assertEquals(unit, c.unit(), "unit of " + phrase);
        assertFalse(c.vague(), "vague");
    }

    private static void range(FigureCandidate c, String phrase, String low, String high, Unit unit, boolean vague) {
        assertEquals(phrase, c.phrase(), "phrase");
        assertEquals(Qualifier.BETWEEN, c.qualifier(), "qualifier of " + phrase);
        assertNull(c.value(), "a range has no single value");
        assertEquals(0, new BigDecimal(low).compareTo(c.low()), () -> "low of " + phrase + ": " + c.low());
        assertEquals(0, new BigDecimal(high).compareTo(c.high()), () -> "high of " + phrase + ": " + c.high());
        assertEquals(unit, c.unit(), "unit of " + phrase);
        assertEquals(vague, c.vague(), "vague");
    }

    private void none(String text) {
        List<FigureCandidate> found = all(text);
        assertTrue(found.isEmpty(), () -> "expected no figure in \"" + text + "\" but got " + found);
    }

    @Nested
    class Ranges {
        @Test
        void readsBetweenXAndY() {
            range(only("The camps hold between 80,000 and 120,000 people."), "between 80,000 and 120,000",
                    "80000", "120000", Unit.PERSONS, false);
        }

        @Test
        void readsFromXToYWithItsUnit() {
            range(only("Scientists rotate from 3 to 6 months at a time."), "from 3 to 6 months", "3", "6",
                    Unit.MONTHS, false);
        }

        @Test
        void readsXToYPercentAsARangeOfPercentages() {
            range(only("An estimated 70 to 90 percent of refugee women are exploited."),
                    "An estimated 70 to 90 percent", "70", "90", Unit.PERCENT, false);
        }

        @Test
        void readsEnDashAndHyphenRanges() {
            range(only("Women fetch 70–90% of the price."), "70–90%", "70", "90", Unit.PERCENT, false);
            range(only("a stockpile of 2,500-5,000 tons of agents"), "2,500-5,000 tons", "2500", "5000",
                    Unit.TONNES, false);
        }

        @Test
        void sharesTheMultiplierOfTheHighBound() {
            range(only("Between 2 and 3 million people starved."), "Between 2 and 3 million", "2000000", "3000000",
                    Unit.PERSONS, false);
            range(only("It earns $1 to $2 billion a year."), "$1 to $2 billion", "1000000000", "2000000000",
                    Unit.US_DOLLARS, false);
        }

        @Test
        void readsNumbersInWordsJoinedByOr() {
            range(only("Inspectors come two or three times a month."), "two or three", "2", "3", Unit.ITEMS, false);
        }

        @Test
        void givesRangesThatFigureAccepts() {
            FigureCandidate c = only("between 50,000 and 200,000 North Koreans");
            Figure f = new Figure(c.phrase(), c.qualifier(), c.value(), c.low(), c.high(), c.unit());
            assertEquals(Qualifier.BETWEEN, f.getQualifier());
        }
    }

    @Nested
    class Qualifiers {
        @ParameterizedTest
        @ValueSource(strings = {"up to", "as many as"})
        void readsUpperBounds(String words) {
            point(only("The regime holds " + words + " 120,000 prisoners."), words + " 120,000", Qualifier.UP_TO,
                    "120000", Unit.PERSONS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"about", "around", "approximately", "an estimated", "estimated", "nearly", "almost",
                "some", "roughly"})
        void readsApproximations(String words) {
            point(only("They counted " + words + " 30,000 defectors."), words + " 30,000", Qualifier.ABOUT,
                    "30000", Unit.PERSONS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"more than", "over"})
        void readsStrictLowerBounds(String words) {
            point(only("The COI interviewed " + words + " 300 defectors."), words + " 300", Qualifier.MORE_THAN,
                    "300", Unit.PERSONS);
        }

        @Test
        void readsOtherBounds() {
            point(only("at least 3.65 million people"), "at least 3.65 million", Qualifier.AT_LEAST, "3650000",
                    Unit.PERSONS);
            point(only("fewer than 220 refugees"), "fewer than 220", Qualifier.FEWER_THAN, "220", Unit.PERSONS);
            point(only("less than 5 percent of the budget"), "less than 5 percent", Qualifier.FEWER_THAN, "5",
                    Unit.PERCENT);
            point(only("no more than 40 women were held"), "no more than 40", Qualifier.AT_MOST, "40", Unit.PERSONS);
        }

        @Test
        void readsQualifiersAfterTheNumber() {
            point(only("30,000 or more refugees"), "30,000 or more", Qualifier.AT_LEAST, "30000", Unit.PERSONS);
            point(only("They sent 10,000+ workers abroad."), "10,000+", Qualifier.AT_LEAST, "10000", Unit.PERSONS);
        }
    }

    @Nested
    class PercentagesAndMoney {
        @ParameterizedTest
        @ValueSource(strings = {"25 percent", "25%", "25 per cent"})
        void readsPercentages(String phrase) {
            point(only("Prices rose " + phrase + " last year."), phrase, Qualifier.EXACT, "25", Unit.PERCENT);
        }

        @Test
        void readsDollars() {
            point(only("Labour abroad earns $1.5 billion."), "$1.5 billion", Qualifier.EXACT, "1500000000",
                    Unit.US_DOLLARS);
            point(only("A bride costs US$ 300 there."), "US$ 300", Qualifier.EXACT, "300", Unit.US_DOLLARS);
            point(only("more than $500,000 dollars in all"), "more than $500,000 dollars", Qualifier.MORE_THAN,
                    "500000", Unit.US_DOLLARS);
            point(only("just over a thousand dollars a year"), "just over a thousand dollars", Qualifier.MORE_THAN,
                    "1000", Unit.US_DOLLARS);
        }

        @Test
        void readsWonAndEuros() {
            point(only("The fine was KRW 1 million."), "KRW 1 million", Qualifier.EXACT, "1000000",
                    Unit.SOUTH_KOREAN_WON);
            point(only("a broker asks ₩500,000 for it"), "₩500,000", Qualifier.EXACT, "500000", Unit.SOUTH_KOREAN_WON);
            point(only("The EU gave €20 million in aid."), "€20 million", Qualifier.EXACT, "20000000", Unit.EUROS);
        }
    }

    @Nested
    class WordsAndMultipliers {
        @Test
        void readsFractionsInWordsAsPercentages() {
            point(only("About one-fifth of the women work online."), "About one-fifth", Qualifier.ABOUT, "20",
                    Unit.PERCENT);
            point(only("a fifth of the budget"), "a fifth", Qualifier.EXACT, "20", Unit.PERCENT);
            point(only("half of the prisoners died"), "half", Qualifier.EXACT, "50", Unit.PERCENT);
            point(only("a third of the harvest"), "a third", Qualifier.EXACT, "33.33", Unit.PERCENT);
            point(only("two-thirds of the defectors are women"), "two-thirds", Qualifier.EXACT, "66.67",
                    Unit.PERCENT);
            point(only("three-quarters of them"), "three-quarters", Qualifier.EXACT, "75", Unit.PERCENT);
            point(only("She lost more than half of her family."), "more than half", Qualifier.MORE_THAN, "50",
                    Unit.PERCENT);
        }

        @Test
        void doesNotTakeOrdinalsForFractions() {
            none("They moved on to a third country.");
            none("in the second half of the year");
        }

        @Test
        void readsMultipliers() {
            point(only("24 million civilians"), "24 million", Qualifier.EXACT, "24000000", Unit.PERSONS);
            point(only("1.2 billion dollars"), "1.2 billion dollars", Qualifier.EXACT, "1200000000",
                    Unit.US_DOLLARS);
            point(only("10 thousand refugees"), "10 thousand", Qualifier.EXACT, "10000", Unit.PERSONS);
            point(only("half a million people"), "half a million", Qualifier.EXACT, "500000", Unit.PERSONS);
        }

        @Test
        void readsNumbersInWords() {
            point(only("five prisoners escaped"), "five", Qualifier.EXACT, "5", Unit.PERSONS);
            point(only("twenty-three women were returned"), "twenty-three", Qualifier.EXACT, "23", Unit.PERSONS);
            point(only("two hundred children"), "two hundred", Qualifier.EXACT, "200", Unit.PERSONS);
            point(only("three thousand workers"), "three thousand", Qualifier.EXACT, "3000", Unit.PERSONS);
            point(only("two hundred and fifty refugees"), "two hundred and fifty", Qualifier.EXACT, "250",
                    Unit.PERSONS);
            List<FigureCandidate> two = all("Eighty percent, eight hundred of them, are women.");
            assertEquals(2, two.size(), two::toString);
            point(two.get(0), "Eighty percent", Qualifier.EXACT, "80", Unit.PERCENT);
            point(two.get(1), "eight hundred", Qualifier.EXACT, "800", null);
        }

        @Test
        void leavesOutTheLoneWordOneAndCompoundsThatCountNothing() {
            none("She could hug only one of her children.");
            none("China's one-child (now two-child) policy");
            none("the reunification of the two Koreas");
            none("the twenty-first century");
        }
    }

    @Nested
    class MagnitudeWords {
        @Test
        void readsMagnitudesAsVagueLowerBounds() {
            vague(only("China has returned tens of thousands of North Koreans."), "tens of thousands", "20000",
                    Unit.PERSONS);
            vague(only("a famine that killed hundreds of thousands"), "hundreds of thousands", "200000", null);
            vague(only("thousands of refugees"), "thousands", "2000", Unit.PERSONS);
            vague(only("hundreds of prisoners"), "hundreds", "200", Unit.PERSONS);
            vague(only("dozens of defectors"), "dozens", "24", Unit.PERSONS);
            vague(only("scores of North Koreans"), "scores", "40", Unit.PERSONS);
            vague(only("hundreds of millions in revenue"), "hundreds of millions", "200000000", null);
            vague(only("several hundred women"), "several hundred", "300", Unit.PERSONS);
        }

        private static void vague(FigureCandidate c, String phrase, String atLeast, Unit unit) {
            assertEquals(phrase, c.phrase());
            assertEquals(Qualifier.AT_LEAST, c.qualifier(), "qualifier of " + phrase);
            assertEquals(0, new BigDecimal(atLeast).compareTo(c.value()), () -> "value of " + phrase);
            assertEquals(unit, c.unit(), "unit of " + phrase);
            assertTrue(c.vague(), "vague");
        }

        @Test
        void givesOneBoundWhenAMagnitudeIsQualified() {
            FigureCandidate c = only("up to tens of thousands of workers");
            assertEquals(Qualifier.UP_TO, c.qualifier());
            assertEquals(0, new BigDecimal("99999").compareTo(c.value()));
            assertTrue(c.vague());
        }

        @Test
        void readsAMagnitudeSaidTwiceOnce() {
            vague(only("admitted thousands upon thousands of refugees"), "thousands upon thousands", "2000",
                    Unit.PERSONS);
        }
    }

    @Nested
    class SeparatorsOfOtherLocales {
        @ParameterizedTest
        @ValueSource(strings = {"120.000", "120 000", "120\u00A0000", "120\u202F000", "120'000", "120,000"})
        void readsThousandsSeparators(String number) {
            point(only("Some reports say " + number + " prisoners."), number, Qualifier.EXACT, "120000",
                    Unit.PERSONS);
        }

        @Test
        void readsDecimalsWithMultipliers() {
            point(only("3.65 million people"), "3.65 million", Qualifier.EXACT, "3650000", Unit.PERSONS);
            point(only("3,5 million people"), "3,5 million", Qualifier.EXACT, "3500000", Unit.PERSONS);
        }

        @Test
        void readsKoreanMyriads() {
            point(only("탈북민 3만 명이 입국했다"), "3만 명", Qualifier.EXACT, "30000", Unit.PERSONS);
            point(only("수감자 12만"), "12만", Qualifier.EXACT, "120000", null);
            point(only("화학무기5천톤보유"), "5천톤", Qualifier.EXACT, "5000", Unit.TONNES);
        }
    }

    @Nested
    class Hyphenation {
        @Test
        void joinsANumberSplitAcrossLines() {
            String page = "The camps hold 120,-\n000 prisoners.";
            FigureCandidate c = only(page);
            point(c, "120,000", Qualifier.EXACT, "120000", Unit.PERSONS);
            assertEquals("120,-\n000", page.substring(c.start(), c.end()), "offsets cover the original span");
        }

        @Test
        void keepsARangeSplitAtItsHyphen() {
            range(only("Scientists rotate every 3-\n6 months."), "3-\n6 months", "3", "6", Unit.MONTHS, false);
        }

        @Test
        void leavesOutPageNumbersOfPdfText() {
            List<FigureCandidate> found = all("end of a page\n12\npeople say 300 prisoners died\nPage 3 of 10\n");
            assertEquals(1, found.size(), found::toString);
            assertEquals("300", found.get(0).phrase());
        }

        @Test
        void joinsAWordSplitAcrossLines() {
            String page = "They sent three thou-\nsand workers.";
            FigureCandidate c = only(page);
            point(c, "three thousand", Qualifier.EXACT, "3000", Unit.PERSONS);
            assertEquals("three thou-\nsand", page.substring(c.start(), c.end()));
        }
    }

    @Nested
    class Exclusions {
        @ParameterizedTest
        @ValueSource(strings = {"It was founded in 1950.", "In 2011, the border closed.", "during the 1990s famine",
                "from 2005 to 2016", "between 1994 and 1998", "It happened on 9 October 2023.",
                "By August 2023 it was over.", "On October 8, 2011, he spoke.", "the first time",
                "its 3rd report", "the 21st century", "the fifth nuclear test"})
        void leavesOutYearsDatesAndOrdinals(String text) {
            none(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"women in the camps.12 Later", "the Convention.[3] Later",
                "as reported (12).", "prison camps,[10][11] the report", "12. Ibid., p. 4.",
                "[14] SR Report, ibid., para. 26; see also pp. 74-75."})
        void leavesOutFootnoteMarkers(String text) {
            none(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"He was held in Camp 14 for years.", "Camp No. 15 is in Yodok.",
                "Office 39 manages slush funds.", "Unit 121 hacks banks.", "under Resolution 2397 of the Council",
                "article 3 of the Torture Convention", "section 5 of the act", "see p. 12", "paras. 42,76, 89(m)",
                "the 105th Research Institute", "COVID-19 closed the border", "Kyo-hwa-so Number 12 was flooded",
                "UN document A/HRC/25/63 says", "CEDAW/C/PRK/CO/2-4, para. 45 (c).", "under Executive Order 13687",
                "It launched a Hwasong-15 missile.", "the 2012 White Paper", "In FY 2017, it admitted", "H.R. 1771",
                "Camp 12 at Jongo-ri", "Roberta Cohen, pp. 72-3.", "No.1460, April 29, 2013, pp.1-11."})
        void leavesOutDesignations(String text) {
            none(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Call +82 2 1234 5678 today.", "Call (202) 555-0123 now.",
                "See https://www.hrnk.org/uploads/pdfs/HRNK_HiddenGulag2_Web_5-18.pdf for 300 pages",
                "Open www.example.org/2014/300 now", "It starts at 10:30 on 24/7 duty."})
        void leavesOutPhoneNumbersUrlsAndTimes(String text) {
            List<FigureCandidate> found = all(text);
            assertTrue(found.stream().allMatch(c -> c.phrase().equals("300")), () -> found.toString());
        }
    }

    @Nested
    class Units {
        @ParameterizedTest
        @ValueSource(strings = {"people", "North Koreans", "prisoners", "defectors", "women", "refugees", "persons",
                "children", "North Korean laborers"})
        void countsPeople(String noun) {
            assertEquals(Unit.PERSONS, only("There were 500 " + noun + " there.").unit());
        }

        @Test
        void readsOtherUnits() {
            assertEquals(Unit.TONNES, only("5,000 tonnes of agents").unit());
            assertEquals(Unit.TONNES, only("12,000 tons during a crisis").unit());
            assertEquals(Unit.YEARS, only("a sentence of 15 years").unit());
            assertEquals(Unit.KILOMETRES, only("over 10,000 kilometers").unit());
            assertEquals(Unit.KILOMETRES, only("a 600 km border").unit());
            assertEquals(Unit.ITEMS, only("four military bases").unit());
            point(only("almost five decades ago"), "almost five decades", Qualifier.ABOUT, "50", Unit.YEARS);
            point(only("her 5-year-old daughter"), "5-year-old", Qualifier.EXACT, "5", Unit.YEARS);
            range(only("women in their 30s"), "30s", "30", "39", Unit.YEARS, false);
        }

        @Test
        void keepsAFourDigitCountOfPeople() {
            point(only("In all, 2000 refugees arrived."), "2000", Qualifier.EXACT, "2000", Unit.PERSONS);
        }

        @Test
        void readsPercentagePointsAndCountsOfThings() {
            point(only("It fell by 3 percentage points."), "3 percentage points", Qualifier.EXACT, "3", Unit.PERCENT);
            point(only("The UN lists three ports in the UAE."), "three", Qualifier.EXACT, "3", Unit.ITEMS);
            List<FigureCandidate> both = all("three of her four children");
            assertEquals(2, both.size(), both::toString);
            point(both.get(0), "three", Qualifier.EXACT, "3", Unit.PERSONS);
            point(both.get(1), "four", Qualifier.EXACT, "4", Unit.PERSONS);
        }

        @Test
        void leavesTheUnitOpenWhenNothingTellsIt() {
            assertNull(only("The figure given was 42.").unit());
        }
    }

    @Nested
    class Placement {
        @Test
        void givesPageOffsetsAndSentence() {
            String second = "No figures here. Yet the COI found that up to 120,000 people are held. Nothing else.";
            List<FigureCandidate> found = extractor.extract(List.of("The first page has 300 defectors.", second));
            assertEquals(2, found.size());
            assertEquals(1, found.get(0).page());
            FigureCandidate c = found.get(1);
            assertEquals(2, c.page());
            assertEquals("up to 120,000", second.substring(c.start(), c.end()));
            assertEquals("Yet the COI found that up to 120,000 people are held.", c.sentence());
        }

        @Test
        void keepsAbbreviationsInsideTheSentence() {
            FigureCandidate c = only("Intro. The U.S. admitted only 12 refugees in FY 2017. Then more.");
            assertEquals("The U.S. admitted only 12 refugees in FY 2017.", c.sentence());
        }

        @Test
        void neverFailsOnOddTextAndKeepsOffsetsInsideThePage() {
            String[] pieces = {"1", "20", "300", "4,000", "5.5", "6 000", "7'000", "-", "–", "\n", "-\n", " ", ".",
                    ",", "(", ")", "[", "]", "$", "US", "KRW", "₩", "€", "%", "percent", "per", "cent", "between", "and",
                    "to", "from", "or", "up", "about", "more", "than", "at", "least", "one", "two", "twenty",
                    "hundred", "thousand", "million", "half", "a", "third", "of", "tens", "thousands", "Camp", "No",
                    "p", "October", "1990", "s", "th", "만", "명", "천톤", "people", "years", "-year-old", "http://x.y/1",
                    "+82", "\u00A0", "\u202F", "'", "the", "Koreas", "scores", "several", "+", "or more"};
            java.util.Random random = new java.util.Random(42);
            for (int round = 0; round < 3000; round++) {
                StringBuilder text = new StringBuilder();
                int n = 1 + random.nextInt(25);
                for (int i = 0; i < n; i++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextBoolean()) {
                        text.append(' ');
                    }
                }
                String page = text.toString();
                for (FigureCandidate c : extractor.extract(List.of(page))) {
                    assertTrue(c.start() >= 0 && c.start() < c.end() && c.end() <= page.length(),
                            () -> "offsets outside \"" + page + "\": " + c);
                    assertTrue(page.contains(c.sentence()), () -> "sentence not in \"" + page + "\": " + c);
                    assertTrue(c.qualifier() == Qualifier.BETWEEN ? c.low() != null && c.high() != null
                            && c.low().compareTo(c.high()) <= 0 && c.value() == null
                            : c.value() != null && c.low() == null && c.high() == null, c::toString);
                }
            }
        }

        @Test
        void findsNothingInNothing() {
            assertTrue(extractor.extract(List.of("")).isEmpty());
            assertTrue(extractor.extract(List.of()).isEmpty());
        }
    }
}
