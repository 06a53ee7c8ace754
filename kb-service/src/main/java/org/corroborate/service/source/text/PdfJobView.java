package org.corroborate.service.source.text;

import org.corroborate.service.shared.Message;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A snapshot of a PDF being read in the background.
 *
 * @param pagesRead pages whose text is read so far
 * @param pages     the PDF's page count, once known (0 before)
 * @param ocrPagesRead pages without a text layer read by OCR so far
 * @param ocrPages  pages without a text layer (scans), to be read by OCR once the text layer is read (0 before)
 * @param text      what was kept, once {@link State#DONE}
 * @param failure   why nothing was kept, once {@link State#FAILED}
 * @param retryable once {@link State#FAILED}: the file is kept and the uploader may queue it again
 *                  ({@link SourceTexts#retryPdf}); true when the server reading it stopped
 */
public record PdfJobView(String id, long sourceId, String fileName, long size, State state, int pagesRead, int pages,
                         int ocrPagesRead, int ocrPages, Instant queuedAt, Instant finishedAt, TextSummary text,
                         Message failure, boolean retryable) implements Serializable {

    /** QUEUED: waiting for a free reader; RUNNING: being read; DONE: its text is kept; FAILED: nothing was kept. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    /**
     * 0–100: by pages read; once scanned pages are known, their text layers count for a tenth and their OCR, much
     * slower, for the rest.
     */
    public int percent() {
        if (finished()) {
            return 100;
        }
        if (ocrPages > 0) {
            return 10 + (int) (90L * ocrPagesRead / ocrPages);
        }
        return pages == 0 ? 0 : (int) (100L * pagesRead / pages);
    }

    /** True once the text layers are read and pages without one are being read by OCR. */
    public boolean recognizing() {
        return ocrPages > 0 && !finished();
    }

    /** Why the PDF was refused, in this language; null unless {@link State#FAILED}. */
    public String failure(Locale locale) {
        return failure == null ? null : failure.format(locale);
    }
}
