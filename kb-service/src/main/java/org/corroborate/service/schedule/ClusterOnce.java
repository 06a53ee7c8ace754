package org.corroborate.service.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets one node of the cluster, and only one, do a scheduled task for a time slot: every node's timer calls
 * {@link #claim}, which inserts the row (task, slot) of {@code cluster_task_run}, committed at once; the first insert
 * wins, the others fail on the primary key and their callers skip the work. Works the same for a cluster of one.
 * Claims older than {@link #KEEP} are deleted as new ones are made.
 * <pre>
 * if (once.claim("notification-retry", ClusterOnce.slot(Instant.now(), Duration.ofMinutes(1)))) { ... }
 * </pre>
 * Call it outside a transaction (a timer method with {@code NOT_SUPPORTED}): the claim must be committed, and seen by
 * the other nodes, before the work begins. It speaks JDBC, not JPA, so that a lost race (expected, every minute on
 * every node but one) is a result, not an exception logged by the persistence provider.
 */
@ApplicationScoped
public class ClusterOnce {

    /** How long claims are kept, as the record of which node ran what. */
    static final Duration KEEP = Duration.ofDays(3);

    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and on H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger LOG = Logger.getLogger(ClusterOnce.class.getName());

    @Resource(lookup = "java:app/jdbc/kb")
    DataSource database;

    @Inject
    NodeName node;

    /**
     * The slot of a task that runs every {@code period}: the instant rounded to the nearest multiple of the period
     * (UTC), so that nodes whose timers fire a little apart, on either side of the minute, name the same slot.
     */
    public static String slot(Instant at, Duration period) {
        long step = period.toMillis();
        long rounded = Math.floorDiv(at.toEpochMilli() + step / 2, step) * step;
        return Instant.ofEpochMilli(rounded).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Claims the task's slot for this node.
     *
     * @param task what is done, e.g. "notification-retry" (at most 100 characters)
     * @param slot which run of it, e.g. {@link #slot}'s answer or a date (at most 40 characters)
     * @return true when this node claimed it and must do the work; false when another node did
     * @throws IllegalStateException when the database refused the claim for another reason (then nobody may have
     *                               claimed it: the caller skips this slot, the next one is tried again)
     */
    public boolean claim(String task, String slot) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(slot, "slot");
        Instant now = Instant.now();
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO cluster_task_run (task, slot, node, claimed_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, task);
                insert.setString(2, slot);
                insert.setString(3, node.get());
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    LOG.fine(() -> task + " " + slot + " is another node's");
                    return false;
                }
                throw e;
            }
            try (PreparedStatement prune = c.prepareStatement("DELETE FROM cluster_task_run WHERE claimed_at < ?")) {
                prune.setObject(1, now.minus(KEEP).atOffset(ZoneOffset.UTC));
                prune.executeUpdate();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not forget old task claims", e);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim " + task + " " + slot, e);
        }
    }
}
