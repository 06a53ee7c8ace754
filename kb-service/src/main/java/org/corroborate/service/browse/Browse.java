package org.corroborate.service.browse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.measure.TopicNames;
import org.corroborate.model.reconciliation.Assignment;
import org.corroborate.model.reconciliation.ReconciledFigure;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.reconciliation.Response;
import org.corroborate.model.reconciliation.Stance;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.crossref.Severity;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.model.source.Author;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Browsing the knowledge base as the public sees it: verified claims, published reconciliations and public
 * sources only, whoever asks (a member's drafts and the sources held in confidence are never listed here; members
 * find their own work under "My items"). Every list is bounded or paged. Each public method is one transaction.
 */
@Stateless
public class Browse {

    /** The most items one page holds. */
    public static final int MAX_PAGE = 100;

    /** How many items each list of the home page holds. */
    public static final int HOME_LIST = 10;

    /** The most topics listed. */
    static final int MAX_TOPICS = 500;

    /** The most endorsements and dissents an organization's profile lists. */
    static final int MAX_RESPONSES = 50;

    @Inject
    BrowseRepository data;

    @Inject
    OrganizationRepository organizations;

    @Inject
    TopicNames topicNames;

    // ---------------------------------------------------------------- home

    /** The home page's lists, each at most {@code max} long. */
    public HomeView home(@Min(1) @Max(MAX_PAGE) int max) {
        return new HomeView(figures(data.latestCurrentVersions(max)), latestClaims(max),
                figures(data.dissentedCurrentVersions(max)), conflicts(max), topics());
    }

    /** The latest published reconciliations (current versions), the newest first. */
    public List<PublishedFigure> latestReconciliations(@Min(1) @Max(MAX_PAGE) int max) {
        return figures(data.latestCurrentVersions(max));
    }

    /** The most recently verified (or changed) public claims, the newest first. */
    public List<ClaimLine> latestClaims(@Min(1) @Max(MAX_PAGE) int max) {
        return data.latestPublicClaims(max).stream().map(Browse::line).toList();
    }

    /**
     * The measures whose public claims hold major conflicts that the measure's current reconciliation does not
     * weigh (both claims of a pair given a role settle it), the most conflicted first.
     */
    public List<ConflictedMeasure> conflicts(@Min(1) @Max(MAX_PAGE) int max) {
        // a few more candidates than needed: some turn out settled by a reconciliation
        Map<Long, Long> candidates = data.measuresWithMajorConflicts(max * 3);
        Set<Long> measureIds = candidates.keySet();
        Set<Long> settled = data.currentVersionsOf(measureIds).stream()
                .flatMap(v -> v.getAssignments().stream().map(Assignment::getClaimId))
                .collect(Collectors.toSet());
        Map<Long, Long> open = new LinkedHashMap<>();
        for (long[] pair : data.majorConflictPairs(measureIds)) {
            if (!(settled.contains(pair[1]) && settled.contains(pair[2]))) {
                open.merge(pair[0], 1L, Long::sum);
            }
        }
        Map<Long, Measure> measures = byId(data.measures(open.keySet()), Measure::getId);
        Map<Long, Spread> spreads = spreads(measures.values());
        return open.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()
                        .thenComparing(e -> measures.get(e.getKey()).getName()))
                .limit(max)
                .map(e -> new ConflictedMeasure(MeasureLink.of(measures.get(e.getKey())), e.getValue(),
                        spreads.get(e.getKey())))
                .toList();
    }

    // ---------------------------------------------------------------- every public page

    /**
     * The permalinks of every page an anonymous reader can open about a single entry, for rendering them ahead of
     * readers: the home page, then each measure with a public claim, each verified claim and each public source, in
     * that order.
     */
    public List<String> publicPermalinks() {
        List<String> paths = new ArrayList<>();
        paths.add("/");
        data.publicMeasureSlugs().forEach(slug -> paths.add(PermalinkPaths.measure(slug)));
        data.publicClaimIds().forEach(id -> paths.add(PermalinkPaths.claim(id)));
        data.publicSourceIds().forEach(id -> paths.add(PermalinkPaths.source(id)));
        return paths;
    }

    // ---------------------------------------------------------------- topics

    /** Every topic's Korean name, by the English name measures carry (for labels such as search facets). */
    public Map<String, String> topicsInKorean() {
        return topicNames.korean();
    }

    /** Every topic with a public measure, in name order, with how many public measures it has. */
    public List<TopicCount> topics() {
        Map<String, String> korean = topicNames.korean();
        return data.topicCounts(MAX_TOPICS).stream()
                .map(row -> new TopicCount((String) row[0], ((Number) row[1]).longValue(),
                        PermalinkPaths.topic((String) row[0]), korean.get((String) row[0])))
                .toList();
    }

    /**
     * One page of a topic's public measures, by name, each with its public figure or its count of public claims;
     * empty when no measure of this topic has a public claim.
     */
    public Optional<TopicView> topic(@NotNull @Size(max = 200) String name, @Min(0) int offset,
                                     @Min(1) @Max(MAX_PAGE) int limit) {
        long total = data.countTopicMeasures(name);
        if (total == 0) {
            return Optional.empty();
        }
        List<Object[]> rows = data.topicMeasures(name, offset, limit);
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Measure> measures = byId(data.measures(ids), Measure::getId);
        Map<Long, PublishedFigure> figures = figures(data.currentVersionsOf(ids)).stream()
                .collect(Collectors.toMap(f -> f.measure().id(), f -> f));
        Map<Long, Spread> spreads = spreads(measures.values());
        List<MeasureLine> lines = rows.stream().map(row -> {
            long id = (Long) row[0];
            return new MeasureLine(MeasureLink.of(measures.get(id)), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), figures.get(id), spreads.get(id));
        }).toList();
        return Optional.of(new TopicView(name, PermalinkPaths.topic(name), new Page<>(total, offset, limit, lines),
                topicNames.korean(name)));
    }

    // ---------------------------------------------------------------- organizations

    /** Every member organization, by name, with its counts of public sources and verified claims. */
    public List<OrganizationLine> organizations() {
        Map<Long, Long> sources = data.publicSourceCounts();
        Map<Long, Long> claims = data.publicClaimCounts();
        return organizations.all().stream()
                .map(o -> new OrganizationLine(o.getSlug(), o.getName(), o.getShortName(), o.getCountry(),
                        sources.getOrDefault(o.getId(), 0L), claims.getOrDefault(o.getId(), 0L),
                        PermalinkPaths.organization(o.getSlug())))
                .toList();
    }

    /** An organization's public profile; empty when there is no organization with this slug. */
    public Optional<OrganizationProfile> organization(@NotNull @Size(max = 80) String slug) {
        return organizations.findBySlug(slug).map(o -> {
            List<Response> responses = data.responsesOf(o.getSlug(), MAX_RESPONSES);
            List<ResponseLine> lines = responses.stream().map(x -> {
                ReconciliationVersion v = x.getVersion();
                Measure m = v.getReconciliation().getMeasure();
                return new ResponseLine(MeasureLink.of(m), v.getNumber(),
                        v.getNumber() == v.getReconciliation().getPublishedCount(), x.getStance().name(),
                        x.getComment(), x.getRespondedAt(), PermalinkPaths.reconciliation(m.getSlug(), v.getNumber()));
            }).toList();
            return new OrganizationProfile(o.getSlug(), o.getName(), o.getShortName(), o.getCountry(), o.getWebsite(),
                    o.getDescription(), data.countPublicSources(null, o.getSlug()), data.countPublicClaimsOf(o),
                    lines, PermalinkPaths.organization(o.getSlug()));
        });
    }

    /** One page of an organization's verified claims, the most recent first; empty for an unknown organization. */
    public Optional<Page<ClaimLine>> claimsOf(@NotNull @Size(max = 80) String slug, @Min(0) int offset,
                                              @Min(1) @Max(MAX_PAGE) int limit) {
        return organizations.findBySlug(slug).map(o -> new Page<>(data.countPublicClaimsOf(o), offset, limit,
                data.publicClaimsOf(o, offset, limit).stream().map(Browse::line).toList()));
    }

    // ---------------------------------------------------------------- sources

    /** One page of the public sources, by title; sources held in confidence or for members only are never listed. */
    public Page<SourceLine> sources(@NotNull @Valid SourceFilter filter) {
        SourceKind kind = kind(filter.kind());
        String holder = filter.organization() == null || filter.organization().isBlank() ? null : filter.organization();
        long total = data.countPublicSources(kind, holder);
        List<SourceLine> lines = total == 0 ? List.of()
                : data.publicSources(kind, holder, filter.offset(), filter.limit()).stream().map(Browse::line).toList();
        return new Page<>(total, filter.offset(), filter.limit(), lines);
    }

    /** The kinds of source, for filters. */
    public static List<String> sourceKinds() {
        return Arrays.stream(SourceKind.values()).map(Enum::name).toList();
    }

    private static SourceKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SourceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(Browse.class, "unknownKind", kind, String.join(", ", sourceKinds()));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The spread of each of these measures' public figures and their conflicts, by measure id. */
    private Map<Long, Spread> spreads(Collection<Measure> measures) {
        Map<Long, Measure> byId = byId(List.copyOf(measures), Measure::getId);
        Map<Long, Object[]> conflicts = new HashMap<>();
        data.conflictCounts(byId.keySet()).forEach(row -> conflicts.put((Long) row[0], row));
        Map<Long, Spread> spreads = new HashMap<>();
        for (Object[] row : data.figureSpreads(byId.keySet())) {
            Measure m = byId.get((Long) row[0]);
            Object[] c = conflicts.get(m.getId());
            BigDecimal worst = c == null ? null : (BigDecimal) c[2];
            spreads.put(m.getId(), new Spread(Numbers.plain((BigDecimal) row[1]), Numbers.plain((BigDecimal) row[2]),
                    m.getUnit().name(), m.getUnit().symbol(), ((Number) row[3]).longValue(),
                    c == null ? 0 : ((Number) c[1]).longValue(), worst == null ? null : Severity.of(worst)));
        }
        return spreads;
    }

    private List<PublishedFigure> figures(List<ReconciliationVersion> versions) {
        Map<Long, Spread> spreads = spreads(versions.stream().map(v -> v.getReconciliation().getMeasure()).toList());
        Map<Long, Map<Stance, Long>> responses = data.responseCounts(versions.stream().map(ReconciliationVersion::getId).toList());
        return versions.stream().map(v -> {
            Measure m = v.getReconciliation().getMeasure();
            ReconciledFigure f = v.getFigure();
            Map<Stance, Long> counts = responses.getOrDefault(v.getId(), Map.of());
            return new PublishedFigure(MeasureLink.of(m), v.getNumber(), v.getRule().name(), Numbers.plain(f.low()),
                    Numbers.plain(f.high()), Numbers.plain(f.best()), v.getUnit().name(), v.getUnit().symbol(),
                    PeriodView.of(v.getPeriod()), v.getPublishedAt(),
                    PermalinkPaths.reconciliation(m.getSlug(), v.getNumber()),
                    counts.getOrDefault(Stance.ENDORSE, 0L), counts.getOrDefault(Stance.DISSENT, 0L),
                    counts.getOrDefault(Stance.DISSENT, 0L) > 0, spreads.get(m.getId()));
        }).toList();
    }

    private static ClaimLine line(Claim c) {
        Measure m = c.getMeasure();
        FigureView figure = c.getFigure() == null || m == null ? null
                : FigureView.of(c.getFigure(), Tolerance.percent(m.getAboutTolerancePercent()));
        return new ClaimLine(c.getId(), c.getStatement(), figure, PeriodView.of(c.getPeriod()),
                m == null ? null : MeasureLink.of(m), OrganizationRef.of(c.getOrganization()), c.getUpdatedAt(),
                PermalinkPaths.claim(c.getId()));
    }

    private static SourceLine line(Source s) {
        return new SourceLine(s.getId(), s.getKind().name(), s.getTitle(),
                s.getAuthors().stream().map(Author::getDisplayName).collect(Collectors.joining("; ")),
                s.getContainerTitle(), s.getPublisher(), s.getIssued() == null ? null : s.getIssued().toString(),
                s.getUrl(), OrganizationRef.of(s.getHolder()), PermalinkPaths.source(s.getId()));
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    }

}
