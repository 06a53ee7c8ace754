package org.corroborate.service.freshness;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.corroborate.service.audit.KnowledgeBaseChanged;
import org.corroborate.service.shared.SqlValues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The record of every committed change, in the database (a transactional outbox): each {@link KnowledgeBaseChanged}
 * writes one row in the change's own transaction, with the public entries it reaches, so the record and the
 * knowledge base never disagree. Positions come from one counter row that each change updates: its row lock is held
 * until the commit, so positions follow commit order with no gap, and a reader of the changes after position
 * {@code p} never misses one that commits later with a lower position. Every node follows the record
 * ({@link ChangeFollower}); validators and search indexes are derived from it. An EJB, so that any thread the
 * container manages may read it (outside a transaction, each read sees what is committed).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChangeRecord {

    private static final Logger LOG = Logger.getLogger(ChangeRecord.class.getName());

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    ChangeReach reach;

    @Inject
    DatabaseIdentity identity;

    private final Clock clock = Clock.systemUTC();
    private static volatile String databaseId;

    /**
     * Writes the change into the record, inside its transaction (AuditTrail.record fires the event in it): the
     * reach is worked out before the commit, while what the public saw before the change can still be found.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@Observes KnowledgeBaseChanged change) {
        Set<String> reached = change.seenByPublic() ? reachOf(change) : Set.of();
        em.createNativeQuery("UPDATE change_clock SET position = position + 1 WHERE id = 1").executeUpdate();
        long position = ((Number) em.createNativeQuery("SELECT position FROM change_clock WHERE id = 1")
                .getSingleResult()).longValue();
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Query insert = change.entityId() == null
                ? em.createNativeQuery("INSERT INTO change_record (position, committed_at, entity_type, entity_id, "
                + "seen_by_public, reach) VALUES (?1, ?2, ?3, NULL, ?4, ?5)")
                : em.createNativeQuery("INSERT INTO change_record (position, committed_at, entity_type, entity_id, "
                + "seen_by_public, reach) VALUES (?1, ?2, ?3, ?6, ?4, ?5)").setParameter(6, change.entityId());
        insert.setParameter(1, position).setParameter(2, now).setParameter(3, change.entityType())
                .setParameter(4, change.seenByPublic()).setParameter(5, String.join(" ", reached)).executeUpdate();
        // the counter's row lock is held: no other change writes these rows before this one commits
        for (String tag : reached) {
            int updated = em.createNativeQuery("UPDATE entry_change SET position = ?1, changed_at = ?2 WHERE tag = ?3")
                    .setParameter(1, position).setParameter(2, now).setParameter(3, tag).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO entry_change (tag, position, changed_at) VALUES (?1, ?2, ?3)")
                        .setParameter(1, tag).setParameter(2, position).setParameter(3, now).executeUpdate();
            }
        }
    }

    private Set<String> reachOf(KnowledgeBaseChanged change) {
        try {
            return reach.of(change.entityType(), change.entityId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not work out what " + change + " reaches; counting everything as changed", e);
            return Set.of(Freshness.EVERYTHING);
        }
    }

    /** The highest committed position in the database (0 before the first change). */
    public long lastPosition() {
        return ((Number) em.createNativeQuery("SELECT position FROM change_clock WHERE id = 1").getSingleResult())
                .longValue();
    }

    /** At most {@code limit} committed changes after {@code position}, in position order. */
    @SuppressWarnings("unchecked")
    public List<RecordedChange> after(long position, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT position, committed_at, entity_type, entity_id, "
                        + "seen_by_public, reach FROM change_record WHERE position > ?1 ORDER BY position")
                .setParameter(1, position).setMaxResults(limit).getResultList();
        List<RecordedChange> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String reached = (String) row[5];
            Set<String> tags = reached == null || reached.isBlank() ? Set.of()
                    : Arrays.stream(reached.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
            changes.add(new RecordedChange(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                    row[3] == null ? null : ((Number) row[3]).longValue(), bool(row[4]), tags));
        }
        return changes;
    }

    /** The oldest position still held: the record is pruned, older ones may be gone. Empty when it holds none. */
    public OptionalLong oldestPosition() {
        Object oldest = em.createNativeQuery("SELECT MIN(position) FROM change_record").getSingleResult();
        return oldest == null ? OptionalLong.empty() : OptionalLong.of(((Number) oldest).longValue());
    }

    /** The last change of every public entry that ever changed: what a starting node loads its validators from. */
    @SuppressWarnings("unchecked")
    public List<EntryChange> entryChanges() {
        List<Object[]> rows = em.createNativeQuery("SELECT tag, position, changed_at FROM entry_change").getResultList();
        return rows.stream().map(r -> new EntryChange((String) r[0], ((Number) r[1]).longValue(), instant(r[2])))
                .toList();
    }

    /**
     * The database's identity, made once for it: differs when a node meets a new database (a search index built from
     * another one must then start afresh).
     */
    public String databaseId() {
        String id = databaseId;
        if (id == null) {
            id = identity.read().orElseGet(() -> {
                try {
                    return identity.create();
                } catch (RuntimeException e) {
                    // another node made it first
                    return identity.read().orElseThrow(() -> e);
                }
            });
            databaseId = id;
        }
        return id;
    }

    /**
     * Deletes the changes committed before {@code before}; the counter keeps the last position. Must run once per
     * cluster (a task that claims its run in the database), not on every node; a follower that has fallen behind the
     * pruned part rebuilds what it derives (see {@link #oldestPosition()}).
     *
     * @return how many changes were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int prune(Instant before) {
        return em.createNativeQuery("DELETE FROM change_record WHERE committed_at < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    /** A timestamp column as the driver gives it ({@link SqlValues#instant}). */
    static Instant instant(Object value) {
        return SqlValues.instant(value);
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
