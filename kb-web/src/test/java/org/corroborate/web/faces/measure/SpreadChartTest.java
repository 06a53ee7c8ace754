package org.corroborate.web.faces.measure;

import org.corroborate.web.faces.measure.SpreadChart.Label;
import org.corroborate.web.faces.measure.SpreadChart.Layout;
import org.corroborate.web.faces.measure.SpreadChart.Mark;
import org.corroborate.web.faces.measure.SpreadChart.Point;
import org.corroborate.web.faces.measure.SpreadChart.Tick;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadChartTest {

    private static Point point(long id, Long low, Long high, String year, String role, int origin) {
        LocalDate first = year == null ? null : LocalDate.of(Integer.parseInt(year), 1, 1);
        LocalDate last = year == null ? null : LocalDate.of(Integer.parseInt(year), 12, 31);
        BigDecimal lo = low == null ? null : BigDecimal.valueOf(low);
        BigDecimal hi = high == null ? null : BigDecimal.valueOf(high);
        return new Point(id, "figure " + id, lo, hi, lo, first, last, role, origin, "Organization " + id,
                lo + " – " + hi);
    }

    /** True when two labels' boxes share a pixel row. */
    private static boolean overlap(Label a, Label b) {
        return a.top() < b.bottom() && b.top() < a.bottom();
    }

    private static void assertLabelsApartAndInside(Layout layout) {
        List<Label> labels = layout.labels();
        assertEquals(layout.marks().size(), labels.size(), "one label per figure");
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(labels.get(i).top() >= 0 && labels.get(i).bottom() <= layout.height(),
                    "label " + i + " inside the chart: " + labels.get(i));
            assertTrue(labels.get(i).x() >= layout.plotRight(), "labels stand right of the plot");
            assertTrue(labels.get(i).x() + 14 + SpreadChart.measure(labels.get(i).lines().get(0)) <= SpreadChart.WIDTH,
                    "label " + i + " fits the width: " + labels.get(i).lines());
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(overlap(labels.get(i), labels.get(j)), "labels " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void twoCloseFiguresGetAZoomedAxisAndTwoLabelsThatDoNotOverlap() {
        // North Korea's population: 24 million against 25 million, one year
        Layout layout = SpreadChart.layout(List.of(point(1, 24_000_000L, 24_000_000L, "2020", null, 1),
                point(2, 25_000_000L, 25_000_000L, "2020", null, 2)), null, null, false);
        assertTrue(layout.zoomed(), "starting at 0 would squeeze both figures into the top of the plot");
        assertTrue(new BigDecimal(layout.valueTicks().get(0).label().replace("M", "")).signum() > 0,
                "the axis starts above 0: " + layout.valueTicks());
        Mark low = layout.marks().stream().filter(m -> m.point().claimId() == 1).findFirst().orElseThrow();
        Mark high = layout.marks().stream().filter(m -> m.point().claimId() == 2).findFirst().orElseThrow();
        assertTrue(low.y() - high.y() > 40, "24M and 25M drawn far apart: " + low.y() + " vs " + high.y());
        assertLabelsApartAndInside(layout);
        String svg = SpreadChartSvg.render(layout, "c", new SpreadChartSvg.Texts("t", "d", "people", "undated", "not from 0"));
        assertTrue(svg.contains("id=\"c-break\""), "the break in the axis is drawn");
        assertTrue(svg.contains(">Organization 1</tspan>") && svg.contains(">24000000 – 24000000</tspan>"), svg);
    }

    @Test
    void anAxisStaysAtZeroWhenAFigureReachesDownToIt() {
        Layout layout = SpreadChart.layout(List.of(point(1, 80_000L, 120_000L, "2014", null, 1),
                point(2, 0L, 120_000L, "2017", null, 2)), null, null, false);
        assertFalse(layout.zoomed());
        assertFalse(SpreadChartSvg.render(layout, "c", new SpreadChartSvg.Texts("t", "d", "p", "u", "z")).contains("c-break"));
    }

    @Test
    void eightFiguresOfOnePeriodGetEightLabelsThatDoNotOverlap() {
        List<Point> points = new java.util.ArrayList<>();
        long[] values = {50_000, 52_000, 55_000, 60_000, 100_000, 101_000, 200_000, 300_000};
        for (int i = 0; i < values.length; i++) {
            points.add(point(i + 1, values[i], values[i], "2019", null, i % 3 + 1));
        }
        Layout layout = SpreadChart.layout(points, null, null, false);
        assertLabelsApartAndInside(layout);
        // the labels keep the order of the figures: the highest figure's label on top
        List<Long> topToBottom = layout.labels().stream().map(l -> l.mark().point().claimId()).toList();
        assertEquals(List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), topToBottom);
    }

    @Test
    void manyFiguresMakeTheChartTallerRatherThanCrowdTheirLabels() {
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(point(i + 1, 1_000L + i, 1_000L + i, "2019", null, 1));
        }
        Layout layout = SpreadChart.layout(points, null, null, false);
        assertTrue(layout.height() > SpreadChart.HEIGHT);
        assertLabelsApartAndInside(layout);
    }

    @Test
    void aLongOrganizationNameIsCutWithAnEllipsisAndKoreanCountsWide() {
        String cut = SpreadChart.fit("Database Center for North Korean Human Rights (NKDB)");
        assertTrue(cut.endsWith("…") && cut.length() < 40, cut);
        assertTrue(SpreadChart.measure(cut) <= SpreadChart.LABEL_WIDTH);
        assertEquals("HRNK", SpreadChart.fit("HRNK"));
        String korean = SpreadChart.fit("북한인권정보센터 북한인권정보센터 북한인권정보센터");
        assertTrue(korean.endsWith("…") && SpreadChart.measure(korean) <= SpreadChart.LABEL_WIDTH, korean);
    }

    @Test
    void writesAxisNumbersShortAndInEnglishStyle() {
        assertEquals("50k", SpreadChart.compact(BigDecimal.valueOf(50_000)));
        assertEquals("1.5M", SpreadChart.compact(BigDecimal.valueOf(1_500_000)));
        assertEquals("120k", SpreadChart.compact(new BigDecimal("120000.000000")));
        assertEquals("25", SpreadChart.compact(BigDecimal.valueOf(25)));
        assertEquals("0.5", SpreadChart.compact(new BigDecimal("0.50")));
        assertEquals("0", SpreadChart.compact(BigDecimal.ZERO));
        assertEquals("2B", SpreadChart.compact(BigDecimal.valueOf(2_000_000_000L)));
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0, new BigDecimal("20000").compareTo(SpreadChart.niceStep(13_000)));
        assertEquals(0, new BigDecimal("50000").compareTo(SpreadChart.niceStep(24_000)));
        assertEquals(0, new BigDecimal("0.1").compareTo(SpreadChart.niceStep(0.07)));
        assertEquals(0, new BigDecimal("10").compareTo(SpreadChart.niceStep(10)));
    }

    @Test
    void valueAxisStartsAtZeroAndReachesARoundNumberAboveTheHighestBound() {
        Layout layout = SpreadChart.layout(List.of(point(1, 80_000L, 120_000L, "2014", null, 1),
                point(2, 0L, 120_000L, "2017", null, 2)), null, null, false);
        List<String> labels = layout.valueTicks().stream().map(Tick::label).toList();
        assertEquals(List.of("0", "50k", "100k", "150k"), labels);
        Tick zero = layout.valueTicks().get(0);
        assertEquals(layout.plotBottom(), zero.position(), 0.1);
        assertEquals(layout.plotTop(), layout.valueTicks().get(labels.size() - 1).position(), 0.1);
    }

    @Test
    void eachFigureIsABoxFromItsLowToItsHighOverItsPeriod() {
        Layout layout = SpreadChart.layout(List.of(point(1, 80_000L, 120_000L, "2014", "RECOMMENDED", 1),
                point(2, 0L, 120_000L, "2017", null, 2)), null, null, false);
        Mark range = layout.marks().get(0);
        Mark upTo = layout.marks().get(1);
        assertEquals(1, range.point().claimId());
        assertTrue(range.x() < upTo.x(), "2014 left of 2017");
        assertEquals(upTo.y(), range.y(), 0.1); // both reach 120,000
        assertEquals(layout.plotBottom(), upTo.y() + upTo.height(), 0.1); // "up to" starts at 0
        assertTrue(range.y() + range.height() < layout.plotBottom());
        assertEquals(List.of("2014", "2015", "2016", "2017", "2018"),
                layout.timeTicks().stream().map(Tick::label).toList());
    }

    @Test
    void anOpenTopReachesThePlotTopWithRoomAboveTheHighestBound() {
        Layout layout = SpreadChart.layout(List.of(point(1, 30_000L, null, "2017", null, 1),
                point(2, 25_000L, 30_000L, "2017", null, 1)), null, null, false);
        Mark atLeast = layout.marks().get(0);
        assertTrue(atLeast.openTop());
        assertEquals(layout.plotTop(), atLeast.y(), 0.1);
        Mark bounded = layout.marks().get(1);
        assertTrue(bounded.y() > layout.plotTop(), "the highest bound sits below the top");
        assertTrue(atLeast.x() + atLeast.width() <= bounded.x(), "figures of one period stand side by side");
    }

    @Test
    void figuresWithoutAPeriodStandInTheUndatedLane() {
        Layout onlyUndated = SpreadChart.layout(List.of(point(1, 50_000L, 200_000L, null, null, 1)), null, null, false);
        assertEquals(1, onlyUndated.marks().size());
        assertNotNull(onlyUndated.laneLeft());
        assertTrue(onlyUndated.timeTicks().isEmpty());
        Layout mixed = SpreadChart.layout(List.of(point(1, 50_000L, 200_000L, null, null, 1),
                point(2, 60_000L, 60_000L, "2010", null, 2)), null, null, false);
        assertTrue(mixed.marks().get(0).x() >= mixed.laneLeft());
        assertTrue(mixed.marks().get(1).x() + mixed.marks().get(1).width() < mixed.laneLeft());
        assertNull(SpreadChart.layout(List.of(point(2, 1L, 2L, "2010", null, 1)), null, null, false).laneLeft());
    }

    @Test
    void theRecommendedFigureIsABandAndASeriesJoinsDatedFiguresInTimeOrder() {
        Layout layout = SpreadChart.layout(List.of(point(1, 31_000L, 31_000L, "2017", null, 1),
                point(2, 10_000L, 10_000L, "2005", null, 1), point(3, 5L, 9L, null, null, 2)),
                BigDecimal.valueOf(30_000), BigDecimal.valueOf(32_000), true);
        assertNotNull(layout.band());
        assertEquals(2, layout.series().size(), "the undated figure is not in the series");
        assertTrue(layout.series().get(0)[0] < layout.series().get(1)[0]);
        assertTrue(layout.series().get(0)[1] > layout.series().get(1)[1], "10,000 drawn lower than 31,000");
        assertTrue(SpreadChart.layout(layout.marks().stream().map(Mark::point).toList(), null, null, false)
                .series().isEmpty());
    }

    @Test
    void theSvgEscapesTextAndHasOneTitledMarkPerFigure() {
        Layout layout = SpreadChart.layout(List.of(
                new Point(1, "<b>up to</b> 120,000 & more", BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN,
                        LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "DEPRECATED", 3, "<i>Org</i>", "0 – 10"),
                point(2, 1L, null, null, null, 0)), BigDecimal.ONE, BigDecimal.valueOf(2), false);
        String svg = SpreadChartSvg.render(layout, "c", new SpreadChartSvg.Texts("T\"", "D <x>", "persons", "undated", "cut"));
        assertTrue(svg.contains("<title>&lt;b&gt;up to&lt;/b&gt; 120,000 &amp; more</title>"), svg);
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("<desc id=\"c-desc\">D &lt;x&gt;</desc>"));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""));
        assertEquals(2, svg.split("<g class=\"spread-mark ", -1).length - 1);
        assertTrue(svg.contains("spread-mark--deprecated spread-origin--3\" data-claim=\"1\""));
        assertTrue(svg.contains("spread-mark--unassessed spread-origin--0\" data-claim=\"2\""));
        assertTrue(svg.contains("id=\"c-band\""));
        assertTrue(svg.contains("marker-end=\"url(#c-arrow)\""), "an open top has an arrow");
    }
}
