package org.corroborate.service.claim.imports;

import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.JobRegistry;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The imports started in the background on this server (real runs and dry runs), kept in a {@link JobRegistry}, so
 * that a page or a script can follow one. Only the account that started a job sees it. An account has at most
 * {@link #MAX_UNFINISHED_PER_ACCOUNT} imports waiting or running, the server at most {@link #MAX_UNFINISHED}; each has
 * {@link #MAX_TIME} once it runs. Finished jobs are forgotten after a day; a restart forgets them all (the imports
 * themselves are in the database).
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    /** Imports one account may have waiting or running at once. */
    public static final int MAX_UNFINISHED_PER_ACCOUNT = 2;

    /** Imports waiting or running on this server at once (each holds its file, at most 5 MB, in memory). */
    public static final int MAX_UNFINISHED = 10;

    /** How long one import may run, from its start (not its wait in the queue) to its commit. */
    public static final Duration MAX_TIME = Duration.ofMinutes(5);

    /** Seconds a caller refused for a full queue is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final JobRegistry<ImportJob> jobs = new JobRegistry<>(new JobRegistry.Limits(MAX_UNFINISHED_PER_ACCOUNT,
            MAX_UNFINISHED, KEEP_FINISHED, RETRY_AFTER_SECONDS,
            Message.of(ClaimImports.class, "job.busyAccount", MAX_UNFINISHED_PER_ACCOUNT),
            Message.of(ClaimImports.class, "job.busyServer")));

    private final LongSupplier nanoTime;

    public ImportJobs() {
        this(System::nanoTime);
    }

    /** With a clock of its own, for tests of the time budget. */
    ImportJobs(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * A new job for this signed-in reader, queued.
     *
     * @param budget how long it may run once started; at most {@link #MAX_TIME}
     * @throws TooBusyException when the reader's account or the server already has as many unfinished imports as it may
     */
    ImportJob open(Reader owner, String fileName, byte[] content, boolean dryRun, Duration budget) {
        Duration allowed = budget.compareTo(MAX_TIME) > 0 ? MAX_TIME : budget;
        return jobs.open(owner.accountId().orElseThrow(),
                id -> new ImportJob(id, owner, fileName, content, dryRun, allowed, nanoTime));
    }

    /** The job, for the import's own thread. */
    Optional<ImportJob> job(String id) {
        return jobs.get(id);
    }

    /** The job as it stands, when this reader started it; empty for anyone else, as for an unknown id. */
    public Optional<ImportJobView> find(Reader reader, String id) {
        return job(id)
                .filter(j -> reader.accountId().map(a -> a == j.ownerAccountId()).orElse(false))
                .map(ImportJob::view);
    }
}
