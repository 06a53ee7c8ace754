package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.access.Reader;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDFs being read in the background on this server, by a random id. A job is seen only by members of the
 * organization that held the source when it was uploaded (its uploader, who had to be one of its contributors,
 * among them), whatever the source's confidentiality; to anyone else it answers as an unknown id does. An account has at most
 * {@link #MAX_UNFINISHED_PER_ACCOUNT} jobs waiting or running, the server at most {@link #MAX_UNFINISHED}, so that
 * queued files cannot fill the memory. Finished jobs are forgotten after {@link #KEEP_FINISHED}; a restart forgets
 * them all (a kept text is in the database).
 */
@ApplicationScoped
public class PdfJobs {

    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    /** Jobs one account may have waiting or running at once. */
    static final int MAX_UNFINISHED_PER_ACCOUNT = 3;

    /** Jobs waiting or running on this server at once (each holds its file, at most 20 MB, in memory). */
    static final int MAX_UNFINISHED = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PdfJob> jobs = new ConcurrentHashMap<>();

    /**
     * A new job, queued.
     *
     * @throws PdfQueueFullException when the account or the server already has as many unfinished jobs as it may
     */
    synchronized PdfJob open(Reader owner, long sourceId, String holder, String fileName, byte[] bytes) {
        forgetOld();
        long unfinished = jobs.values().stream().filter(j -> !j.finished()).count();
        long mine = jobs.values().stream().filter(j -> !j.finished() && j.owner().accountId().equals(owner.accountId()))
                .count();
        if (mine >= MAX_UNFINISHED_PER_ACCOUNT || unfinished >= MAX_UNFINISHED) {
            throw new PdfQueueFullException(mine >= MAX_UNFINISHED_PER_ACCOUNT ? MAX_UNFINISHED_PER_ACCOUNT : 0);
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        PdfJob job = new PdfJob(HexFormat.of().formatHex(id), owner, sourceId, holder, fileName, bytes);
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, for the reading's own thread. */
    Optional<PdfJob> job(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** The job of this source, when this reader may see it; empty for anyone else, as for an unknown id. */
    Optional<PdfJobView> find(Reader reader, long sourceId, String id) {
        return job(id).filter(j -> j.sourceId() == sourceId && visibleTo(j, reader)).map(PdfJob::view);
    }

    /** The latest job of this source that this reader may see: the one a page follows. */
    Optional<PdfJobView> latest(Reader reader, long sourceId) {
        return jobs.values().stream()
                .filter(j -> j.sourceId() == sourceId && visibleTo(j, reader))
                .map(PdfJob::view)
                .max(Comparator.comparing(PdfJobView::queuedAt));
    }

    private static boolean visibleTo(PdfJob job, Reader reader) {
        return reader.belongsTo(job.holder());
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finished() && j.finishedAt().isBefore(limit));
    }
}
