package org.corroborate.service.source.text;

import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a queued PDF (its pages without a text layer by OCR, {@link TesseractOcr}) on the container's executor
 * {@value #EXECUTOR}, which runs at most {@value #AT_ONCE} at a
 * time (the others wait in its queue, their jobs QUEUED). The reading holds no transaction; keeping the text is
 * one ({@link SourceTexts#keepPdf}), and the job is DONE only once it has committed. Every refusal, the budget's
 * among them, leaves the job FAILED and the source's text as it was.
 */
@ApplicationScoped
public class PdfJobRunner {

    /**
     * The executor PDFs are read on, defined by the web application (a resource definition is found only on its
     * own classes) with {@link #AT_ONCE} as its {@code maxAsync}.
     */
    public static final String EXECUTOR = "java:app/concurrent/pdf-reading";

    /** PDFs read at once; others queue. */
    public static final int AT_ONCE = 1;

    private static final Logger LOG = Logger.getLogger(PdfJobRunner.class.getName());

    @Inject
    PdfJobs jobs;

    @Inject
    SourceTexts texts;

    @Inject
    TesseractOcr ocr;

    @Asynchronous(executor = EXECUTOR)
    public CompletableFuture<Void> read(String jobId) {
        jobs.job(jobId).ifPresent(this::read);
        return Asynchronous.Result.complete(null);
    }

    private void read(PdfJob job) {
        try {
            job.running();
            PdfPages.PdfText read = PdfPages.read(job.bytes(), PdfPages.Budget.DEFAULT, new PdfPages.Progress() {
                @Override
                public void pages(int done, int total) {
                    job.progress(done, total);
                }

                @Override
                public void recognized(int done, int total) {
                    job.recognizing(done, total);
                }
            }, ocr);
            job.read(read);
            job.done(texts.keepPdf(job.id()));
        } catch (InvalidInputException e) {
            job.fail(e.reason().orElseGet(() -> Message.of(SourceTexts.class, "pdf.failed")));
        } catch (NotPermittedException e) {
            job.fail(Message.of(SourceTexts.class, "pdf.notPermitted"));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Reading PDF job " + job.id() + " of source " + job.sourceId() + " failed", e);
            job.fail(Message.of(SourceTexts.class, "pdf.failed"));
        }
    }
}
