package org.corroborate.service.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets one node of the cluster, and only one, do a scheduled task for a time slot: every node's timer calls
 * {@link #claim}, which inserts the row (task, slot) in its own committed transaction; the first insert wins, the
 * others fail on the primary key and their callers skip the work. Works the same for a cluster of one. Claims older
 * than {@link #KEEP} are deleted as new ones are made.
 * <pre>
 * if (once.claim("notification-retry", ClusterOnce.slot(Instant.now(), Duration.ofMinutes(1)))) { ... }
 * </pre>
 * Not transactional itself: call it outside a transaction, or the claim is made apart from yours anyway.
 */
@ApplicationScoped
public class ClusterOnce {

    /** How long claims are kept, as the record of which node ran what. */
    static final Duration KEEP = Duration.ofDays(3);

    private static final Logger LOG = Logger.getLogger(ClusterOnce.class.getName());

    @Inject
    ClusterTaskRuns runs;

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
     */
    public boolean claim(String task, String slot) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(slot, "slot");
        Instant now = Instant.now();
        try {
            runs.insert(task, slot, node.get(), now);
        } catch (RuntimeException e) {
            String winner = runs.claimant(task, slot).orElse(null);
            if (winner == null) {
                throw e; // not a lost race: the database refused the row
            }
            LOG.fine(() -> task + " " + slot + " is run by node " + winner);
            return false;
        }
        try {
            runs.pruneBefore(now.minus(KEEP));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not forget old task claims", e);
        }
        return true;
    }
}
