package org.corroborate.service.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.measure.Measure;

import java.util.List;
import java.util.Optional;

/** Measures in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class MeasureRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Measure> find(long id) {
        return Optional.ofNullable(em.find(Measure.class, id));
    }

    public Optional<Measure> findBySlug(String slug) {
        return em.createNamedQuery("Measure.findBySlug", Measure.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Measure> all() {
        return em.createNamedQuery("Measure.findAll", Measure.class).getResultList();
    }

    public Measure add(Measure measure) {
        em.persist(measure);
        return measure;
    }

    /** Writes pending changes now, so that the new measure has its id inside the service call. */
    public void flush() {
        em.flush();
    }
}
