package org.corroborate.service.claim.imports;

import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * leaves the page. It holds no transaction itself: {@link ClaimImports#run} is the import's one transaction, and the
 * job is DONE only once that transaction has committed. Every refusal, the time budget's among them, leaves the job
 * FAILED and nothing written.
 */
@ApplicationScoped
public class ClaimImportRunner {

    /**
     * The executor imports run on, defined by the web application (a resource definition is found only on its own
     * classes) with {@link #AT_ONCE} as its {@code maxAsync}.
     */
    public static final String EXECUTOR = "java:app/concurrent/claim-imports";

    /** Imports run at once; others queue. */
    public static final int AT_ONCE = 2;

    private static final Logger LOG = Logger.getLogger(ClaimImportRunner.class.getName());

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs jobs;

    @Asynchronous(executor = EXECUTOR)
    public CompletableFuture<Void> run(String jobId) {
        jobs.job(jobId).ifPresent(this::run);
        return Asynchronous.Result.complete(null);
    }

    private void run(ImportJob job) {
        try {
            job.running();
            job.finish(imports.run(job.id()));
        } catch (InvalidInputException e) {
            job.fail(e.reason().orElseGet(() -> Message.of(ClaimImports.class, "job.refused", e.getMessage())));
        } catch (NotPermittedException e) {
            job.fail(Message.of(ClaimImports.class, "job.refused", e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Import job " + job.id() + " of " + job.owner() + " failed", e);
            job.fail(Message.of(ClaimImports.class, "job.failed", Instant.now().toString()));
        }
    }
}
