package org.corroborate.service.job;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Writes a running job's progress to its row, at most every {@link #EVERY_NANOS} (and whenever its step changes),
 * so that a ten-thousand-row import does not spend its time committing progress. Used by one job's thread.
 */
public final class JobProgress {

    static final long EVERY_NANOS = 250_000_000L;

    private final Jobs jobs;
    private final String id;
    private final LongSupplier nanoTime;
    private String step;
    private long lastWrite;
    private boolean written;

    public JobProgress(Jobs jobs, String id) {
        this(jobs, id, System::nanoTime);
    }

    JobProgress(Jobs jobs, String id, LongSupplier nanoTime) {
        this.jobs = Objects.requireNonNull(jobs);
        this.id = Objects.requireNonNull(id);
        this.nanoTime = nanoTime;
    }

    /** How far the job got; written now when its step changed or enough time passed since the last write. */
    public void report(String step, int done, int total, int ocrDone, int ocrTotal) {
        long now = nanoTime.getAsLong();
        if (written && Objects.equals(step, this.step) && now - lastWrite < EVERY_NANOS) {
            return;
        }
        this.step = step;
        lastWrite = now;
        written = true;
        jobs.progress(id, step, done, total, ocrDone, ocrTotal);
    }
}
