package org.corroborate.service.schema;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets one node at a time do the start-up work that must happen once for a database (load the demo, create the
 * first platform admin, cross-reference an older knowledge base). Nodes of a cluster start side by side on one
 * database: each would find it empty and do the work again, or fail on a unique key halfway through.
 *
 * <p>The caller's transaction locks one row of {@code startup_lock} (V23) until it commits; a second node's
 * transaction waits there, then reads what the first one committed and finds nothing left to do. A row lock rather
 * than PostgreSQL's {@code pg_advisory_xact_lock}, so that the same code runs on the embedded H2 database.
 */
@Stateless
public class StartupLock {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** Waits until no other node holds the start-up lock, and holds it until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdUntilCommit() {
        em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'first-start' FOR UPDATE").getResultList();
    }
}
