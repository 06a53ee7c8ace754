package org.corroborate.service.job;

import org.corroborate.service.access.Reader;

import java.time.Duration;
import java.util.Objects;

/**
 * A job to queue: what it is, who asked, and the input it needs to run, or to run again on another node.
 *
 * @param holder    for a PDF, the organization holding the source at the upload (who may follow the job); else null
 * @param subjectId for a PDF, its source; else null
 * @param budget    how long one run may take once it starts
 */
public record NewJob(JobKind kind, Reader owner, String holder, Long subjectId, String fileName, boolean dryRun,
                     Duration budget, byte[] input) {

    public NewJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(input, "input");
        owner.accountId().orElseThrow(() -> new IllegalArgumentException("a job belongs to an account"));
    }
}
