package org.corroborate.service.export;

import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.source.SourceView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A claim as one row of the open-data CSV; a pure class. */
public final class ClaimRows {

    /** The header row. */
    public static final List<String> HEADER = List.of("claim_id", "permalink", "measure_slug", "measure_name",
            "statement", "language", "figure_phrase", "qualifier", "low", "high", "best", "interval_low",
            "interval_high", "unit", "period_start", "period_end", "place", "organization", "status", "source_ids",
            "source_titles", "verified_at");

    /** What joins several source ids or titles in one cell. */
    public static final String JOINER = " | ";

    private ClaimRows() {
    }

    /** The public page of a claim. */
    public static String permalink(long claimId) {
        return "/claims/" + claimId;
    }

    /**
     * The row of a claim, in {@link #HEADER}'s order: low, high and best as the source states them, and the interval
     * the figure admits under its measure's tolerance ("up to 120,000" is 0 to 120000). Each cited source appears once; a source held in confidence
     * shows only its holder, never its title. "verified_at" is the claim's last change, which for a verified claim
     * (no longer editable) is its verification.
     * <p>
     * Every text cell goes through {@link SpreadsheetCells#neutralise}, so that a statement, a place or a source
     * title that would start a formula begins with an apostrophe; the ids, numbers, dates and the permalink, which the
     * application writes itself, are left as they are.
     */
    public static List<String> row(ClaimView claim) {
        FigureView figure = claim.figure();
        PeriodView period = claim.period();
        Map<Long, SourceView> sources = new LinkedHashMap<>();
        for (CitationView citation : claim.citations()) {
            sources.putIfAbsent(citation.source().id(), citation.source());
        }
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(String.valueOf(claim.id()));
        row.add(permalink(claim.id()));
        row.add(claim.measure() == null ? "" : text(claim.measure().slug()));
        row.add(claim.measure() == null ? "" : text(claim.measure().name()));
        row.add(text(claim.statement()));
        row.add(text(claim.language()));
        row.add(figure == null ? "" : text(figure.phrase()));
        row.add(figure == null ? "" : text(figure.qualifier()));
        row.add(figure == null ? "" : number(figure.low()));
        row.add(figure == null ? "" : number(figure.high()));
        row.add(figure == null ? "" : number(figure.value()));
        row.add(figure == null ? "" : number(figure.intervalLow()));
        row.add(figure == null ? "" : number(figure.intervalHigh()));
        row.add(figure == null ? "" : text(figure.unit()));
        row.add(period == null ? "" : period.start());
        row.add(period == null ? "" : period.end());
        row.add(text(Objects.toString(claim.place(), "")));
        row.add(text(claim.organization().name()));
        row.add(text(claim.status()));
        row.add(String.join(JOINER, sources.keySet().stream().map(String::valueOf).toList()));
        row.add(text(String.join(JOINER, sources.values().stream().map(ClaimRows::title).toList())));
        row.add(claim.updatedAt() == null ? "" : claim.updatedAt().toString());
        return row;
    }

    /** A source's title, or for a stub only who holds it. */
    static String title(SourceView source) {
        if (source.restricted()) {
            return "[held in confidence by " + source.holder().displayName() + "]";
        }
        return source.title();
    }

    /** A text cell, made safe to open in a spreadsheet. */
    private static String text(String s) {
        return SpreadsheetCells.neutralise(s);
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
