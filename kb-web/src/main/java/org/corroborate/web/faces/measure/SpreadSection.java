package org.corroborate.web.faces.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.crossref.MeasureCrossReference;
import org.corroborate.service.crossref.OriginGroupView;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.service.reconciliation.CandidateView;
import org.corroborate.service.reconciliation.ReconciliationView;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.source.SourceRef;
import org.corroborate.web.faces.crossref.CrossReferenceSections;
import org.corroborate.web.faces.measure.SpreadChart.Point;
import org.corroborate.web.faces.reconciliation.ReconciliationSection;
import org.corroborate.web.faces.support.Formats;
import org.corroborate.web.faces.support.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The estimate-spread chart of the measure page: the reader's figures with their roles and origins, read once per request. */
@Named("spread")
@RequestScoped
public class SpreadSection {

    static final String BUNDLE = "org.corroborate.web.i18n.readers";

    @Inject
    ReconciliationSection reconciliation;

    @Inject
    CrossReferenceSections crossref;

    @Inject
    Formats formats;

    private final Map<String, SpreadView> charts = new HashMap<>();

    /** One row of the chart's data table, the same figure as one mark. */
    public record Row(long claimId, String phrase, String organization, String period, String values, String role,
                      int origin, int colour) {
    }

    /** One independent origin in the legend. */
    public record OriginKey(int number, int colour, String sources) {
    }

    /**
     * The chart, its data table and its legend.
     *
     * @param zoomed true when the value axis does not start at 0 (the page says so under the chart)
     * @param axisStart the first value of the value axis, as the reader reads numbers
     */
    public record SpreadView(String svg, List<Row> rows, List<OriginKey> origins, boolean band, boolean series,
                             boolean openTop, int originCount, boolean zoomed, String axisStart) {
    }

    public SpreadView of(MeasureView measure) {
        return measure == null ? null : charts.computeIfAbsent(measure.slug(), s -> build(measure));
    }

    private SpreadView build(MeasureView measure) {
        Map<Long, String> roles = new HashMap<>();
        ReconciliationView recon = reconciliation.of(measure.slug());
        VersionView current = recon == null ? null : recon.current();
        if (current != null) {
            for (CandidateView c : current.roles()) {
                if (c.role() != null) {
                    roles.put(c.claimId(), c.role());
                }
            }
        }
        Map<Long, Integer> originOf = new HashMap<>();
        Map<Integer, OriginGroupView> groups = new HashMap<>();
        MeasureCrossReference xref = crossref.measure(measure.slug());
        if (xref != null) {
            for (OriginGroupView g : xref.originGroups()) {
                groups.put(g.number(), g);
                g.claimIds().forEach(id -> originOf.put(id, g.number()));
            }
        }

        List<Point> points = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Integer> originsShown = new LinkedHashSet<>();
        Set<Long> unknownOrigins = new LinkedHashSet<>();
        BigDecimal lowest = null;
        BigDecimal highest = null;
        boolean openTop = false;
        for (ClaimSummary c : measure.claims()) {
            FigureView f = c.figure();
            if (f == null) {
                continue;
            }
            String role = roles.get(c.id());
            int origin = originOf.getOrDefault(c.id(), 0);
            if (origin == 0) {
                unknownOrigins.add(c.id());
            } else {
                originsShown.add(origin);
            }
            String period = formats.period(c.period());
            String organization = c.organization().displayName();
            String roleLabel = text("role." + (role == null ? "none" : role));
            String label = text("chart.mark", f.phrase(), organization, period)
                    + (role == null ? "" : " (" + roleLabel + ")");
            points.add(new Point(c.id(), label, f.intervalLow(), f.intervalHigh(), best(f),
                    c.period() == null ? null : c.period().firstDay(),
                    c.period() == null ? null : c.period().lastDay(), role, origin, organization,
                    values(f)));
            rows.add(new Row(c.id(), f.phrase(), organization, period, values(f), roleLabel, origin,
                    SpreadChartSvg.originColour(origin)));
            lowest = min(lowest, f.intervalLow());
            highest = max(highest, f.intervalHigh());
            if (f.intervalLow() != null) {
                highest = max(highest, f.intervalLow());
            }
            openTop |= f.intervalHigh() == null;
        }
        // the published version's figure is the one recommended to readers: it is drawn as the band
        boolean band = current != null && current.low() != null && current.high() != null;
        boolean series = "CUMULATIVE".equals(measure.kind()) || "FLOW".equals(measure.kind());
        SpreadChart.Layout layout = SpreadChart.layout(points, band ? current.low() : null,
                band ? current.high() : null, series);

        int originCount = originsShown.size() + unknownOrigins.size();
        StringBuilder description = new StringBuilder(text("chart.desc", points.size(), originCount,
                english(lowest), english(highest)));
        if (openTop) {
            description.append(' ').append(text("chart.desc.openTop"));
        }
        if (band) {
            description.append(' ').append(text("chart.desc.band", english(current.low()), english(current.high())));
        }
        String svg = SpreadChartSvg.render(layout, "spread-chart", new SpreadChartSvg.Texts(
                text("chart.title", measure.name()), description.toString(),
                formats.unit(measure.unit()), text("chart.undated"), text("chart.zoomed")));

        List<OriginKey> keys = new ArrayList<>();
        for (int number : originsShown.stream().sorted().toList()) {
            OriginGroupView g = groups.get(number);
            keys.add(new OriginKey(number, SpreadChartSvg.originColour(number), sources(g.origins())));
        }
        return new SpreadView(svg, List.copyOf(rows), List.copyOf(keys), band, series && layout.series().size() > 1,
                openTop, originCount, layout.zoomed(),
                layout.valueTicks().isEmpty() ? "" : layout.valueTicks().get(0).label());
    }

    /** The value a time series goes through: the stated value, else the interval's middle, else its known bound. */
    static BigDecimal best(FigureView f) {
        if (f.value() != null) {
            return f.value();
        }
        if (f.intervalLow() != null && f.intervalHigh() != null) {
            return f.intervalLow().add(f.intervalHigh()).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
        }
        return f.intervalLow() != null ? f.intervalLow() : f.intervalHigh();
    }

    /** "80,000 – 120,000", "30,000 or more", one number for a one-point range. */
    private String values(FigureView f) {
        return formats.values(f);
    }

    private String sources(List<SourceRef> origins) {
        List<String> names = origins.stream().limit(3)
                .map(s -> s.restricted() ? Messages.text("org.corroborate.web.i18n.messages", "source.restricted") : s.title())
                .toList();
        return String.join("; ", names) + (origins.size() > 3 ? " …" : "");
    }

    private static String english(BigDecimal n) {
        if (n == null) {
            return "?";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(n);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static String text(String key, Object... args) {
        return Messages.text(BUNDLE, key, args);
    }
}
