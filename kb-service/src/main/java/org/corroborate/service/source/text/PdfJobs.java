package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.corroborate.service.access.Reader;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobLimits;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobState;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.job.NewJob;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;

import java.time.Duration;
import java.util.Optional;

/**
 * The PDFs being read in the background, as durable job rows ({@link Jobs}): any node answers how far one got. A job
 * is seen only by members of the organization that held the source when it was uploaded (its uploader, who had to be
 * one of its contributors, among them), whatever the source's confidentiality; to anyone else it answers as an
 * unknown id does. An account has at most {@link #MAX_UNFINISHED_PER_ACCOUNT} jobs waiting or running, the cluster
 * at most {@link #MAX_UNFINISHED}. Finished jobs are forgotten after a day.
 */
@ApplicationScoped
public class PdfJobs {

    /** Jobs one account may have waiting or running at once. */
    static final int MAX_UNFINISHED_PER_ACCOUNT = 3;

    /** Jobs waiting or running in the cluster at once (each holds its file, at most 20 MB, in the database). */
    static final int MAX_UNFINISHED = 20;

    /** Seconds a caller refused for a full queue is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 60;

    static final JobLimits LIMITS = new JobLimits(MAX_UNFINISHED_PER_ACCOUNT, MAX_UNFINISHED, RETRY_AFTER_SECONDS,
            Message.of(SourceTexts.class, "pdf.busyAccount", MAX_UNFINISHED_PER_ACCOUNT),
            Message.of(SourceTexts.class, "pdf.busyServer"));

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Jobs jobs;

    /**
     * A new job, queued on this node.
     *
     * @throws TooBusyException when the account or the cluster already has as many unfinished jobs as it may
     */
    JobRow open(Reader owner, long sourceId, String holder, String fileName, byte[] bytes) {
        Duration budget = PdfPages.Budget.DEFAULT.maxTime().plus(PdfPages.Budget.DEFAULT.maxOcrTime());
        return jobs.open(new NewJob(JobKind.PDF_READING, owner, holder, sourceId, fileName, false, budget, bytes), LIMITS);
    }

    /** The job's row, whoever asks: for the reading's own thread. */
    Optional<JobRow> row(String id) {
        return jobs.find(id).filter(j -> j.kind() == JobKind.PDF_READING);
    }

    /** The job of this source, when this reader may see it; empty for anyone else, as for an unknown id. */
    Optional<PdfJobView> find(Reader reader, long sourceId, String id) {
        return row(id).filter(j -> j.subjectId() != null && j.subjectId() == sourceId && visibleTo(j, reader))
                .map(PdfJobs::view);
    }

    /** The latest job of this source that this reader may see: the one a page follows. */
    Optional<PdfJobView> latest(Reader reader, long sourceId) {
        return jobs.ofSubject(JobKind.PDF_READING, sourceId).stream()
                .filter(j -> visibleTo(j, reader))
                .findFirst()
                .map(PdfJobs::view);
    }

    static PdfJobView view(JobRow row) {
        PdfJobView.State state = PdfJobView.State.valueOf(row.state().name());
        TextSummary text = row.state() == JobState.DONE && row.result() != null ? JSON.fromJson(row.result(), TextSummary.class) : null;
        return new PdfJobView(row.id(), row.subjectId(), row.fileName(), row.inputSize(), state, row.done(), row.total(),
                row.ocrDone(), row.ocrTotal(), row.createdAt(), row.finishedAt(), text, row.failure(), row.retryable());
    }

    static String json(TextSummary summary) {
        return JSON.toJson(summary);
    }

    private static boolean visibleTo(JobRow job, Reader reader) {
        return reader.belongsTo(job.holder());
    }
}
