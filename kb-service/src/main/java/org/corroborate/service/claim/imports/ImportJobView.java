package org.corroborate.service.claim.imports;

import org.corroborate.service.shared.Message;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A snapshot of a background import.
 *
 * @param done    rows checked (while {@link State#VALIDATING}) or written (while {@link State#WRITING})
 * @param report  the result, once {@link State#DONE}; it may report bad rows (then nothing was written)
 * @param failure why the import stopped, once {@link State#FAILED}; nothing was written
 */
public record ImportJobView(String id, String fileName, Instant startedAt, State state, int done, int total,
                            ImportReport report, Message failure) implements Serializable {

    public enum State {
        VALIDATING, WRITING, DONE, FAILED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    /** 0-100: checking is the first half, writing the second. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        int half = total == 0 ? 0 : (int) (50L * done / total);
        return state == State.WRITING ? 50 + half : half;
    }

    public String failure(Locale locale) {
        return failure == null ? null : failure.format(locale);
    }
}
