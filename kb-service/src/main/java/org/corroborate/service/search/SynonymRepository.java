package org.corroborate.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.search.SynonymGroup;

import java.util.List;
import java.util.Optional;

/** The synonym groups in the database. Called by services, inside their transactions, and by the index to read them. */
@ApplicationScoped
public class SynonymRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public List<SynonymGroup> all() {
        return em.createNamedQuery("SynonymGroup.all", SynonymGroup.class).getResultList();
    }

    public Optional<SynonymGroup> find(long id) {
        return Optional.ofNullable(em.find(SynonymGroup.class, id));
    }

    public SynonymGroup add(SynonymGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }

    public void remove(SynonymGroup group) {
        em.remove(group);
    }

    public void flush() {
        em.flush();
    }
}
