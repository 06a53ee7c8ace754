package org.corroborate.service.freshness;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The random identity of the database, made once by the first node that asks (kb_instance). */
@Stateless
public class DatabaseIdentity {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> read() {
        List<?> ids = em.createNativeQuery("SELECT instance_id FROM kb_instance WHERE id = 1").getResultList();
        return ids.stream().map(String::valueOf).findFirst();
    }

    /** Makes the identity; fails when another node made it first (the row is unique). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String create() {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO kb_instance (id, instance_id) VALUES (1, ?1)").setParameter(1, id)
                .executeUpdate();
        return id;
    }
}
