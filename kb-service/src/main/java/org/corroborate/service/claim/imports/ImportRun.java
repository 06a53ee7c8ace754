package org.corroborate.service.claim.imports;

import org.corroborate.service.job.JobProgress;
import org.corroborate.service.shared.InvalidInputException;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * One run of an import job on this node: how far it got, written to the job's row as it goes ({@link JobProgress}),
 * and its time budget, which runs from the run's start: past it, {@link #checkpoint()} stops the import (whose
 * transaction then writes nothing). Used by the import's one thread.
 */
public final class ImportRun implements ImportProgress {

    /** What a running import is doing, as its row's step says. */
    enum Step {
        VALIDATING, WRITING
    }

    private final JobProgress progress;
    private final Duration budget;
    private final LongSupplier nanoTime;
    private final long deadline;
    private Step step = Step.VALIDATING;
    private int total;
    private int done;

    ImportRun(JobProgress progress, Duration budget, LongSupplier nanoTime) {
        this.progress = progress;
        this.budget = Objects.requireNonNull(budget);
        this.nanoTime = Objects.requireNonNull(nanoTime);
        this.deadline = nanoTime.getAsLong() + budget.toNanos();
    }

    @Override
    public void validating(int rows) {
        total = rows;
        done = 0;
        step = Step.VALIDATING;
        write();
    }

    @Override
    public void advanced(int rows) {
        done = rows;
        write();
    }

    @Override
    public void writing() {
        done = 0;
        step = Step.WRITING;
        write();
    }

    @Override
    public void checkpoint() {
        if (nanoTime.getAsLong() - deadline > 0) {
            throw InvalidInputException.of(ClaimImports.class, "job.overTime", budget.toSeconds(), budget.toMinutes());
        }
    }

    Step step() {
        return step;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    private void write() {
        if (progress != null) {
            progress.report(step.name(), done, total, 0, 0);
        }
    }
}
