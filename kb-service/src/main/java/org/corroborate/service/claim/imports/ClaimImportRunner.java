package org.corroborate.service.claim.imports;

import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobProgress;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobRunner;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a queued import on the container's executor {@value #EXECUTOR}, which runs at most {@value #AT_ONCE} at a
 * time (the others wait in its queue, their jobs QUEUED), never on a request thread, so that it goes on when its user
 * leaves the page. It holds no transaction itself: {@link ClaimImports#run} is the import's one transaction, which
 * also marks the job DONE, so the claims and the DONE commit together. Every refusal, the time budget's among them,
 * leaves the job FAILED and nothing written; an unexpected failure leaves it FAILED and retryable. A job whose node
 * stopped is handed here again by {@link org.corroborate.service.job.JobWatch} on another node.
 */
@ApplicationScoped
public class ClaimImportRunner implements JobRunner {

    /**
     * The executor imports run on, defined by the web application (a resource definition is found only on its own
     * classes) with {@link #AT_ONCE} as its {@code maxAsync}.
     */
    public static final String EXECUTOR = "java:app/concurrent/claim-imports";

    /** Imports run at once on one node; others queue. */
    public static final int AT_ONCE = 2;

    private static final Logger LOG = Logger.getLogger(ClaimImportRunner.class.getName());

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs importJobs;

    @Inject
    Jobs jobs;

    @Override
    public JobKind kind() {
        return JobKind.CLAIM_IMPORT;
    }

    @Override
    public Message serverStopped() {
        return Message.of(ClaimImports.class, "job.serverStopped");
    }

    @Override
    @Asynchronous(executor = EXECUTOR)
    public CompletableFuture<Void> run(String jobId) {
        try {
            if (jobs.start(jobId)) {
                importJobs.row(jobId).ifPresent(this::run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " could not start", e);
            jobs.released(jobId);
        }
        return Asynchronous.Result.complete(null);
    }

    private void run(JobRow job) {
        try {
            imports.run(job.id(), new ImportRun(new JobProgress(jobs, job.id()), job.budget(), System::nanoTime));
            jobs.released(job.id());
        } catch (InvalidInputException e) {
            jobs.fail(job.id(), e.reason().orElseGet(() -> Message.of(ClaimImports.class, "job.refused", e.getMessage())), false);
        } catch (NotPermittedException e) {
            jobs.fail(job.id(), Message.of(ClaimImports.class, "job.refused", e.getMessage()), false);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Import job " + job.id() + " of " + job.owner() + " failed", e);
            jobs.fail(job.id(), Message.of(ClaimImports.class, "job.failed", Instant.now().toString()), true);
        }
    }
}
