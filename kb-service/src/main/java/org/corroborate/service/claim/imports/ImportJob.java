package org.corroborate.service.claim.imports;

import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.JobRegistry;
import org.corroborate.service.shared.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * An import running in the background: the file until it is imported, its state, how far it got, and at the end
 * its report or why it failed. Once it starts running it has {@link #budget} to finish: past it,
 * {@link #checkpoint()} stops the import (whose transaction then writes nothing). Written by the import's thread,
 * read by the pages and the API as {@link ImportJobView}s; not transactional.
 */
public final class ImportJob implements ImportProgress, JobRegistry.Job {

    private final String id;
    private final Reader owner;
    private final String fileName;
    private final boolean dryRun;
    private final Duration budget;
    private final LongSupplier nanoTime;
    private final Instant queuedAt = Instant.now();
    private volatile byte[] content;
    private volatile long deadline;
    private volatile ImportJobView.State state = ImportJobView.State.QUEUED;
    private volatile int total;
    private volatile int done;
    private volatile ImportReport report;
    private volatile Message failure;
    private volatile Instant finishedAt;

    ImportJob(String id, Reader owner, String fileName, byte[] content, boolean dryRun, Duration budget,
              LongSupplier nanoTime) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.fileName = fileName;
        this.content = Objects.requireNonNull(content);
        this.dryRun = dryRun;
        this.budget = Objects.requireNonNull(budget);
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long ownerAccountId() {
        return owner.accountId().orElse(-1L);
    }

    @Override
    public Instant finishedAt() {
        return finishedAt;
    }

    Reader owner() {
        return owner;
    }

    String fileName() {
        return fileName;
    }

    boolean dryRun() {
        return dryRun;
    }

    /** The file, until the job is finished. */
    byte[] content() {
        return content;
    }

    /** The import starts: its time budget runs from now. */
    void running() {
        deadline = nanoTime.getAsLong() + budget.toNanos();
        state = ImportJobView.State.VALIDATING;
    }

    @Override
    public void validating(int rows) {
        total = rows;
        done = 0;
        state = ImportJobView.State.VALIDATING;
    }

    @Override
    public void advanced(int rows) {
        done = rows;
    }

    @Override
    public void writing() {
        done = 0;
        state = ImportJobView.State.WRITING;
    }

    @Override
    public void checkpoint() {
        if (state.running() && nanoTime.getAsLong() - deadline > 0) {
            throw InvalidInputException.of(ClaimImports.class, "job.overTime", budget.toSeconds(), budget.toMinutes());
        }
    }

    void finish(ImportReport result) {
        report = result;
        total = result.rows();
        done = result.rows();
        content = null;
        finishedAt = Instant.now();
        state = ImportJobView.State.DONE;
    }

    void fail(Message why) {
        failure = why;
        content = null;
        finishedAt = Instant.now();
        state = ImportJobView.State.FAILED;
    }

    ImportJobView view() {
        return new ImportJobView(id, fileName, dryRun, queuedAt, finishedAt, state, done, total, report, failure);
    }
}
