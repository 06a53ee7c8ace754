package org.corroborate.service.browse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.crossref.Severity;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.reconciliation.Response;
import org.corroborate.model.reconciliation.Stance;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Reader;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public reads that browsing pages through: every query is bounded (a page or a LIMIT) and loads what its rows
 * show in a fixed number of queries (join fetches and batch reads), never one query per row. Called by
 * {@link Browse}, inside its transactions.
 */
@ApplicationScoped
public class BrowseRepository {

    /** What the public sees of claims. */
    static final ClaimStatus PUBLIC = ClaimStatus.VERIFIED;

    private static final Set<Verdict> CONFLICTS = EnumSet.of(Verdict.CONFLICTS, Verdict.CUMULATIVE_DECREASE);

    /**
     * The current (latest) published version of a reconciliation, with its reconciliation and measure, of a measure
     * the public knows of ({@link MeasureAccess}).
     */
    private static final String CURRENT_VERSION = "SELECT v FROM ReconciliationVersion v "
            + "WHERE v.number = v.reconciliation.publishedCount AND "
            + MeasureAccess.condition("v.reconciliation.measure") + " ";

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    // ---------------------------------------------------------------- reconciliations

    /** The current published versions, the most recently published first. */
    public List<ReconciliationVersion> latestCurrentVersions(int max) {
        return versions(em.createQuery(CURRENT_VERSION + "ORDER BY v.publishedAt DESC, v.id DESC",
                ReconciliationVersion.class)).setMaxResults(max).getResultList();
    }

    /** The current published versions that at least one member organization dissents from, the newest first. */
    public List<ReconciliationVersion> dissentedCurrentVersions(int max) {
        return versions(em.createQuery(CURRENT_VERSION + "AND EXISTS (SELECT x FROM Response x WHERE x.version = v "
                        + "AND x.stance = :dissent) ORDER BY v.publishedAt DESC, v.id DESC", ReconciliationVersion.class))
                .setParameter("dissent", Stance.DISSENT)
                .setMaxResults(max).getResultList();
    }

    /** The current published versions of these measures. */
    public List<ReconciliationVersion> currentVersionsOf(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return versions(em.createQuery(CURRENT_VERSION + "AND v.reconciliation.measure.id IN :measures",
                ReconciliationVersion.class)).setParameter("measures", measureIds).getResultList();
    }

    /** How many endorsements and dissents each of these versions has: version id → stance → count. */
    public Map<Long, Map<Stance, Long>> responseCounts(Collection<Long> versionIds) {
        Map<Long, Map<Stance, Long>> counts = new HashMap<>();
        if (versionIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT x.version.id, x.stance, COUNT(x) FROM Response x WHERE x.version.id IN :versions "
                        + "GROUP BY x.version.id, x.stance", Object[].class)
                .setParameter("versions", versionIds).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Stance) row[1], ((Number) row[2]).longValue()));
        return counts;
    }

    /**
     * An organization's most recent endorsements and dissents, with their versions and measures (those the public
     * knows of).
     */
    public List<Response> responsesOf(String organizationSlug, int max) {
        return publicMeasures(em.createQuery("SELECT x FROM Response x WHERE x.organizationSlug = :organization AND "
                        + MeasureAccess.condition("x.version.reconciliation.measure")
                        + " ORDER BY x.respondedAt DESC, x.id DESC", Response.class))
                .setParameter("organization", organizationSlug)
                .setHint("eclipselink.join-fetch", "x.version")
                .setHint("eclipselink.join-fetch", "x.version.reconciliation")
                .setHint("eclipselink.join-fetch", "x.version.reconciliation.measure")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "x.version.assignments")
                .setHint("eclipselink.batch", "x.version.reconciliation.assignments")
                .setMaxResults(max).getResultList();
    }

    private static TypedQuery<ReconciliationVersion> versions(TypedQuery<ReconciliationVersion> query) {
        return publicMeasures(query).setHint("eclipselink.join-fetch", "v.reconciliation")
                .setHint("eclipselink.join-fetch", "v.reconciliation.measure")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "v.assignments")
                .setHint("eclipselink.batch", "v.reconciliation.assignments");
    }

    // ---------------------------------------------------------------- conflicts

    /**
     * The measures with the most major conflicts between two public claims: measure id → number of such pairs,
     * the most conflicted first. Whether a reconciliation already weighs a pair is left to the caller.
     */
    public Map<Long, Long> measuresWithMajorConflicts(int max) {
        Map<Long, Long> counts = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT p.measureId, COUNT(p) FROM ClaimComparison p, Claim a, Claim b "
                        + "WHERE a.id = p.lowClaimId AND b.id = p.highClaimId AND a.status = :public "
                        + "AND b.status = :public AND p.verdict IN :conflicts AND p.level = :major "
                        + "GROUP BY p.measureId ORDER BY COUNT(p) DESC, p.measureId", Object[].class)
                .setParameter("public", PUBLIC).setParameter("conflicts", CONFLICTS)
                .setParameter("major", Severity.MAJOR)
                .setMaxResults(max).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The pairs of public claims in major conflict on these measures: (measure id, low claim id, high claim id). */
    public List<long[]> majorConflictPairs(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.measureId, p.lowClaimId, p.highClaimId FROM ClaimComparison p, Claim a, Claim b "
                        + "WHERE p.measureId IN :measures AND a.id = p.lowClaimId AND b.id = p.highClaimId "
                        + "AND a.status = :public AND b.status = :public AND p.verdict IN :conflicts "
                        + "AND p.level = :major", Object[].class)
                .setParameter("measures", measureIds).setParameter("public", PUBLIC)
                .setParameter("conflicts", CONFLICTS).setParameter("major", Severity.MAJOR)
                .getResultList().stream()
                .map(row -> new long[]{(Long) row[0], (Long) row[1], (Long) row[2]})
                .toList();
    }

    /**
     * The spread of each measure's public figures in the measure's own unit: (measure id, lowest stated number,
     * highest stated number, figures). A figure states a range (low, high) or one value.
     */
    public List<Object[]> figureSpreads(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.id, MIN(COALESCE(c.figure.low, c.figure.value)), "
                        + "MAX(COALESCE(c.figure.high, c.figure.value)), COUNT(c.id) FROM Claim c JOIN c.measure m "
                        + "WHERE m.id IN :measures AND c.status = :public AND c.figure.unit = m.unit "
                        + "AND COALESCE(c.figure.low, c.figure.value, c.figure.high) IS NOT NULL GROUP BY m.id",
                        Object[].class)
                .setParameter("measures", measureIds).setParameter("public", PUBLIC).getResultList();
    }

    /**
     * How many pairs of public figures of each measure are in conflict, and the largest gap among them:
     * (measure id, pairs, largest severity or null).
     */
    public List<Object[]> conflictCounts(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.measureId, COUNT(p), MAX(p.severity) FROM ClaimComparison p, Claim a, Claim b "
                        + "WHERE p.measureId IN :measures AND a.id = p.lowClaimId AND b.id = p.highClaimId "
                        + "AND a.status = :public AND b.status = :public AND p.verdict IN :conflicts "
                        + "GROUP BY p.measureId", Object[].class)
                .setParameter("measures", measureIds).setParameter("public", PUBLIC)
                .setParameter("conflicts", CONFLICTS).getResultList();
    }

    // ---------------------------------------------------------------- measures and topics

    /** Each topic with how many of its measures have a public claim, in name order; measures without a topic left out. */
    public List<Object[]> topicCounts(int max) {
        return em.createQuery("SELECT m.topic, COUNT(DISTINCT m.id) FROM Claim c JOIN c.measure m "
                        + "WHERE c.status = :public AND m.topic IS NOT NULL GROUP BY m.topic ORDER BY m.topic", Object[].class)
                .setParameter("public", PUBLIC).setMaxResults(max).getResultList();
    }

    public long countTopicMeasures(String topic) {
        return em.createQuery("SELECT COUNT(DISTINCT m.id) FROM Claim c JOIN c.measure m "
                        + "WHERE c.status = :public AND m.topic = :topic", Long.class)
                .setParameter("public", PUBLIC).setParameter("topic", topic).getSingleResult();
    }

    /**
     * A page of the topic's measures that have a public claim, in name order: (measure id, public claims,
     * organizations with a public claim).
     */
    public List<Object[]> topicMeasures(String topic, int offset, int limit) {
        return em.createQuery("SELECT m.id, COUNT(c.id), COUNT(DISTINCT c.organization.id) FROM Claim c JOIN c.measure m "
                        + "WHERE c.status = :public AND m.topic = :topic GROUP BY m.id, m.name ORDER BY m.name, m.id",
                        Object[].class)
                .setParameter("public", PUBLIC).setParameter("topic", topic)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<Measure> measures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Measure m WHERE m.id IN :ids", Measure.class)
                .setParameter("ids", ids).getResultList();
    }

    // ---------------------------------------------------------------- claims

    /** The most recently changed public claims with a measure, the newest first. */
    public List<Claim> latestPublicClaims(int max) {
        return claims(em.createQuery("SELECT c FROM Claim c JOIN FETCH c.measure JOIN FETCH c.organization "
                + "WHERE c.status = :public ORDER BY c.updatedAt DESC, c.id DESC", Claim.class), 0, max);
    }

    public long countPublicClaimsOf(Organization organization) {
        return em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.organization = :organization AND c.status = :public",
                        Long.class)
                .setParameter("organization", organization).setParameter("public", PUBLIC).getSingleResult();
    }

    /** A page of the organization's public claims, the most recently changed first. */
    public List<Claim> publicClaimsOf(Organization organization, int offset, int limit) {
        return claims(em.createQuery("SELECT c FROM Claim c LEFT JOIN FETCH c.measure JOIN FETCH c.organization "
                        + "WHERE c.organization = :organization AND c.status = :public "
                        + "ORDER BY c.updatedAt DESC, c.id DESC", Claim.class)
                .setParameter("organization", organization), offset, limit);
    }

    /** Organization id → number of public claims. */
    public Map<Long, Long> publicClaimCounts() {
        return counts(em.createQuery("SELECT c.organization.id, COUNT(c) FROM Claim c WHERE c.status = :public "
                + "GROUP BY c.organization.id", Object[].class).setParameter("public", PUBLIC));
    }

    private static List<Claim> claims(TypedQuery<Claim> query, int offset, int limit) {
        return query.setParameter("public", PUBLIC)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.topics")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    // ---------------------------------------------------------------- every public page

    /** The slugs of the measures with a public claim, in id order. */
    public List<String> publicMeasureSlugs() {
        return em.createQuery("SELECT m.slug FROM Measure m WHERE EXISTS (SELECT c FROM Claim c WHERE c.measure = m "
                + "AND c.status = :public) ORDER BY m.id", String.class).setParameter("public", PUBLIC).getResultList();
    }

    /** The ids of the public claims, in id order. */
    public List<Long> publicClaimIds() {
        return em.createQuery("SELECT c.id FROM Claim c WHERE c.status = :public ORDER BY c.id", Long.class)
                .setParameter("public", PUBLIC).getResultList();
    }

    /** The ids of the public sources, in id order. */
    public List<Long> publicSourceIds() {
        return em.createQuery("SELECT s.id FROM Source s WHERE s.confidentiality = :public ORDER BY s.id", Long.class)
                .setParameter("public", Confidentiality.PUBLIC).getResultList();
    }

    // ---------------------------------------------------------------- sources

    /** How many public sources match; {@code kind} and {@code holderSlug} null for any. */
    public long countPublicSources(SourceKind kind, String holderSlug) {
        return publicSources("SELECT COUNT(s) FROM Source s", kind, holderSlug, "", Long.class).getSingleResult();
    }

    /** A page of the public sources that match, in title order, with their holders and authors. */
    public List<Source> publicSources(SourceKind kind, String holderSlug, int offset, int limit) {
        return publicSources("SELECT s FROM Source s", kind, holderSlug, " ORDER BY s.title, s.id", Source.class)
                .setHint("eclipselink.join-fetch", "s.holder")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.authors")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Organization id → number of public sources it holds. */
    public Map<Long, Long> publicSourceCounts() {
        return counts(em.createQuery("SELECT s.holder.id, COUNT(s) FROM Source s WHERE s.confidentiality = :public "
                + "GROUP BY s.holder.id", Object[].class).setParameter("public", Confidentiality.PUBLIC));
    }

    private <T> TypedQuery<T> publicSources(String select, SourceKind kind, String holderSlug, String order,
                                            Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " WHERE s.confidentiality = :public"
                        + (kind == null ? "" : " AND s.kind = :kind")
                        + (holderSlug == null ? "" : " AND s.holder.slug = :holder") + order, type)
                .setParameter("public", Confidentiality.PUBLIC);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (holderSlug != null) {
            query.setParameter("holder", holderSlug);
        }
        return query;
    }

    /** Binds the query's {@link MeasureAccess#condition} to the public. */
    private static <T> TypedQuery<T> publicMeasures(TypedQuery<T> query) {
        return MeasureAccess.bind(query, Reader.ANONYMOUS);
    }

    private static Map<Long, Long> counts(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
