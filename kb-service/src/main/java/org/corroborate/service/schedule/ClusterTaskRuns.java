package org.corroborate.service.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The rows of {@code cluster_task_run}, each write its own transaction, so that a claim is committed (and seen by the
 * other nodes) before the claimed work begins. Used by {@link ClusterOnce} only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterTaskRuns {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** Inserts the claim; fails (on the primary key) when another node inserted it first. */
    public void insert(String task, String slot, String node, Instant at) {
        em.createNativeQuery("INSERT INTO cluster_task_run (task, slot, node, claimed_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, task).setParameter(2, slot).setParameter(3, node)
                .setParameter(4, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        em.flush();
    }

    /** The node that claimed this task's slot, if any did. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<String> claimant(String task, String slot) {
        return em.createNativeQuery("SELECT node FROM cluster_task_run WHERE task = ?1 AND slot = ?2")
                .setParameter(1, task).setParameter(2, slot)
                .getResultStream().findFirst().map(String::valueOf);
    }

    /** Forgets the claims made before this instant. */
    public int pruneBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM cluster_task_run WHERE claimed_at < ?1")
                .setParameter(1, before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
