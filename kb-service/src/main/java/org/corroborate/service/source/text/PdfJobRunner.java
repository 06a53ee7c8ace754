package org.corroborate.service.source.text;

import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobProgress;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobRunner;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a queued PDF (its pages without a text layer by OCR, {@link TesseractOcr}) on the container's executor
 * {@value #EXECUTOR}, which runs at most {@value #AT_ONCE} at a
 * time on one node (the others wait in its queue, their jobs QUEUED). The reading holds no transaction; keeping the
 * text is one ({@link SourceTexts#keepPdf}), which replaces the source's text whole and marks the job DONE, so a run
 * again (after its node stopped) never adds pages twice. Every refusal, the budget's among them, leaves the job
 * FAILED and the source's text as it was; an unexpected failure leaves it FAILED and retryable. A job whose node
 * stopped is handed here again by {@link org.corroborate.service.job.JobWatch} on another node.
 */
@ApplicationScoped
public class PdfJobRunner implements JobRunner {

    /**
     * The executor PDFs are read on, defined by the web application (a resource definition is found only on its
     * own classes) with {@link #AT_ONCE} as its {@code maxAsync}.
     */
    public static final String EXECUTOR = "java:app/concurrent/pdf-reading";

    /** PDFs read at once on one node; others queue. */
    public static final int AT_ONCE = 1;

    private static final Logger LOG = Logger.getLogger(PdfJobRunner.class.getName());

    @Inject
    PdfJobs pdfJobs;

    @Inject
    Jobs jobs;

    @Inject
    SourceTexts texts;

    @Inject
    TesseractOcr ocr;

    @Override
    public JobKind kind() {
        return JobKind.PDF_READING;
    }

    @Override
    public Message serverStopped() {
        return Message.of(SourceTexts.class, "pdf.serverStopped");
    }

    @Override
    @Asynchronous(executor = EXECUTOR)
    public CompletableFuture<Void> run(String jobId) {
        try {
            if (jobs.start(jobId)) {
                pdfJobs.row(jobId).ifPresent(this::read);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "PDF job " + jobId + " could not start", e);
            jobs.released(jobId);
        }
        return Asynchronous.Result.complete(null);
    }

    private void read(JobRow job) {
        try {
            byte[] bytes = jobs.input(job.id()).orElseThrow(() -> new IllegalStateException("PDF job " + job.id() + " has no file"));
            JobProgress progress = new JobProgress(jobs, job.id());
            PdfPages.PdfText read = PdfPages.read(bytes, PdfPages.Budget.DEFAULT, new PdfPages.Progress() {
                private int pagesRead;
                private int pages;

                @Override
                public void pages(int done, int total) {
                    pagesRead = done;
                    pages = total;
                    progress.report("READING", done, total, 0, 0);
                }

                @Override
                public void recognized(int done, int total) {
                    progress.report("RECOGNIZING", pagesRead, pages, done, total);
                }
            }, ocr);
            texts.keepPdf(job.id(), read);
            jobs.released(job.id());
        } catch (InvalidInputException e) {
            jobs.fail(job.id(), e.reason().orElseGet(() -> Message.of(SourceTexts.class, "pdf.failed")), false);
        } catch (NotPermittedException e) {
            jobs.fail(job.id(), Message.of(SourceTexts.class, "pdf.notPermitted"), false);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Reading PDF job " + job.id() + " of source " + job.subjectId() + " failed", e);
            jobs.fail(job.id(), Message.of(SourceTexts.class, "pdf.failed"), true);
        }
    }
}
