package org.corroborate.service.claim.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.corroborate.service.access.Reader;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobLimits;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobState;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.job.NewJob;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;

import java.time.Duration;
import java.util.Optional;

/**
 * The imports started in the background (real runs and dry runs), as durable job rows ({@link Jobs}): any node
 * answers how far one got. Only the account that started a job sees it. An account has at most
 * {@link #MAX_UNFINISHED_PER_ACCOUNT} imports waiting or running, the cluster at most {@link #MAX_UNFINISHED}; each
 * run has {@link #MAX_TIME} once it starts. Finished jobs are forgotten after a day.
 */
@ApplicationScoped
public class ImportJobs {

    /** Imports one account may have waiting or running at once. */
    public static final int MAX_UNFINISHED_PER_ACCOUNT = 2;

    /** Imports waiting or running in the cluster at once (each holds its file, at most 5 MB, in the database). */
    public static final int MAX_UNFINISHED = 10;

    /** How long one import may run, from its start (not its wait in the queue) to its commit. */
    public static final Duration MAX_TIME = Duration.ofMinutes(5);

    /** Seconds a caller refused for a full queue is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 30;

    static final JobLimits LIMITS = new JobLimits(MAX_UNFINISHED_PER_ACCOUNT, MAX_UNFINISHED, RETRY_AFTER_SECONDS,
            Message.of(ClaimImports.class, "job.busyAccount", MAX_UNFINISHED_PER_ACCOUNT),
            Message.of(ClaimImports.class, "job.busyServer"));

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Jobs jobs;

    /**
     * A new job for this signed-in reader, queued on this node.
     *
     * @param budget how long it may run once started; at most {@link #MAX_TIME}
     * @throws TooBusyException when the reader's account or the cluster already has as many unfinished imports as it may
     */
    JobRow open(Reader owner, String fileName, byte[] content, boolean dryRun, Duration budget) {
        return jobs.open(new NewJob(JobKind.CLAIM_IMPORT, owner, null, null, fileName, dryRun, allowed(budget), content),
                LIMITS);
    }

    /** A budget no longer than {@link #MAX_TIME}. */
    static Duration allowed(Duration budget) {
        return budget.compareTo(MAX_TIME) > 0 ? MAX_TIME : budget;
    }

    /** The job's row, whoever asks: for the import's own thread. */
    Optional<JobRow> row(String id) {
        return jobs.find(id).filter(j -> j.kind() == JobKind.CLAIM_IMPORT);
    }

    /** The job as it stands, when this reader started it; empty for anyone else, as for an unknown id. */
    public Optional<ImportJobView> find(Reader reader, String id) {
        return row(id).filter(j -> j.ownedBy(reader)).map(ImportJobs::view);
    }

    static ImportJobView view(JobRow row) {
        ImportJobView.State state = switch (row.state()) {
            case QUEUED -> ImportJobView.State.QUEUED;
            case RUNNING -> "WRITING".equals(row.step()) ? ImportJobView.State.WRITING : ImportJobView.State.VALIDATING;
            case DONE -> ImportJobView.State.DONE;
            case FAILED -> ImportJobView.State.FAILED;
        };
        ImportReport report = row.state() == JobState.DONE && row.result() != null ? report(row.result()) : null;
        return new ImportJobView(row.id(), row.fileName(), row.dryRun(), row.createdAt(), row.finishedAt(), state,
                row.done(), row.total(), report, row.failure(), row.retryable(), row.attempts());
    }

    static String json(ImportReport report) {
        return JSON.toJson(report);
    }

    static ImportReport report(String json) {
        return JSON.fromJson(json, ImportReport.class);
    }
}
