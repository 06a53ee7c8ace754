package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.JobRegistry;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

/**
 * The PDFs being read in the background on this server, kept in a {@link JobRegistry}. A job is seen only by members
 * of the organization that held the source when it was uploaded (its uploader, who had to be one of its contributors,
 * among them), whatever the source's confidentiality; to anyone else it answers as an unknown id does. An account has
 * at most {@link #MAX_UNFINISHED_PER_ACCOUNT} jobs waiting or running, the server at most {@link #MAX_UNFINISHED},
 * so that queued files cannot fill the memory. Finished jobs are forgotten after {@link #KEEP_FINISHED}; a restart
 * forgets them all (a kept text is in the database).
 */
@ApplicationScoped
public class PdfJobs {

    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    /** Jobs one account may have waiting or running at once. */
    static final int MAX_UNFINISHED_PER_ACCOUNT = 3;

    /** Jobs waiting or running on this server at once (each holds its file, at most 20 MB, in memory). */
    static final int MAX_UNFINISHED = 20;

    /** Seconds a caller refused for a full queue is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 60;

    private final JobRegistry<PdfJob> jobs = new JobRegistry<>(new JobRegistry.Limits(MAX_UNFINISHED_PER_ACCOUNT,
            MAX_UNFINISHED, KEEP_FINISHED, RETRY_AFTER_SECONDS,
            Message.of(SourceTexts.class, "pdf.busyAccount", MAX_UNFINISHED_PER_ACCOUNT),
            Message.of(SourceTexts.class, "pdf.busyServer")));

    /**
     * A new job, queued.
     *
     * @throws TooBusyException when the account or the server already has as many unfinished jobs as it may
     */
    PdfJob open(Reader owner, long sourceId, String holder, String fileName, byte[] bytes) {
        return jobs.open(owner.accountId().orElse(-1L), id -> new PdfJob(id, owner, sourceId, holder, fileName, bytes));
    }

    /** The job, for the reading's own thread. */
    Optional<PdfJob> job(String id) {
        return jobs.get(id);
    }

    /** The job of this source, when this reader may see it; empty for anyone else, as for an unknown id. */
    Optional<PdfJobView> find(Reader reader, long sourceId, String id) {
        return job(id).filter(j -> j.sourceId() == sourceId && visibleTo(j, reader)).map(PdfJob::view);
    }

    /** The latest job of this source that this reader may see: the one a page follows. */
    Optional<PdfJobView> latest(Reader reader, long sourceId) {
        return jobs.all()
                .filter(j -> j.sourceId() == sourceId && visibleTo(j, reader))
                .map(PdfJob::view)
                .max(Comparator.comparing(PdfJobView::queuedAt));
    }

    private static boolean visibleTo(PdfJob job, Reader reader) {
        return reader.belongsTo(job.holder());
    }
}
