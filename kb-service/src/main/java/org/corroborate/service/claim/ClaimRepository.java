package org.corroborate.service.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.source.Source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Claims in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Claim> find(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    /** The measure's claims in these statuses, in period order, with organizations, citations and sources loaded. */
    public List<Claim> ofMeasure(Measure measure, Collection<ClaimStatus> statuses) {
        return withDetails(em.createNamedQuery("Claim.findByMeasureAndStatus", Claim.class)
                .setParameter("measure", measure).setParameter("statuses", statuses)).getResultList();
    }

    /** Every claim with a measure in these statuses, with the same details loaded. */
    public List<Claim> withMeasure(Collection<ClaimStatus> statuses) {
        return withDetails(em.createQuery(
                "SELECT c FROM Claim c JOIN FETCH c.measure WHERE c.status IN :statuses ORDER BY c.period.firstDay, c.id",
                Claim.class).setParameter("statuses", statuses)).getResultList();
    }

    private static TypedQuery<Claim> withDetails(TypedQuery<Claim> query) {
        // batch-load the associations a page shows: one query per association, not one per claim
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.organization")
                .setHint("eclipselink.batch", "c.topics")
                .setHint("eclipselink.batch", "c.citations")
                .setHint("eclipselink.batch", "c.citations.source")
                .setHint("eclipselink.batch", "c.citations.source.authors")
                .setHint("eclipselink.batch", "c.citations.source.relays")
                .setHint("eclipselink.batch", "c.citations.relayedFrom");
    }

    /** The claims with these ids (those that exist), with what a page shows of them, in one batch. */
    public List<Claim> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withDetails(em.createQuery("SELECT c FROM Claim c WHERE c.id IN :ids ORDER BY c.id", Claim.class)
                .setParameter("ids", ids)).getResultList();
    }

    /** The claims in these statuses that cite the source, in period order. */
    public List<Claim> citing(Source source, Collection<ClaimStatus> statuses) {
        return withDetails(em.createQuery(
                "SELECT DISTINCT c FROM Claim c JOIN c.citations ci WHERE ci.source = :source AND c.status IN :statuses",
                Claim.class).setParameter("source", source).setParameter("statuses", statuses)).getResultList();
    }

    /** Every claim of the organization with this slug, in any status, the most recently changed first. */
    public List<Claim> ofOrganization(String organizationSlug) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.organization.slug = :org ORDER BY c.updatedAt DESC, c.id DESC",
                        Claim.class).setParameter("org", organizationSlug)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.measure")
                .setHint("eclipselink.batch", "c.citations")
                .getResultList();
    }

    /**
     * Removes every citation of the claim, so that a revision can cite anew.
     *
     * @return the claim reloaded without citations, its version to be raised even if nothing else of it changes
     */
    public Claim dropCitations(Claim claim) {
        claim.dropCitations();
        em.lock(claim, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return claim;
    }

    /** True when some measure has at least two claims in these statuses (so that there is something to compare). */
    public boolean anyMeasureWithSeveral(Collection<ClaimStatus> statuses) {
        return !em.createQuery("SELECT c.measure.id FROM Claim c WHERE c.measure IS NOT NULL AND c.status IN :statuses "
                        + "GROUP BY c.measure.id HAVING COUNT(c) > 1", Long.class)
                .setParameter("statuses", statuses).setMaxResults(1).getResultList().isEmpty();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Claim c", Long.class).getSingleResult();
    }

    public Claim add(Claim claim) {
        em.persist(claim);
        return claim;
    }

    /** Writes pending changes now, so that a version conflict surfaces inside the service call. */
    public void flush() {
        em.flush();
    }
}
