package org.corroborate.service.claim.imports;

import org.corroborate.service.shared.Message;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A snapshot of a background import.
 *
 * @param dryRun   whether the job only checks the file
 * @param done     rows checked (while {@link State#VALIDATING}) or written (while {@link State#WRITING})
 * @param total    the file's claim rows, once read (0 before)
 * @param report   the result, once {@link State#DONE}; it may report bad rows (then nothing was written)
 * @param failure  why the import stopped, once {@link State#FAILED}; nothing was written
 * @param retryable once {@link State#FAILED}: the file is kept and its owner may queue it again
 *                  ({@link ClaimImports#retry}); true when the server running it stopped
 * @param attempts runs started (a job whose server stopped is run again on another)
 */
public record ImportJobView(String id, String fileName, boolean dryRun, Instant queuedAt, Instant finishedAt,
                            State state, int done, int total, ImportReport report, Message failure, boolean retryable,
                            int attempts) implements Serializable {

    /**
     * QUEUED: waiting for a free importer; VALIDATING and WRITING: running (checking every row, then writing them);
     * DONE: {@link #report} says what was written, or which rows are wrong; FAILED: nothing was written.
     */
    public enum State {
        QUEUED, VALIDATING, WRITING, DONE, FAILED;

        /** Checking or writing. */
        public boolean running() {
            return this == VALIDATING || this == WRITING;
        }
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    /** 0-100: checking is the first half, writing the second (a dry run's checking is all of it). */
    public int percent() {
        if (finished()) {
            return 100;
        }
        if (total == 0) {
            return 0;
        }
        if (dryRun) {
            return (int) (100L * done / total);
        }
        int half = (int) (50L * done / total);
        return state == State.WRITING ? 50 + half : half;
    }

    public String failure(Locale locale) {
        return failure == null ? null : failure.format(locale);
    }
}
