package org.corroborate.service.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.review.ReviewNote;

import java.util.Collection;
import java.util.List;

/** Review notes, and the claims waiting for review. Called by services, inside their transactions. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public void add(ReviewNote note) {
        em.persist(note);
    }

    /** Writes pending notes now, so that their ids are known inside the service call. */
    public void flushQuietly() {
        em.flush();
    }

    public List<ReviewNote> ofClaim(long claimId) {
        return em.createNamedQuery("ReviewNote.ofClaim", ReviewNote.class).setParameter("claim", claimId).getResultList();
    }

    public List<ReviewNote> ofClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ReviewNote.ofClaims", ReviewNote.class).setParameter("claims", claimIds).getResultList();
    }

    /** Submitted claims, the longest waiting first, narrowed by the filter's non-empty parts. */
    public List<Claim> waiting(ReviewFilter filter, String excludeOrganization) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Claim c LEFT JOIN c.measure m WHERE c.status = :status");
        if (present(filter.measure())) {
            jpql.append(" AND m.slug = :measure");
        }
        if (present(filter.topic())) {
            jpql.append(" AND LOWER(m.topic) = :topic");
        }
        if (present(filter.organization())) {
            jpql.append(" AND c.organization.slug = :organization");
        }
        if (excludeOrganization != null) {
            jpql.append(" AND c.organization.slug <> :own");
        }
        jpql.append(" ORDER BY c.submittedAt, c.id");
        TypedQuery<Claim> q = em.createQuery(jpql.toString(), Claim.class).setParameter("status", ClaimStatus.SUBMITTED);
        if (present(filter.measure())) {
            q.setParameter("measure", filter.measure().strip());
        }
        if (present(filter.topic())) {
            q.setParameter("topic", filter.topic().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(filter.organization())) {
            q.setParameter("organization", filter.organization().strip());
        }
        if (excludeOrganization != null) {
            q.setParameter("own", excludeOrganization);
        }
        return q.setFirstResult(filter.offset()).setMaxResults(filter.limit())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.organization")
                .setHint("eclipselink.batch", "c.citations")
                .getResultList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
