package org.corroborate.service.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.corroborate.service.schedule.ClusterOnce;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the durable jobs alive across nodes. Every {@value #BEAT_SECONDS} seconds each node beats for the jobs it
 * holds, then looks for unfinished jobs whose node has not beaten for {@code kb.jobs.stale-after-seconds} (30): that
 * node stopped (killed, crashed, restarted). One live node takes each over (a conditional update: one wins) and, as
 * long as the job has started fewer than {@code kb.jobs.max-attempts} runs (2), queues it again here from its stored
 * input (its work is all or nothing, so nothing of the lost run was written); past that it is FAILED, retryable, for
 * its owner to decide (a job that stopped two nodes may be what stops them). Once an hour, one node forgets the jobs
 * finished over a day ago.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobWatch {

    static final int BEAT_SECONDS = 5;

    /** How long a finished job can still be read. */
    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(JobWatch.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    JobRows rows;

    @Inject
    ClusterOnce once;

    @Inject
    @Any
    Instance<JobRunner> runners;

    @Inject
    @ConfigProperty(name = "kb.jobs.stale-after-seconds", defaultValue = "30")
    int staleAfterSeconds;

    @Inject
    @ConfigProperty(name = "kb.jobs.max-attempts", defaultValue = "2")
    int maxAttempts;

    @Schedule(second = "*/" + BEAT_SECONDS, minute = "*", hour = "*", persistent = false, info = "job heartbeats")
    void tick() {
        beat();
        takeOverStale();
    }

    @Schedule(minute = "17", hour = "*", persistent = false, info = "finished jobs forgotten")
    void prune() {
        Instant now = Instant.now();
        if (once.claim("jobs-prune", ClusterOnce.slot(now, Duration.ofHours(1)))) {
            int gone = rows.pruneFinishedBefore(now.minus(KEEP_FINISHED));
            LOG.fine(() -> gone + " finished jobs forgotten");
        }
    }

    /** Says, for every job this node holds, that it still does. */
    public void beat() {
        for (String id : jobs.held()) {
            try {
                if (!rows.beat(id, jobs.node())) {
                    jobs.released(id); // finished, or taken over while this node was thought dead
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not beat for job " + id, e);
            }
        }
    }

    /**
     * Takes over the jobs of stopped nodes: each is queued again on this node, or failed.
     *
     * @return how many this node took over
     */
    public int takeOverStale() {
        Instant staleBefore = Instant.now().minusSeconds(staleAfterSeconds);
        List<JobRow> stale;
        try {
            stale = rows.stale(staleBefore, 20);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for the jobs of stopped nodes", e);
            return 0;
        }
        int taken = 0;
        for (JobRow job : stale) {
            JobRunner runner = runner(job.kind());
            if (runner == null) {
                continue;
            }
            boolean requeue = job.state() == JobState.QUEUED || job.attempts() < maxAttempts;
            try {
                if (!rows.takeOver(job, staleBefore, jobs.node(), requeue, runner.serverStopped())) {
                    continue; // another node was quicker, or the node came back
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not take over job " + job.id(), e);
                continue;
            }
            taken++;
            LOG.info(() -> job.kind() + " job " + job.id() + " of node " + job.node() + " (last beat " + job.heartbeat()
                    + ", " + job.attempts() + " run(s) started) " + (requeue ? "queued again" : "failed, retryable")
                    + " on node " + jobs.node());
            if (requeue) {
                jobs.adopted(job.id());
                runner.run(job.id());
            }
        }
        return taken;
    }

    private JobRunner runner(JobKind kind) {
        for (JobRunner r : runners) {
            if (r.kind() == kind) {
                return r;
            }
        }
        return null;
    }
}
