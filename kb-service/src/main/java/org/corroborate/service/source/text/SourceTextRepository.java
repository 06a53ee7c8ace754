package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.source.SourceText;

import java.util.Optional;

/** Held texts in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class SourceTextRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<SourceText> findBySource(long sourceId) {
        return em.createNamedQuery("SourceText.findBySource", SourceText.class)
                .setParameter("source", sourceId)
                .getResultStream().findFirst();
    }

    public void add(SourceText text) {
        em.persist(text);
    }

    public void remove(SourceText text) {
        em.remove(text);
    }

    public void flush() {
        em.flush();
    }
}
