package org.corroborate.web.faces.source.text;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.service.source.text.PdfJobView;
import org.corroborate.service.source.text.SourceTextView;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextSummary;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text held for a source ({@code /contribute/source-text.xhtml?id=7}): what is held, page by page, and
 * the forms to upload a PDF or paste a text in its place. An uploaded PDF is read in the background: the page
 * polls its job, shows the pages read, then the text or why it was refused. The service decides who may; this page only asks.
 */
@Named
@ViewScoped
public class HeldTextPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HeldTextPage.class.getName());


    @Inject
    Sources sources;

    @Inject
    SourceTexts texts;

    @Inject
    CurrentReader caller;

    private String id;
    private long sourceId = -1;
    private SourceView source;
    private SourceTextView text;
    private String pastedText;
    private PdfJobView job;

    public void load() {
        sourceId = Pages.id(id);
        source = sourceId < 0 ? null : sources.find(sourceId, caller.reader()).orElse(null);
        if (source == null) {
            Pages.notFound();
            return;
        }
        refresh();
    }

    private void refresh() {
        text = texts.text(caller.reader(), sourceId).orElse(null);
        if (job == null) {
            // a PDF this organization is still reading (its uploader left the page and came back)
            // or one whose server stopped, which may be retried
            job = texts.latestPdfJob(caller.reader(), sourceId).filter(j -> !j.finished() || j.retryable()).orElse(null);
        }
    }

    /** Called by the upload component once the PDF has arrived: queues it to be read; the poll follows. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            job = texts.startPdf(caller.reader(), sourceId, file.getFileName(), file.getContent());
        } catch (InvalidInputException | NotPermittedException e) {
            FacesErrors.message(null, e);
        } catch (TooBusyException e) {
            FacesNotes.error(null, e.getMessage(Messages.locale()));
        }
    }

    /** Called by the poll while a PDF is read: how far it got, then its text or why it was refused. */
    public void poll() {
        if (job == null || job.finished()) {
            return;
        }
        job = texts.pdfJob(caller.reader(), sourceId, job.id()).orElse(null);
        if (job == null || !job.finished()) {
            return;
        }
        if (job.state() == PdfJobView.State.DONE) {
            FacesNotes.info(null, FacesNotes.text("attached.pdf", job.text().pages(), job.text().sha256()));
            if (job.text().ocrConfidence() != null) {
                FacesNotes.info(null, FacesNotes.text("attached.ocr", job.text().ocrPages(), job.text().ocrConfidence()));
            }
            if (!job.text().unreadPages().isEmpty()) {
                FacesNotes.error(null, FacesNotes.text("attached.unread", pageList(job.text().unreadPages())));
            }
            text = texts.text(caller.reader(), sourceId).orElse(null);
        } else {
            FacesNotes.error(null, job.failure(Messages.locale()));
        }
    }

    /** Queues again the PDF whose reading failed and may be retried (its server stopped); the poll follows it. */
    public void retry() {
        if (job == null) {
            return;
        }
        try {
            job = texts.retryPdf(caller.reader(), sourceId, job.id()).orElse(null);
        } catch (RuntimeException e) {
            if (!FacesErrors.message(null, e)) {
                throw e;
            }
        }
    }

    /** True when the last reading failed in a way a retry may change. */
    public boolean isRetryable() {
        return job != null && job.state() == PdfJobView.State.FAILED && job.retryable();
    }

    /** Why the last reading failed, in the page's language; null unless it did. */
    public String getFailure() {
        return job == null ? null : job.failure(Messages.locale());
    }

    /** True while a PDF of this source is queued or being read. */
    public boolean isReading() {
        return job != null && !job.finished();
    }

    /** The PDF being read, or the last one this page followed; null when none. */
    public PdfJobView getJob() {
        return job;
    }

    public void keepPastedText() {
        if (attach(() -> texts.attachText(caller.reader(), sourceId, pastedText == null ? "" : pastedText))) {
            pastedText = null;
        }
    }

    private boolean attach(Supplier<TextSummary> attaching) {
        try {
            TextSummary kept = attaching.get();
            FacesNotes.info(null, "PDF".equals(kept.kind())
                    ? FacesNotes.text("attached.pdf", kept.pages(), kept.sha256())
                    : FacesNotes.text("attached.pasted", kept.size(), kept.sha256()));
            refresh();
            return true;
        } catch (InvalidInputException | NotPermittedException e) {
            FacesErrors.message(null, e);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                FacesNotes.error(null, FacesNotes.text("attach.invalid"));
            } else if (!FacesErrors.message(null, e)) {
                LOG.log(Level.SEVERE, "Attaching the text of source " + sourceId + " failed", e);
                FacesNotes.error(null, FacesNotes.text("attach.failed"));
            }
        }
        return false;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SourceView getSource() {
        return source;
    }

    /** The held text, or null when none is held (or the reader may not see it). */
    public SourceTextView getText() {
        return text;
    }

    /** The numbers of the held text's pages OCR could not read, as "2, 5"; empty when none. */
    public String getUnreadPages() {
        return text == null ? "" : pageList(text.pages().stream()
                .filter(p -> "UNREAD".equals(p.reading())).map(SourceTextView.PageText::number).toList());
    }

    private static String pageList(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    public String getPastedText() {
        return pastedText;
    }

    public void setPastedText(String pastedText) {
        this.pastedText = pastedText;
    }

    /** True when the reader may attach this source's text: a contributor of the organization holding it. */
    public boolean isMayAttach() {
        return source != null && !source.restricted() && caller.reader().hasRole(Role.CONTRIBUTOR)
                && caller.reader().belongsTo(source.holder().slug());
    }

    /** The upload limit in bytes, for the upload component's own check before sending. */
    public long getMaxPdfBytes() {
        return SourceTexts.MAX_PDF_BYTES;
    }

    public int getMaxPdfMegabytes() {
        return SourceTexts.MAX_PDF_BYTES / (1024 * 1024);
    }

    public int getMaxPastedCharacters() {
        return SourceTexts.MAX_PASTED_CHARS;
    }

    /** "1.2 MB", "340 KB", "512 bytes" */
    public String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Messages.locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Messages.locale(), "%.0f KB", bytes / 1024.0);
        }
        return FacesNotes.text("size.bytes", bytes);
    }
}
