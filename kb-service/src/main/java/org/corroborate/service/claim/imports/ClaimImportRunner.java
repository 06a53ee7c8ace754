package org.corroborate.service.claim.imports;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a background import on the container's own thread, so that it goes on when its user leaves the page.
 * It holds no transaction itself: {@link ClaimImports#run} is the import's one transaction, and the job is marked
 * done only once that transaction has committed.
 */
@Stateless
public class ClaimImportRunner {

    private static final Logger LOG = Logger.getLogger(ClaimImportRunner.class.getName());

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs jobs;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, Reader actor, String fileName, byte[] content) {
        ImportJob job = jobs.job(jobId).orElse(null);
        if (job == null) {
            return;
        }
        try {
            job.finish(imports.run(jobId, actor, fileName, content));
        } catch (InvalidInputException | NotPermittedException e) {
            job.fail(Message.of(ClaimImports.class, "job.refused", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " of " + actor + " failed", e);
            job.fail(Message.of(ClaimImports.class, "job.failed", Instant.now().toString()));
        }
    }
}
