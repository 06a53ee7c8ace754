package org.corroborate.service.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Reader;

import java.util.Collection;
import java.util.List;

/** The reads open-data exports page through. Called by {@link OpenData}, inside its read-only transactions. */
@ApplicationScoped
public class OpenDataRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** Claims in these statuses with an id above {@code afterId}, in id order, with their details loaded. */
    public List<Claim> claimsAfter(Collection<ClaimStatus> statuses, long afterId, int max) {
        return withDetails(em.createQuery("SELECT c FROM Claim c JOIN FETCH c.measure JOIN FETCH c.organization "
                        + "WHERE c.status IN :statuses AND c.id > :after ORDER BY c.id", Claim.class)
                .setParameter("statuses", statuses).setParameter("after", afterId), max);
    }

    /**
     * Claims in these statuses after the claim ({@code measureId}, {@code afterId}) in (measure id, claim id) order,
     * so that a scan meets each measure's claims together.
     */
    public List<Claim> claimsByMeasureAfter(Collection<ClaimStatus> statuses, long measureId, long afterId, int max) {
        return withDetails(em.createQuery("SELECT c FROM Claim c JOIN FETCH c.measure m JOIN FETCH c.organization "
                        + "WHERE c.status IN :statuses AND (m.id > :measure OR (m.id = :measure AND c.id > :after)) "
                        + "ORDER BY m.id, c.id", Claim.class)
                .setParameter("statuses", statuses).setParameter("measure", measureId).setParameter("after", afterId), max);
    }

    /** The most recently changed claims in these statuses, the newest first. */
    public List<Claim> latestClaims(Collection<ClaimStatus> statuses, int max) {
        return em.createQuery("SELECT c FROM Claim c JOIN FETCH c.measure JOIN FETCH c.organization "
                        + "WHERE c.status IN :statuses ORDER BY c.updatedAt DESC, c.id DESC", Claim.class)
                .setParameter("statuses", statuses).setMaxResults(max).getResultList();
    }

    /** The most recently published reconciliation versions of measures the public knows of, the newest first. */
    public List<ReconciliationVersion> latestVersions(int max) {
        return MeasureAccess.bind(em.createQuery("SELECT v FROM ReconciliationVersion v WHERE "
                        + MeasureAccess.condition("v.reconciliation.measure") + " ORDER BY v.publishedAt DESC, v.id DESC",
                        ReconciliationVersion.class), Reader.ANONYMOUS)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "v.reconciliation")
                .setHint("eclipselink.batch", "v.reconciliation.measure")
                .setMaxResults(max).getResultList();
    }

    /**
     * The slugs of the measures the public knows of with at least one published reconciliation version, in slug
     * order.
     */
    public List<String> reconciledMeasureSlugs() {
        return MeasureAccess.bind(em.createQuery("SELECT r.measure.slug FROM Reconciliation r WHERE r.publishedCount > 0 "
                + "AND " + MeasureAccess.condition("r.measure") + " ORDER BY r.measure.slug", String.class),
                Reader.ANONYMOUS).getResultList();
    }

    /** Every source, in id order, with authors and relays loaded. */
    public List<Source> sources() {
        return em.createQuery("SELECT s FROM Source s ORDER BY s.id", Source.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.authors")
                .setHint("eclipselink.batch", "s.relays")
                .getResultList();
    }

    /** Forgets the entities read so far, so that a long scan holds one page in memory at a time. Reads only. */
    public void forgetReadEntities() {
        em.clear();
    }

    private static List<Claim> withDetails(TypedQuery<Claim> query, int max) {
        // one query per association and page, not one per claim
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.topics")
                .setHint("eclipselink.batch", "c.citations")
                .setHint("eclipselink.batch", "c.citations.source")
                .setHint("eclipselink.batch", "c.citations.source.authors")
                .setMaxResults(max)
                .getResultList();
    }
}
