package org.corroborate.service.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.schedule.NodeName;
import org.corroborate.service.shared.Message;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's side of the durable jobs: queues jobs on this node, starts, advances, finishes and fails the ones it
 * holds, and remembers which those are, so that {@link JobWatch} beats for them (a restarted node does not beat for
 * the jobs of its former life: they go stale and are taken over like any stopped node's). Not transactional:
 * {@link JobRows} commits each change, except {@link #finish}, which joins the caller's transaction.
 */
@ApplicationScoped
public class Jobs {

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Inject
    JobRows rows;

    @Inject
    NodeName node;

    /**
     * Queues a job on this node; the caller then hands it to its runner.
     *
     * @throws org.corroborate.service.shared.TooBusyException when the account or the cluster has too many unfinished
     */
    public JobRow open(NewJob job, JobLimits limits) {
        JobRow row = rows.open(job, limits, node.get());
        held.add(row.id());
        return row;
    }

    /** The job as it stands, whoever asks: callers answering a person check who may see it. */
    public Optional<JobRow> find(String id) {
        return rows.find(id);
    }

    /** The jobs of this kind about this subject (a source), the latest first. */
    public List<JobRow> ofSubject(JobKind kind, long subjectId) {
        return rows.ofSubject(kind, subjectId);
    }

    /** The job's input, while it is kept. */
    public Optional<byte[]> input(String id) {
        return rows.input(id);
    }

    /** Starts the job if it is QUEUED on this node; false when it is not (another node holds it, or it is over). */
    public boolean start(String id) {
        boolean started = rows.start(id, node.get());
        if (!started) {
            held.remove(id);
        }
        return started;
    }

    /** Records how far the job got (committed at once; any node sees it). */
    public void progress(String id, String step, int done, int total, int ocrDone, int ocrTotal) {
        rows.progress(id, node.get(), step, done, total, ocrDone, ocrTotal);
    }

    /**
     * Marks the job DONE in the caller's transaction, the one that wrote its work.
     *
     * @throws IllegalStateException when the job is no longer this node's: the caller's transaction must roll back
     */
    public void finish(String id, String resultJson, int done, int total) {
        if (!rows.finish(id, node.get(), resultJson, done, total)) {
            throw new IllegalStateException("Job " + id + " is no longer held by node " + node.get());
        }
    }

    /** The job failed: nothing of it was written; a retryable job keeps its input for its owner to queue again. */
    public void fail(String id, Message why, boolean retryable) {
        try {
            rows.fail(id, node.get(), why, retryable);
        } finally {
            held.remove(id);
        }
    }

    /** This node no longer holds the job (it is finished, or was lost). */
    public void released(String id) {
        held.remove(id);
    }

    /** Queues the owner's FAILED retryable job again, on this node; false when it is not such a job. */
    public boolean retry(String id, long ownerAccountId) {
        boolean queued = rows.retry(id, ownerAccountId, node.get());
        if (queued) {
            held.add(id);
        }
        return queued;
    }

    /** A job this node took over from a stopped one, queued here again. */
    void adopted(String id) {
        held.add(id);
    }

    Set<String> held() {
        return Set.copyOf(held);
    }

    String node() {
        return node.get();
    }
}
