package org.corroborate.service.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.source.Source;

import java.util.List;
import java.util.Optional;

/** Sources in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class SourceRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /** The sources that relay this one. */
    public List<Source> relaying(Source source) {
        return em.createNamedQuery("Source.findRelaying", Source.class).setParameter("source", source).getResultList();
    }

    public Source add(Source source) {
        em.persist(source);
        return source;
    }

    public void flush() {
        em.flush();
    }
}
