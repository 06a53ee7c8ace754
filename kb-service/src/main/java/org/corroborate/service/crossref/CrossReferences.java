package org.corroborate.service.crossref;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.crossref.ClaimComparison;
import org.corroborate.model.crossref.ClaimFacts;
import org.corroborate.model.crossref.Origins;
import org.corroborate.model.crossref.PairJudge;
import org.corroborate.model.crossref.Severity;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.claim.ClaimChanged;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.schema.StartupLock;
import org.corroborate.service.measure.MeasureChanged;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.measure.TopicNames;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.source.SourceRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-referencing: which claims of a measure agree, conflict, are not comparable, revise or repeat one another.
 * Findings are stored per pair and re-examined incrementally: a change to one claim re-judges only that claim against
 * the other claims of its measure (one indexed query), so the cost does not grow with the knowledge base.
 */
@Stateless
public class CrossReferences {

    /** The claims that are cross-referenced: those waiting for review and those verified (not those sent back). */
    public static final Set<ClaimStatus> COMPARED =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED);

    private static final Set<Verdict> CONFLICTS = EnumSet.of(Verdict.CONFLICTS, Verdict.CUMULATIVE_DECREASE);

    @Inject
    ClaimRepository claims;

    @Inject
    StartupLock startupLock;

    @Inject
    MeasureRepository measures;

    @Inject
    TopicNames topicNames;

    @Inject
    ComparisonRepository comparisons;

    @Inject
    Reconciliations reconciliations;

    @Inject
    jakarta.enterprise.event.Event<ConflictFound> conflictFound;

    /** A claim's content or status changed (submitted, revised, verified, rejected, withdrawn): re-examine it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void claimChanged(@Observes ClaimChanged change) {
        reexamine(change.claimId());
    }

    /** A measure's tolerance for "about" changed: re-examine all its claims. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void measureChanged(@Observes MeasureChanged change) {
        reexamineMeasure(change.measureId());
    }

    /**
     * Re-examines the claim against the other claims of its measure, inside the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reexamine(long claimId) {
        Set<Long> conflictingBefore = conflictingWith(claimId);
        comparisons.deleteForClaim(claimId);
        Claim claim = claims.find(claimId).orElse(null);
        if (claim == null || claim.getMeasure() == null || !COMPARED.contains(claim.getStatus())) {
            return;
        }
        Compared facts = Compared.of(claim);
        long measureId = claim.getMeasure().getId();
        for (Claim other : claims.ofMeasure(claim.getMeasure(), COMPARED)) {
            if (!other.getId().equals(claimId)) {
                ClaimComparison found = compare(measureId, facts, Compared.of(other));
                comparisons.add(found);
                if (CONFLICTS.contains(found.getVerdict()) && !conflictingBefore.contains(other.getId())) {
                    conflictFound.fire(new ConflictFound(measureId, claimId, other.getId()));
                }
            }
        }
    }

    /** The claims this claim's stored findings say it conflicts with. */
    private Set<Long> conflictingWith(long claimId) {
        return comparisons.ofClaim(claimId).stream().filter(p -> CONFLICTS.contains(p.getVerdict()))
                .map(p -> p.getLowClaimId() == claimId ? p.getHighClaimId() : p.getLowClaimId())
                .collect(Collectors.toSet());
    }

    /**
     * Re-examines every claim of one measure, inside the caller's transaction (after an editor changes the measure's
     * tolerance for "about", or after a bulk load).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reexamineMeasure(long measureId) {
        comparisons.deleteForMeasure(measureId);
        Measure measure = measures.find(measureId).orElse(null);
        if (measure == null) {
            return;
        }
        List<Compared> facts = claims.ofMeasure(measure, COMPARED).stream().map(Compared::of).toList();
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                comparisons.add(compare(measureId, facts.get(i), facts.get(j)));
            }
        }
    }

    /**
     * Re-examines every measure, inside the caller's transaction: after the demo or a generated knowledge base is
     * loaded.
     *
     * @return how many measures were examined
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int reexamineAll() {
        List<Measure> all = measures.all();
        all.forEach(m -> reexamineMeasure(m.getId()));
        return all.size();
    }

    /**
     * Cross-references every measure when no finding is stored yet but claims are waiting to be compared (a database
     * filled before cross-referencing existed). One transaction.
     *
     * @return how many measures were examined; 0 when there was nothing to do
     */
    public int backfillIfEmpty() {
        // nodes starting side by side: one cross-references, the others then find the findings
        startupLock.holdUntilCommit();
        if (comparisons.count() > 0 || !claims.anyMeasureWithSeveral(COMPARED)) {
            return 0;
        }
        return reexamineAll();
    }

    /** A claim's facts for the judge and the sources its figure-level chains reach. */
    private record Compared(ClaimFacts facts, Set<Long> reach) {
        static Compared of(Claim c) {
            return new Compared(ClaimFacts.of(c), Origins.reach(c));
        }
    }

    /**
     * The finding on a pair, with "same origin" when the claims' figure-level chains meet (they share an origin, or
     * one relays a source the other cites): the same rule that puts them in one origin group.
     */
    private static ClaimComparison compare(long measureId, Compared a, Compared b) {
        return new ClaimComparison(measureId, a.facts().id(), b.facts().id(), PairJudge.judge(a.facts(), b.facts()),
                Origins.shareOrigin(a.reach(), b.reach()));
    }

    /**
     * What cross-referencing found on a measure's claims, as far as this reader may see them; empty when the reader
     * may not know of the measure.
     */
    public Optional<MeasureCrossReference> ofMeasure(@NotNull String slug, @NotNull Reader reader) {
        return measures.findBySlug(slug, reader).map(m -> {
            Map<Long, Claim> visible = visibleClaims(m, reader);
            Map<Long, ClaimSummary> summaries = summaries(visible.values(), reader);
            List<ComparisonView> found = comparisons.ofMeasure(m.getId()).stream()
                    .filter(p -> visible.containsKey(p.getLowClaimId()) && visible.containsKey(p.getHighClaimId()))
                    .map(p -> view(p, summaries))
                    .sorted(MOST_TELLING_FIRST)
                    .toList();
            Map<Long, Set<Long>> reach = new LinkedHashMap<>();
            visible.values().forEach(c -> reach.put(c.getId(), Origins.reach(c)));
            List<Set<Long>> groups = Origins.groups(reach);
            List<OriginGroupView> groupViews = new ArrayList<>();
            Map<Long, Integer> groupOf = new LinkedHashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                int number = g + 1;
                Map<Long, Source> roots = new LinkedHashMap<>();
                for (Long claimId : groups.get(g)) {
                    groupOf.put(claimId, number);
                    Origins.supporting(visible.get(claimId)).stream().map(Origins::of)
                            .forEach(r -> roots.putIfAbsent(r.getId(), r));
                }
                List<SourceRef> shown = refs(List.copyOf(roots.values()), reader);
                groupViews.add(new OriginGroupView(number, List.copyOf(groups.get(g)), shown,
                        roots.size() - shown.size()));
            }
            List<OriginChainView> chains = visible.values().stream()
                    .map(c -> chains(c, groupOf.getOrDefault(c.getId(), 0), reader)).toList();
            return new MeasureCrossReference(MeasureRef.of(m), found, groupViews, visible.size(), groups.size(), chains);
        });
    }

    /** One claim's origin chains and findings, when this reader may see the claim. */
    public Optional<ClaimCrossReference> ofClaim(long id, @NotNull Reader reader) {
        return claims.find(id).filter(c -> ClaimAccess.maySee(c, reader)).map(c -> {
            List<ClaimComparison> pairs = comparisons.ofClaim(id);
            Map<Long, Claim> involved = new LinkedHashMap<>();
            involved.put(c.getId(), c);
            claims.withIds(pairs.stream().map(p -> p.other(id)).collect(Collectors.toSet())).stream()
                    .filter(o -> ClaimAccess.maySee(o, reader))
                    .forEach(o -> involved.put(o.getId(), o));
            Map<Long, ClaimSummary> summaries = summaries(involved.values(), reader);
            List<ComparisonView> found = pairs.stream()
                    .filter(p -> involved.containsKey(p.other(id)))
                    .map(p -> orient(view(p, summaries), id))
                    .sorted(MOST_TELLING_FIRST)
                    .toList();
            return new ClaimCrossReference(chains(c, 0, reader), found);
        });
    }

    /**
     * The open conflicts an editor has to settle, grouped per measure, the worst measure first: disjoint figures and
     * falling running totals, leaving out those whose two claims a published reconciliation already weighs.
     */
    public List<MeasureConflicts> conflictBoard(@NotNull Reader reader, @NotNull @Valid ConflictFilter filter) {
        Permissions.requireSignedIn(reader);
        if (!reader.isMember()) {
            throw NotPermittedException.of(Permissions.class, "signInRequired");
        }
        Severity minimum = filter.minimumLevel() == null ? Severity.MINOR : Severity.valueOf(filter.minimumLevel());
        List<ClaimComparison> open = comparisons.withVerdicts(CONFLICTS).stream()
                .filter(p -> p.getLevel() == null || p.getLevel().compareTo(minimum) >= 0)
                .toList();
        Set<Long> settled = reconciliations.settledClaimIds(
                open.stream().map(ClaimComparison::getMeasureId).collect(Collectors.toSet()));
        Map<Long, Claim> loaded = new LinkedHashMap<>();
        Map<Long, List<ClaimComparison>> byMeasure = new LinkedHashMap<>();
        for (ClaimComparison p : open) {
            if (settled.contains(p.getLowClaimId()) && settled.contains(p.getHighClaimId())) {
                continue;
            }
            Claim a = loaded.computeIfAbsent(p.getLowClaimId(), k -> claims.find(k).orElse(null));
            Claim b = loaded.computeIfAbsent(p.getHighClaimId(), k -> claims.find(k).orElse(null));
            if (a == null || b == null || !ClaimAccess.maySee(a, reader) || !ClaimAccess.maySee(b, reader)
                    || !matches(filter, a, b)) {
                continue;
            }
            byMeasure.computeIfAbsent(p.getMeasureId(), k -> new ArrayList<>()).add(p);
        }
        Map<Long, ClaimSummary> summaries = summaries(loaded.values().stream().filter(Objects::nonNull).toList(), reader);
        List<MeasureConflicts> board = new ArrayList<>();
        Map<String, String> topicsKo = topicNames.korean();
        byMeasure.forEach((measureId, pairs) -> {
            Measure m = loaded.get(pairs.get(0).getLowClaimId()).getMeasure();
            List<ComparisonView> views = pairs.stream().map(p -> view(p, summaries)).sorted(MOST_TELLING_FIRST).toList();
            board.add(new MeasureConflicts(MeasureRef.of(m), m.getTopic(), views, views.get(0).severity(),
                    views.get(0).level(), topicsKo.get(m.getTopic())));
        });
        board.sort(Comparator.comparing(MeasureConflicts::worstSeverity, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(mc -> mc.measure().name()));
        return board;
    }

    private static boolean matches(ConflictFilter filter, Claim a, Claim b) {
        if (filter.verifiedOnly() && (a.getStatus() != ClaimStatus.VERIFIED || b.getStatus() != ClaimStatus.VERIFIED)) {
            return false;
        }
        if (filter.topic() != null && !filter.topic().isBlank()
                && !filter.topic().strip().equalsIgnoreCase(Objects.toString(a.getMeasure().getTopic(), ""))) {
            return false;
        }
        return filter.organization() == null || filter.organization().isBlank()
                || filter.organization().equals(a.getOrganization().getSlug())
                || filter.organization().equals(b.getOrganization().getSlug());
    }

    /** Conflicts first (worst first), then revisions, falling totals, agreements, and what is not comparable last. */
    private static final Comparator<ComparisonView> MOST_TELLING_FIRST =
            Comparator.comparingInt((ComparisonView v) -> rank(v.verdict()))
                    .thenComparing(ComparisonView::severity, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparingLong(v -> v.a().id())
                    .thenComparingLong(v -> v.b().id());

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case CONFLICTS -> 0;
            case CUMULATIVE_DECREASE -> 1;
            case REVISION -> 2;
            case DUPLICATE -> 3;
            case UNINFORMATIVE -> 4;
            case AGREES -> 5;
            case NOT_COMPARABLE -> 6;
        };
    }

    private Map<Long, Claim> visibleClaims(Measure m, Reader reader) {
        Map<Long, Claim> visible = new LinkedHashMap<>();
        claims.ofMeasure(m, COMPARED).stream().filter(c -> ClaimAccess.maySee(c, reader))
                .forEach(c -> visible.put(c.getId(), c));
        return visible;
    }

    private static Map<Long, ClaimSummary> summaries(Collection<Claim> claims, Reader reader) {
        return claims.stream().collect(Collectors.toMap(Claim::getId, c -> ClaimSummary.of(c, reader), (x, y) -> x,
                LinkedHashMap::new));
    }

    private static ComparisonView view(ClaimComparison p, Map<Long, ClaimSummary> summaries) {
        return new ComparisonView(summaries.get(p.getLowClaimId()), summaries.get(p.getHighClaimId()),
                p.getVerdict(), p.getReason(), p.getSeverity(), p.getLevel(), p.isSameOrigin(), p.isPeriodAssumed(),
                p.getRevisedClaimId(), p.getNote());
    }

    /** The view with the given claim first. */
    private static ComparisonView orient(ComparisonView v, long first) {
        if (v.a().id() == first) {
            return v;
        }
        return new ComparisonView(v.b(), v.a(), v.verdict(), v.reason(), v.severity(), v.level(), v.sameOrigin(),
                v.periodAssumed(), v.revisedClaimId(), v.note());
    }

    /**
     * The figure-level chains of a claim's supporting citations, each once. A chain reaching a source this reader
     * may not know of stops before it and is marked incomplete, so that the last source shown is never taken for the
     * origin; a source held in confidence shows as a stub.
     */
    private static OriginChainView chains(Claim c, int group, Reader reader) {
        Map<List<Long>, ChainView> chains = new LinkedHashMap<>();
        for (Citation citation : Origins.supporting(c)) {
            List<Source> chain = Origins.chain(citation);
            List<Long> key = chain.stream().map(Source::getId).toList();
            if (chains.containsKey(key) || Visibility.of(chain.get(0), reader) == Visibility.HIDDEN) {
                continue;
            }
            List<HopView> hops = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < chain.size(); i++) {
                Visibility visibility = Visibility.of(chain.get(i), reader);
                if (visibility == Visibility.HIDDEN) {
                    complete = false;
                    break;
                }
                String locator = i == 0 || visibility != Visibility.FULL ? null
                        : citation.getRelayedFrom().get(i - 1).getLocator();
                hops.add(new HopView(SourceRef.of(chain.get(i), visibility), locator));
            }
            chains.put(key, new ChainView(hops, complete));
        }
        return new OriginChainView(c.getId(), c.getFigure() == null ? null : c.getFigure().getPhrase(), group,
                List.copyOf(chains.values()));
    }

    /** The sources in their order, hidden ones left out, restricted ones as stubs. */
    private static List<SourceRef> refs(List<Source> sources, Reader reader) {
        return sources.stream()
                .filter(s -> Visibility.of(s, reader) != Visibility.HIDDEN)
                .map(s -> SourceRef.of(s, Visibility.of(s, reader)))
                .toList();
    }

}
