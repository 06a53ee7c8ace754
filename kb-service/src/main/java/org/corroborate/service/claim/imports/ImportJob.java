package org.corroborate.service.claim.imports;

import org.corroborate.service.shared.Message;

import java.time.Instant;
import java.util.Objects;

/**
 * An import running in the background: its state, how far it got, and at the end its report or why it failed.
 * Written by the import's thread, read by the pages as {@link ImportJobView}s; not transactional.
 */
public final class ImportJob implements ImportProgress {

    private final String id;
    private final long ownerAccountId;
    private final String fileName;
    private final Instant startedAt = Instant.now();
    private volatile ImportJobView.State state = ImportJobView.State.VALIDATING;
    private volatile int total;
    private volatile int done;
    private volatile ImportReport report;
    private volatile Message failure;
    private volatile Instant finishedAt;

    ImportJob(String id, long ownerAccountId, String fileName) {
        this.id = Objects.requireNonNull(id);
        this.ownerAccountId = ownerAccountId;
        this.fileName = fileName;
    }

    String id() {
        return id;
    }

    long ownerAccountId() {
        return ownerAccountId;
    }

    Instant finishedAt() {
        return finishedAt;
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

    void finish(ImportReport result) {
        report = result;
        total = result.rows();
        done = result.rows();
        finishedAt = Instant.now();
        state = ImportJobView.State.DONE;
    }

    void fail(Message why) {
        failure = why;
        finishedAt = Instant.now();
        state = ImportJobView.State.FAILED;
    }

    ImportJobView view() {
        return new ImportJobView(id, fileName, startedAt, state, done, total, report, failure);
    }
}
