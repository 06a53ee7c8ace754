package org.corroborate.service.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.reconciliation.Reconciliation;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.reconciliation.Response;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reconciliations, their published versions and the responses to them. Called by services, in their transactions. */
@ApplicationScoped
public class ReconciliationRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Reconciliation> ofMeasure(Measure measure) {
        return em.createNamedQuery("Reconciliation.ofMeasure", Reconciliation.class).setParameter("measure", measure)
                .getResultStream().findFirst();
    }

    /**
     * The measure's reconciliation, created when it has none yet. The measure's row is locked before the reconciliation
     * is created, so that two editors opening or saving its first draft at the same moment create one: the second waits
     * until the first's transaction ends, then finds the reconciliation the first created.
     */
    public Reconciliation ofMeasureOrNew(Measure measure) {
        return ofMeasure(measure).orElseGet(() -> {
            em.lock(measure, LockModeType.PESSIMISTIC_WRITE);
            return ofMeasure(measure).orElseGet(() -> add(new Reconciliation(measure)));
        });
    }

    public Reconciliation add(Reconciliation r) {
        em.persist(r);
        return r;
    }

    public ReconciliationVersion add(ReconciliationVersion v) {
        em.persist(v);
        return v;
    }

    public Response add(Response r) {
        em.persist(r);
        return r;
    }

    /** Every published version, the newest first. */
    public List<ReconciliationVersion> versions(Reconciliation r) {
        return em.createNamedQuery("ReconciliationVersion.ofReconciliation", ReconciliationVersion.class)
                .setParameter("reconciliation", r).getResultList();
    }

    public Optional<ReconciliationVersion> version(Reconciliation r, int number) {
        return em.createNamedQuery("ReconciliationVersion.find", ReconciliationVersion.class)
                .setParameter("reconciliation", r).setParameter("number", number).getResultStream().findFirst();
    }

    /** The current (latest) published version of each of these measures that has one. */
    public List<ReconciliationVersion> currentOf(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ReconciliationVersion.currentOfMeasures", ReconciliationVersion.class)
                .setParameter("measures", measureIds).getResultList();
    }

    public List<Response> responses(ReconciliationVersion v) {
        return em.createNamedQuery("Response.ofVersion", Response.class).setParameter("version", v).getResultList();
    }

    public Optional<Response> response(ReconciliationVersion v, String organization) {
        return em.createNamedQuery("Response.ofOrganization", Response.class).setParameter("version", v)
                .setParameter("organization", organization).getResultStream().findFirst();
    }

    public void flush() {
        em.flush();
    }
}
