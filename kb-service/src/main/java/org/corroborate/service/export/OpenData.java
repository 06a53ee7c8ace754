package org.corroborate.service.export;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotNull;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.reconciliation.ReconciledFigure;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.export.Dump.ClaimEntry;
import org.corroborate.service.export.Dump.MeasureEntry;
import org.corroborate.service.export.Dump.OrganizationEntry;
import org.corroborate.service.export.Dump.ReconciliationEntry;
import org.corroborate.service.export.Dump.VersionEntry;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.reconciliation.ReconciliationView;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.VersionSummary;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.source.SourceView;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Open-data exports: the verified claims as CSV, everything public as one JSON document, the public sources as a
 * CSL-JSON bibliography, and an Atom feed of what was verified or published lately.
 * <p>
 * Every export is what the anonymous public may see, whoever asks: a member downloading open data gets neither their
 * organization's drafts nor its confidential sources, so nothing of theirs leaks when they republish the file. Each
 * public method is one read-only transaction that pages through the database and writes as it goes; the stream it is
 * given is flushed, not closed.
 */
@Stateless
public class OpenData {

    /** How many claims are read at a time. */
    static final int PAGE_SIZE = 500;

    /** The most entries the feed carries. */
    public static final int FEED_SIZE = 50;

    private static final String TAG = "tag:corroborate.org,2025:";
    private static final AtomFeed FEED = new AtomFeed(TAG + "feed",
            "Corroborate: newly verified figures and reconciliations", "Corroborate");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OpenDataRepository data;

    @Inject
    MeasureRepository measures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Reconciliations reconciliations;

    /**
     * The verified claims as CSV (UTF-8, a header row, one row per claim in id order): see {@link ClaimRows}, which
     * puts an apostrophe before text that a spreadsheet would run as a formula ({@link SpreadsheetCells}).
     */
    public void writeClaimsCsv(@NotNull Reader reader, @NotNull OutputStream out) throws IOException {
        Reader audience = audience(reader);
        Map<Long, SourceView> sources = sourceViews(audience);
        Writer writer = writer(out);
        CSVPrinter csv = new CSVPrinter(writer,
                CSVFormat.RFC4180.builder().setHeader(ClaimRows.HEADER.toArray(String[]::new)).get());
        long after = Long.MIN_VALUE;
        List<Claim> page;
        do {
            page = data.claimsAfter(ClaimAccess.visibleStatuses(audience), after, PAGE_SIZE);
            for (Claim claim : page) {
                if (ClaimAccess.maySee(claim, audience)) {
                    csv.printRecord(ClaimRows.row(view(claim, audience, sources)));
                }
                after = claim.getId();
            }
            data.forgetReadEntities();
        } while (page.size() == PAGE_SIZE);
        csv.flush();
    }

    /**
     * Everything public as one JSON object: "organizations", "sources" (a confidential one as its stub, a
     * members-only one not at all), "measures" with their verified claims (measures without any left out) and
     * "reconciliations" with every published version.
     */
    public void writeDump(@NotNull Reader reader, @NotNull OutputStream out) throws IOException {
        Reader audience = audience(reader);
        Map<Long, SourceView> sources = sourceViews(audience);
        Writer w = writer(out);
        w.write("{\"generatedAt\":" + JSON.toJson(Instant.now().toString()));
        w.write(",\"organizations\":");
        writeArray(w, organizations.all().stream().map(OrganizationEntry::of).toList());
        w.write(",\"sources\":");
        writeArray(w, List.copyOf(sources.values()));
        w.write(",\"measures\":[");
        writeMeasures(w, audience, sources);
        w.write("],\"reconciliations\":");
        writeArray(w, data.reconciledMeasureSlugs().stream().map(slug -> reconciliation(slug, audience)).toList());
        w.write("}");
        w.flush();
    }

    /** The sources the public may see in full, as a CSL-JSON array in id order; confidential ones are left out. */
    public void writeBibliography(@NotNull Reader reader, @NotNull OutputStream out) throws IOException {
        Writer w = writer(out);
        w.write("[");
        boolean first = true;
        for (SourceView source : sourceViews(audience(reader)).values()) {
            if (source.restricted()) {
                continue;
            }
            w.write(first ? "\n" : ",\n");
            w.write(CslItems.toJson(CslItems.of(source)));
            first = false;
        }
        w.write("\n]\n");
        w.flush();
    }

    /**
     * The Atom feed of the newest verified claims and published reconciliation versions, newest first, at most
     * {@link #FEED_SIZE} entries.
     *
     * @param site the site's root, ending with "/", which the entries' links start from
     * @param self where the feed is served
     */
    public void writeFeed(@NotNull Reader reader, @NotNull URI site, @NotNull URI self, @NotNull OutputStream out)
            throws XMLStreamException {
        Reader audience = audience(reader);
        List<FeedEntry> entries = new ArrayList<>();
        data.latestClaims(ClaimAccess.visibleStatuses(audience), FEED_SIZE).stream()
                .filter(c -> ClaimAccess.maySee(c, audience))
                .map(OpenData::feedEntry)
                .forEach(entries::add);
        data.latestVersions(FEED_SIZE).stream().map(OpenData::feedEntry).forEach(entries::add);
        List<FeedEntry> newest = entries.stream()
                .sorted(Comparator.comparing(FeedEntry::updated).reversed())
                .limit(FEED_SIZE)
                .toList();
        FEED.write(out, site, self, newest, Instant.now());
    }

    // ---------------------------------------------------------------- helpers

    /** Open data is the public's view, whoever asks. */
    private static Reader audience(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return Reader.ANONYMOUS;
    }

    /** Every source the audience may know exists, by id, as it may see it (stubs included). */
    private Map<Long, SourceView> sourceViews(Reader audience) {
        List<Source> all = data.sources();
        Map<Long, List<Source>> relayedBy = new HashMap<>();
        for (Source s : all) {
            for (Source relayed : s.getRelays()) {
                relayedBy.computeIfAbsent(relayed.getId(), id -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, SourceView> views = new LinkedHashMap<>();
        for (Source s : all) {
            if (Visibility.of(s, audience) != Visibility.HIDDEN) {
                views.put(s.getId(), SourceView.of(s, audience, relayedBy.getOrDefault(s.getId(), List.of())));
            }
        }
        return views;
    }

    /** The claim with its citations as the audience may see them; sources it may not know of are left out. */
    private static ClaimView view(Claim claim, Reader audience, Map<Long, SourceView> sources) {
        Function<Source, SourceView> lookup = s -> sources.get(s.getId());
        return ClaimView.of(claim, audience, lookup);
    }

    /** Scans the public claims in measure order, writing each measure with its claims as soon as they are read. */
    private void writeMeasures(Writer w, Reader audience, Map<Long, SourceView> sources) throws IOException {
        Map<Long, Measure> byId = measures.all().stream().collect(Collectors.toMap(Measure::getId, m -> m));
        Set<ClaimStatus> statuses = ClaimAccess.visibleStatuses(audience);
        long measure = Long.MIN_VALUE;
        long after = Long.MIN_VALUE;
        List<ClaimEntry> claims = new ArrayList<>();
        boolean first = true;
        List<Claim> page;
        do {
            page = data.claimsByMeasureAfter(statuses, measure, after, PAGE_SIZE);
            for (Claim claim : page) {
                long measureId = claim.getMeasure().getId();
                if (measureId != measure && !claims.isEmpty()) {
                    first = writeMeasure(w, byId.get(measure), claims, first);
                    claims.clear();
                }
                if (ClaimAccess.maySee(claim, audience)) {
                    claims.add(ClaimEntry.of(view(claim, audience, sources)));
                }
                measure = measureId;
                after = claim.getId();
            }
            data.forgetReadEntities();
        } while (page.size() == PAGE_SIZE);
        if (!claims.isEmpty()) {
            writeMeasure(w, byId.get(measure), claims, first);
        }
    }

    private static boolean writeMeasure(Writer w, Measure m, List<ClaimEntry> claims, boolean first) throws IOException {
        if (!first) {
            w.write(",");
        }
        w.write(JSON.toJson(MeasureEntry.of(m, claims)));
        return false;
    }

    /** A measure's published versions as the public sees them on their pages. */
    private ReconciliationEntry reconciliation(String measureSlug, Reader audience) {
        ReconciliationView current = reconciliations.current(measureSlug, audience).orElseThrow();
        List<VersionEntry> versions = current.history().stream()
                .map(VersionSummary::number)
                .map(n -> new VersionEntry(Dump.reconciliationPermalink(measureSlug, n),
                        reconciliations.version(measureSlug, n, audience).orElseThrow()))
                .toList();
        return new ReconciliationEntry(measureSlug, current.needsReview(), versions);
    }

    private static void writeArray(Writer w, List<?> items) throws IOException {
        w.write("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.write(",");
            }
            w.write(JSON.toJson(items.get(i)));
        }
        w.write("]");
    }

    private static FeedEntry feedEntry(Claim c) {
        String what = c.getFigure() == null ? abbreviate(c.getStatement(), 80) : c.getFigure().getPhrase();
        String when = c.getPeriod() == null ? "" : ", " + c.getPeriod().getStart()
                + (c.getPeriod().isAsOf() ? "" : " to " + c.getPeriod().getEnd());
        return new FeedEntry(TAG + "claim/" + c.getId(), c.getMeasure().getName() + ": " + what, c.getUpdatedAt(),
                ClaimRows.permalink(c.getId()),
                c.getStatement() + " (" + c.getOrganization().getDisplayName() + when + ")",
                c.getOrganization().getDisplayName());
    }

    private static FeedEntry feedEntry(ReconciliationVersion v) {
        Measure m = v.getReconciliation().getMeasure();
        ReconciledFigure f = v.getFigure();
        String figure = (f.low().compareTo(f.high()) == 0 ? plain(f.low()) : plain(f.low()) + " to " + plain(f.high()))
                + " " + v.getUnit().symbol() + (f.best() == null ? "" : " (best estimate " + plain(f.best()) + ")");
        return new FeedEntry(TAG + "measure/" + m.getSlug() + "/reconciliation/" + v.getNumber(),
                m.getName() + ": reconciled figure, version " + v.getNumber(), v.getPublishedAt(),
                Dump.reconciliationPermalink(m.getSlug(), v.getNumber()),
                figure + ". " + abbreviate(Objects.toString(v.getRationale(), ""), 500), null);
    }

    private static String plain(java.math.BigDecimal n) {
        return Numbers.plain(n).toPlainString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
