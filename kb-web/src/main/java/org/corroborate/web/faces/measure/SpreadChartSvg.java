package org.corroborate.web.faces.measure;

import org.corroborate.web.faces.measure.SpreadChart.Label;
import org.corroborate.web.faces.measure.SpreadChart.Layout;
import org.corroborate.web.faces.measure.SpreadChart.Mark;
import org.corroborate.web.faces.measure.SpreadChart.Tick;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a {@link SpreadChart.Layout} as inline SVG, every text escaped. A pure class. */
public final class SpreadChartSvg {

    /** How many origin colours the style sheet defines ({@code spread-origin--1} …). */
    public static final int ORIGIN_COLOURS = 8;

    /**
     * The chart's texts, already in the reader's language.
     *
     * @param zoomed what the break in the value axis says ("does not start at 0"), drawn when the axis is zoomed
     */
    public record Texts(String title, String description, String valueAxis, String undated, String zoomed) {
    }

    private SpreadChartSvg() {
    }

    public static String render(Layout layout, String id, Texts texts) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spread-chart\" id=\"").append(escape(id))
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\" viewBox=\"0 0 ").append(SpreadChart.WIDTH).append(' ')
                .append(n(layout.height())).append("\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(texts.title())).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(texts.description())).append("</desc>");
        svg.append("<defs><marker id=\"").append(escape(id)).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" ")
                .append("markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"spread-arrowhead\"/></marker></defs>");

        svg.append("<g class=\"spread-axis spread-axis--value\" aria-hidden=\"true\">");
        for (Tick t : layout.valueTicks()) {
            svg.append(line(layout.plotLeft(), t.position(), layout.plotRight(), t.position(), "spread-grid"));
            svg.append(text(layout.plotLeft() - 6, t.position() + 4, "end", t.label()));
        }
        svg.append(text(4, layout.plotTop() - 12, "start", texts.valueAxis()));
        if (layout.zoomed()) {
            // a broken axis: two short slanted strokes across the axis just above its first tick
            double x = layout.plotLeft();
            double y = layout.plotBottom() - 8;
            svg.append("<g class=\"spread-break\" id=\"").append(escape(id)).append("-break\">")
                    .append("<rect x=\"").append(n(x - 6)).append("\" y=\"").append(n(y - 3)).append("\" width=\"12\" height=\"6\"/>")
                    .append(line(x - 6, y + 1, x + 6, y - 3, "spread-break-stroke"))
                    .append(line(x - 6, y + 4, x + 6, y, "spread-break-stroke"))
                    .append("</g>");
            svg.append(text(layout.plotRight(), layout.plotTop() - 12, "end", texts.zoomed())
                    .replace("<text ", "<text class=\"spread-break-note\" "));
        }
        svg.append(line(layout.plotLeft(), layout.plotTop(), layout.plotLeft(), layout.plotBottom(), "spread-baseline"));
        svg.append("</g>");

        svg.append("<g class=\"spread-axis spread-axis--time\" aria-hidden=\"true\">");
        svg.append(line(layout.plotLeft(), layout.plotBottom(), layout.plotRight(), layout.plotBottom(), "spread-baseline"));
        for (Tick t : layout.timeTicks()) {
            svg.append(line(t.position(), layout.plotBottom(), t.position(), layout.plotBottom() + 5, "spread-tick"));
            svg.append(text(t.position(), layout.plotBottom() + 18, "middle", t.label()));
        }
        if (layout.laneLeft() != null) {
            double middle = (layout.laneLeft() + layout.plotRight()) / 2;
            svg.append("<rect class=\"spread-lane\" x=\"").append(n(layout.laneLeft())).append("\" y=\"")
                    .append(n(layout.plotTop())).append("\" width=\"").append(n(layout.plotRight() - layout.laneLeft()))
                    .append("\" height=\"").append(n(layout.plotBottom() - layout.plotTop())).append("\"/>");
            svg.append(text(middle, layout.plotBottom() + 18, "middle", texts.undated()));
        }
        svg.append("</g>");

        if (layout.band() != null) {
            svg.append("<rect class=\"spread-band\" id=\"").append(escape(id)).append("-band\" x=\"")
                    .append(n(layout.plotLeft())).append("\" y=\"").append(n(layout.band().y())).append("\" width=\"")
                    .append(n(layout.plotRight() - layout.plotLeft())).append("\" height=\"")
                    .append(n(layout.band().height())).append("\" aria-hidden=\"true\"/>");
        }
        if (layout.series().size() > 1) {
            svg.append("<polyline class=\"spread-series\" aria-hidden=\"true\" points=\"");
            layout.series().forEach(p -> svg.append(n(p[0])).append(',').append(n(p[1])).append(' '));
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }

        Map<Mark, Label> labels = layout.labels().stream().collect(Collectors.toMap(Label::mark, Function.identity()));
        for (Mark m : layout.marks()) {
            String role = m.point().role() == null ? "unassessed" : m.point().role().toLowerCase(Locale.ROOT);
            svg.append("<g class=\"spread-mark spread-mark--").append(escape(role)).append(" spread-origin--")
                    .append(originColour(m.point().origin())).append("\" data-claim=\"").append(m.point().claimId())
                    .append("\" data-role=\"").append(escape(role)).append("\">");
            svg.append("<title>").append(escape(m.point().label())).append("</title>");
            svg.append("<rect x=\"").append(n(m.x())).append("\" y=\"").append(n(m.y())).append("\" width=\"")
                    .append(n(m.width())).append("\" height=\"").append(n(m.height())).append("\"/>");
            if (m.openTop()) {
                svg.append(arrow(m.centerX(), m.y() + Math.min(24, m.height()), m.y(), id));
            }
            if (m.openBottom()) {
                double bottom = m.y() + m.height();
                svg.append(arrow(m.centerX(), bottom - Math.min(24, m.height()), bottom, id));
            }
            Label label = labels.get(m);
            if (label != null) {
                double middle = label.top() + SpreadChart.LINE;
                svg.append("<path class=\"spread-leader\" d=\"M").append(n(label.fromX())).append(' ')
                        .append(n(label.fromY())).append(" L").append(n(layout.plotRight() + 2)).append(' ')
                        .append(n(label.fromY())).append(" L").append(n(label.x() - 2)).append(' ')
                        .append(n(middle)).append("\"/>");
                svg.append("<rect class=\"spread-swatch\" x=\"").append(n(label.x())).append("\" y=\"")
                        .append(n(label.top() + 1)).append("\" width=\"10\" height=\"10\"/>");
                svg.append("<text class=\"spread-label\" x=\"").append(n(label.x() + 14)).append("\" y=\"")
                        .append(n(label.y())).append("\">");
                for (int i = 0; i < label.lines().size(); i++) {
                    svg.append("<tspan x=\"").append(n(label.x() + 14)).append('"')
                            .append(i == 0 ? " class=\"spread-label-organization\"" : " dy=\"" + SpreadChart.LINE + "\" class=\"spread-label-values\"")
                            .append('>').append(escape(label.lines().get(i))).append("</tspan>");
                }
                svg.append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The colour class of an origin group: 1 to {@link #ORIGIN_COLOURS}, 0 for an unknown origin. */
    public static int originColour(int origin) {
        return origin <= 0 ? 0 : (origin - 1) % ORIGIN_COLOURS + 1;
    }

    /** Text safe inside SVG or HTML elements and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String arrow(double x, double from, double to, String id) {
        return "<line class=\"spread-open\" x1=\"" + n(x) + "\" y1=\"" + n(from) + "\" x2=\"" + n(x) + "\" y2=\"" + n(to)
                + "\" marker-end=\"url(#" + escape(id) + "-arrow)\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String css) {
        return "<line class=\"" + css + "\" x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    private static String n(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
