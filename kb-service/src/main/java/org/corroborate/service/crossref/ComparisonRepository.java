package org.corroborate.service.crossref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.crossref.ClaimComparison;
import org.corroborate.model.crossref.Verdict;

import java.util.Collection;
import java.util.List;

/** Stored cross-reference findings. Called by services, inside their transactions. */
@ApplicationScoped
public class ComparisonRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** Removes every finding on this claim (two indexed deletes). */
    public void deleteForClaim(long claimId) {
        // two statements, each on its own index (an OR of two columns would scan the table)
        em.createNamedQuery("ClaimComparison.deleteAsLow").setParameter("claim", claimId).executeUpdate();
        em.createNamedQuery("ClaimComparison.deleteAsHigh").setParameter("claim", claimId).executeUpdate();
    }

    public void deleteForMeasure(long measureId) {
        em.createNamedQuery("ClaimComparison.deleteForMeasure").setParameter("measure", measureId).executeUpdate();
    }

    public void add(ClaimComparison comparison) {
        em.persist(comparison);
    }

    public List<ClaimComparison> ofMeasure(long measureId) {
        return em.createNamedQuery("ClaimComparison.ofMeasure", ClaimComparison.class)
                .setParameter("measure", measureId).getResultList();
    }

    public List<ClaimComparison> ofClaim(long claimId) {
        List<ClaimComparison> pairs = new java.util.ArrayList<>(em.createNamedQuery("ClaimComparison.asLow", ClaimComparison.class)
                .setParameter("claim", claimId).getResultList());
        pairs.addAll(em.createNamedQuery("ClaimComparison.asHigh", ClaimComparison.class)
                .setParameter("claim", claimId).getResultList());
        return pairs;
    }

    /** Findings with these verdicts, the most severe first. */
    public List<ClaimComparison> withVerdicts(Collection<Verdict> verdicts) {
        return em.createNamedQuery("ClaimComparison.conflicts", ClaimComparison.class)
                .setParameter("verdicts", verdicts).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM ClaimComparison p", Long.class).getSingleResult();
    }

    public void flush() {
        em.flush();
    }
}
