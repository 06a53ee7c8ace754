package org.corroborate.web.faces.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of an estimate-spread chart: each figure an interval of values (y) over its period (x), on shared
 * scales with readable ticks; figures without a period stand in an "undated" lane on the right of the plot. Every
 * figure is labelled with its organization and its values in a column right of the plot, the labels pushed apart so
 * they never overlap (the chart grows taller when many figures need room). The value axis is zoomed to the figures
 * when starting it at 0 would squeeze them into less than half the plot ({@link Layout#zoomed()}: the page marks the
 * break and says so). Drawn for a 390 px screen: {@link #WIDTH} view-box pixels are about one screen pixel there. A
 * pure class.
 */
public final class SpreadChart {

    public static final int WIDTH = 400;
    /** The least height; a chart with many figures grows so that their labels fit. */
    public static final int HEIGHT = 300;
    static final int LEFT = 40;
    static final int RIGHT = 2;
    static final int TOP = 26;
    static final int BOTTOM = 36;
    static final int LANE = 52;
    /** The label column right of the plot, and the room for leader lines before it. */
    static final int LABELS = 146;
    static final int LEADER = 10;
    /** A label's two lines (organization, values) and the space below it. */
    static final int LINE = 12;
    static final int LABEL_HEIGHT = 2 * LINE + 4;
    /** How wide a label's line may be, in view-box pixels. */
    static final int LABEL_WIDTH = LABELS - 14;
    static final double MIN_WIDTH = 6;
    static final double MIN_HEIGHT = 3;
    static final double GAP = 2;

    /**
     * One figure to draw.
     *
     * @param low   the lowest value the figure admits, or {@code null} when it has no lower bound (an open bottom)
     * @param high  the highest value the figure admits, or {@code null} when it has no upper bound ("at least X")
     * @param best  the value the time series goes through: the stated value, or the interval's middle
     * @param first the first day of its period, {@code null} when the claim states none
     * @param last  the last day of its period, {@code null} when the claim states none
     * @param role  RECOMMENDED, TRIANGULATION, DEPRECATED, or {@code null} when no published version weighs it
     * @param origin the number of its independent origin group, 0 when unknown
     * @param organization the name of the organization whose figure it is, for its label
     * @param values       its values as the reader reads them ("80,000 – 120,000"), for its label
     */
    public record Point(long claimId, String label, BigDecimal low, BigDecimal high, BigDecimal best,
                        LocalDate first, LocalDate last, String role, int origin, String organization,
                        String values) {

        boolean dated() {
            return first != null && last != null;
        }
    }

    /** A figure's mark: a box from (x, y) of the given size; an open side is drawn to the plot's edge. */
    public record Mark(Point point, double x, double y, double width, double height, boolean openTop,
                       boolean openBottom) {

        public double centerX() {
            return x + width / 2;
        }
    }

    /** A labelled position on an axis. */
    public record Tick(double position, String label) {
    }

    /** The published recommended figure, a horizontal band across the plot. */
    public record Band(double y, double height) {
    }

    /**
     * A figure's label: its lines (organization, values) from {@code (x, y)}, the first line's baseline, and the
     * leader line from its mark's right edge at {@code (fromX, fromY)} to the label.
     */
    public record Label(Mark mark, double x, double y, List<String> lines, double fromX, double fromY) {

        /** The top of the label's box. */
        public double top() {
            return y - LINE + 2;
        }

        /** The bottom of the label's box. */
        public double bottom() {
            return top() + lines.size() * LINE;
        }
    }

    /**
     * Everything the SVG needs, in pixels of a {@link #WIDTH} × {@code height} view box.
     *
     * @param zoomed true when the value axis starts above 0 (its first tick is not 0): the chart draws a break
     */
    public record Layout(double plotLeft, double plotTop, double plotRight, double plotBottom, List<Tick> valueTicks,
                         List<Tick> timeTicks, List<Mark> marks, Band band, List<double[]> series,
                         Double laneLeft, List<Label> labels, boolean zoomed, double height) {
    }

    private SpreadChart() {
    }

    /**
     * Lays out the points.
     *
     * @param bandLow  the low end of the recommended published figure, or {@code null} when there is none
     * @param series   whether to join the dated points in time order (cumulative and per-period measures)
     */
    public static Layout layout(List<Point> points, BigDecimal bandLow, BigDecimal bandHigh, boolean series) {
        double plotLeft = LEFT;
        double plotRight = WIDTH - RIGHT - LABELS - LEADER;
        double plotTop = TOP;
        double height = Math.max(HEIGHT, TOP + points.size() * LABEL_HEIGHT + BOTTOM - LINE);
        double plotBottom = height - BOTTOM;
        boolean anyDated = points.stream().anyMatch(Point::dated);
        boolean anyUndated = points.stream().anyMatch(p -> !p.dated());
        Double laneLeft = anyUndated ? (anyDated ? plotRight - LANE : plotLeft) : null;
        double timeRight = anyUndated ? (anyDated ? plotRight - LANE - 8 : plotLeft) : plotRight;

        ValueScale values = ValueScale.of(points, bandLow, bandHigh, plotTop, plotBottom);
        TimeScale time = anyDated ? TimeScale.of(points, plotLeft, timeRight) : null;

        List<Mark> marks = new ArrayList<>();
        Map<String, List<Point>> columns = new LinkedHashMap<>();
        for (Point p : points) {
            String key = p.dated() ? p.first() + "/" + p.last() : "undated";
            columns.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        for (List<Point> column : columns.values()) {
            Point first = column.get(0);
            double x0;
            double w;
            if (first.dated()) {
                x0 = time.x(first.first());
                w = Math.max(time.x(first.last().plusDays(1)) - x0, MIN_WIDTH * column.size());
            } else {
                x0 = laneLeft + GAP;
                w = plotRight - laneLeft - 2 * GAP;
            }
            double each = Math.max(w / column.size(), MIN_WIDTH);
            double start = x0 + w / 2 - each * column.size() / 2;
            for (int i = 0; i < column.size(); i++) {
                Point p = column.get(i);
                double top = p.high() == null ? plotTop : values.y(p.high());
                double bottom = p.low() == null ? plotBottom : values.y(p.low());
                if (bottom - top < MIN_HEIGHT) {
                    double middle = (top + bottom) / 2;
                    top = middle - MIN_HEIGHT / 2;
                    bottom = middle + MIN_HEIGHT / 2;
                }
                double inset = each > MIN_WIDTH + 2 * GAP ? GAP : 0;
                marks.add(new Mark(p, round(start + i * each + inset), round(top), round(each - 2 * inset),
                        round(bottom - top), p.high() == null, p.low() == null));
            }
        }

        Band band = null;
        if (bandLow != null && bandHigh != null) {
            double top = values.y(bandHigh);
            double bottom = values.y(bandLow);
            band = new Band(round(top), round(Math.max(bottom - top, 2)));
        }
        List<double[]> line = series ? marks.stream()
                .filter(m -> m.point().dated() && m.point().best() != null)
                .sorted(Comparator.comparing((Mark m) -> m.point().last()).thenComparing(m -> m.point().first()))
                .map(m -> new double[] {round(m.centerX()), round(values.y(m.point().best()))})
                .toList() : List.of();
        return new Layout(plotLeft, plotTop, plotRight, plotBottom, values.ticks(),
                time == null ? List.of() : time.ticks(), List.copyOf(marks), band, line, laneLeft,
                labels(marks, plotRight + LEADER, plotTop - LINE + 4, height - 4), values.min().signum() > 0, height);
    }

    /**
     * One label per mark, each as near its mark's middle as the others allow: sorted by that height, pushed down
     * where they would overlap, then up again where the last would leave the chart.
     */
    static List<Label> labels(List<Mark> marks, double x, double top, double bottom) {
        List<Mark> sorted = marks.stream()
                .sorted(Comparator.comparingDouble((Mark m) -> m.y() + m.height() / 2).thenComparing(m -> m.point().claimId()))
                .toList();
        int n = sorted.size();
        double[] tops = new double[n];
        for (int i = 0; i < n; i++) {
            Mark m = sorted.get(i);
            double wanted = m.y() + m.height() / 2 - LINE;
            tops[i] = Math.max(wanted, i == 0 ? top : tops[i - 1] + LABEL_HEIGHT);
        }
        for (int i = n - 1; i >= 0; i--) {
            double limit = i == n - 1 ? bottom - 2 * LINE : tops[i + 1] - LABEL_HEIGHT;
            tops[i] = Math.max(Math.min(tops[i], limit), top + i * LABEL_HEIGHT);
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Mark m = sorted.get(i);
            double baseline = round(tops[i] + LINE - 2);
            labels.add(new Label(m, x, baseline, List.of(fit(m.point().organization()), fit(m.point().values())),
                    round(m.x() + m.width()), round(m.y() + m.height() / 2)));
        }
        return List.copyOf(labels);
    }

    /**
     * The text cut to what a label's line holds at the chart's 11 px type, with an ellipsis when cut. Widths are
     * estimated per character (a Hangul syllable is about twice a Latin letter), on the generous side.
     */
    static String fit(String text) {
        if (text == null) {
            return "";
        }
        double width = 0;
        double ellipsis = widthOf('…');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += widthOf(c);
            if (width > LABEL_WIDTH) {
                String kept = text.substring(0, i);
                while (!kept.isEmpty() && measure(kept) + ellipsis > LABEL_WIDTH) {
                    kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
                }
                return kept.stripTrailing() + "…";
            }
            i += Character.charCount(c);
        }
        return text;
    }

    static double measure(String text) {
        return text.codePoints().mapToDouble(SpreadChart::widthOf).sum();
    }

    private static double widthOf(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
            return 11;
        }
        if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == 'i' || c == 'l'
                || c == 'j' || c == '(' || c == ')') {
            return 3.5;
        }
        if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '–' || c == '—') {
            return 8;
        }
        return 6.3;
    }

    /** "50k", "1.2M", "3B", "25", "0.5": a number short enough for an axis, in English style. */
    public static String compact(BigDecimal n) {
        BigDecimal abs = n.abs();
        String suffix = "";
        BigDecimal scaled = n;
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            scaled = n.movePointLeft(9);
            suffix = "B";
        } else if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            scaled = n.movePointLeft(6);
            suffix = "M";
        } else if (abs.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
            scaled = n.movePointLeft(3);
            suffix = "k";
        }
        scaled = scaled.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (scaled.signum() == 0 ? "0" : scaled.toPlainString()) + suffix;
    }

    /** 1, 2 or 5 times a power of ten: the smallest such step at least {@code rough}. */
    static BigDecimal niceStep(double rough) {
        if (!(rough > 0)) {
            return BigDecimal.ONE;
        }
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * Values to pixels: from a round minimum to a round maximum. The minimum is 0 (or below, for negative figures)
     * unless every figure has a lower bound and starting at 0 would leave more than half the plot empty below them:
     * then the axis starts at a round number under the lowest bound.
     */
    private record ValueScale(BigDecimal min, BigDecimal max, BigDecimal step, double top, double bottom) {

        static ValueScale of(List<Point> points, BigDecimal bandLow, BigDecimal bandHigh, double top, double bottom) {
            List<BigDecimal> bounds = new ArrayList<>();
            for (Point p : points) {
                if (p.low() != null) {
                    bounds.add(p.low());
                }
                if (p.high() != null) {
                    bounds.add(p.high());
                }
            }
            if (bandLow != null) {
                bounds.add(bandLow);
            }
            if (bandHigh != null) {
                bounds.add(bandHigh);
            }
            BigDecimal lowestBound = bounds.stream().min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
            BigDecimal highest = bounds.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
            boolean openBottom = points.stream().anyMatch(p -> p.low() == null);
            boolean zoom = !openBottom && lowestBound.signum() > 0
                    && lowestBound.compareTo(highest.subtract(lowestBound)) > 0;
            BigDecimal lowest = zoom ? lowestBound : lowestBound.min(BigDecimal.ZERO);
            boolean openTop = points.stream().anyMatch(p -> p.high() == null);
            if (highest.compareTo(lowest) <= 0) {
                highest = lowest.add(zoom ? lowest.abs().max(BigDecimal.ONE).movePointLeft(1) : BigDecimal.ONE);
            }
            BigDecimal step = niceStep(highest.subtract(lowest).doubleValue() / 5);
            BigDecimal min = lowest.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            if (zoom && min.compareTo(lowest) == 0) {
                min = min.subtract(step); // room below the lowest figure, so the break stands apart from it
            }
            if (zoom && min.signum() <= 0) {
                min = BigDecimal.ZERO;
            }
            BigDecimal max = highest.divide(step, 0, RoundingMode.CEILING).multiply(step);
            if (openTop && max.compareTo(highest) <= 0) {
                max = max.add(step); // room above the highest bound, so an open top visibly goes on
            }
            return new ValueScale(min, max, step, top, bottom);
        }

        double y(BigDecimal value) {
            double span = max.subtract(min).doubleValue();
            return bottom - (value.subtract(min).doubleValue() / span) * (bottom - top);
        }

        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
                ticks.add(new Tick(round(y(v)), compact(v)));
            }
            return ticks;
        }
    }

    /** Days to pixels, from the first day of the earliest period to the day after the latest; ticks on 1 January. */
    private record TimeScale(long from, long to, double left, double right) {

        static TimeScale of(List<Point> points, double left, double right) {
            long from = points.stream().filter(Point::dated).mapToLong(p -> p.first().toEpochDay()).min().orElseThrow();
            long to = points.stream().filter(Point::dated).mapToLong(p -> p.last().plusDays(1).toEpochDay()).max().orElseThrow();
            return new TimeScale(from, to, left, right);
        }

        double x(LocalDate day) {
            return left + (day.toEpochDay() - from) / (double) (to - from) * (right - left);
        }

        List<Tick> ticks() {
            int firstYear = LocalDate.ofEpochDay(from).getYear();
            int lastYear = LocalDate.ofEpochDay(to - 1).getYear();
            int years = lastYear - firstYear + 1;
            int step = 1;
            for (int candidate : new int[] {1, 2, 5, 10, 20, 50, 100}) {
                step = candidate;
                if (years / candidate <= 8) {
                    break;
                }
            }
            List<Tick> ticks = new ArrayList<>();
            int start = (int) Math.ceil(firstYear / (double) step) * step;
            for (int year = start; year <= lastYear + 1; year += step) {
                LocalDate day = LocalDate.of(year, 1, 1);
                if (day.toEpochDay() >= from && day.toEpochDay() <= to) {
                    ticks.add(new Tick(round(x(day)), String.format(Locale.ROOT, "%d", year)));
                }
            }
            return ticks;
        }
    }
}
