package org.corroborate.service.job;

import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.Message;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as its row holds it, without its input.
 *
 * @param owner     the account that started it, with the organization and roles it had then
 * @param step      what a RUNNING job is doing, in its kind's words (e.g. VALIDATING, WRITING)
 * @param done      units done (rows, pages) of {@code total}
 * @param ocrDone   for a PDF: scanned pages read by OCR of {@code ocrTotal}
 * @param result    once DONE: the kind's result as JSON
 * @param failure   once FAILED: why
 * @param retryable once FAILED: its input is kept and its owner may queue it again
 * @param node      the node holding it (running it or with it in its queue)
 * @param heartbeat when that node last said it still holds it
 * @param attempts  runs started since it was queued (or retried)
 */
public record JobRow(String id, JobKind kind, Reader owner, String holder, Long subjectId, String fileName,
                     boolean dryRun, Duration budget, long inputSize, String inputSha256, JobState state, String step,
                     int done, int total, int ocrDone, int ocrTotal, String result, Message failure, boolean retryable,
                     String node, Instant heartbeat, Instant createdAt, Instant startedAt, Instant finishedAt,
                     int attempts) {

    public long ownerAccountId() {
        return owner.accountId().orElse(-1L);
    }

    /** Whether this reader is the account that started the job. */
    public boolean ownedBy(Reader reader) {
        return reader.accountId().map(a -> a == ownerAccountId()).orElse(false);
    }
}
