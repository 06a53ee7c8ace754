package org.corroborate.service.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.organization.Organization;

import java.util.List;
import java.util.Optional;

/** Organizations in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class OrganizationRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Organization> findBySlug(String slug) {
        return em.createNamedQuery("Organization.findBySlug", Organization.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Organization> all() {
        return em.createNamedQuery("Organization.findAll", Organization.class).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
    }

    public Organization add(Organization organization) {
        em.persist(organization);
        return organization;
    }
}
