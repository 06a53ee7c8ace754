package org.corroborate.service.source.text;

import org.corroborate.model.source.SourceText;
import org.corroborate.model.source.SourceTextPage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A source's held text as a reader who may see the source in full sees it: where it came from and each page.
 *
 * @param kind          PDF or PASTED
 * @param fileName      the uploaded file's name (null for pasted text)
 * @param sha256        lower-case hex SHA-256 of the bytes received (pasted text: of its UTF-8 bytes)
 * @param size          bytes received
 * @param ocrEngine     the OCR engine that read the pages without a text layer (null when every page had one)
 * @param ocrPages      how many pages were read by OCR
 * @param ocrConfidence 0–100, the mean word confidence over the pages read by OCR (null when none was)
 */
public record SourceTextView(long sourceId, String kind, String fileName, String sha256, long size, int pageCount,
                             Instant attachedAt, String attachedBy, String ocrEngine, int ocrPages,
                             Integer ocrConfidence, List<PageText> pages) implements Serializable {

    /** A page read by OCR whose mean word confidence is under this is flagged: check it against the original. */
    public static final int LOW_CONFIDENCE = 70;

    /**
     * One page: its 1-based number, its text and how it was read.
     *
     * @param reading       TEXT (its text layer, or pasted), OCR (recognized in its image) or UNREAD (no text
     *                      layer, and OCR failed on it: its text is empty)
     * @param ocrConfidence 0–100, the mean confidence of its recognized words; null unless read by OCR
     * @param lowConfidence true when read by OCR with a confidence under {@link #LOW_CONFIDENCE}
     */
    public record PageText(int number, String text, String reading, Integer ocrConfidence, boolean lowConfidence) implements Serializable {
    }

    static SourceTextView of(SourceText t) {
        List<SourceTextPage> recognized = t.getPages().stream()
                .filter(p -> p.getReading() == SourceTextPage.Reading.OCR).toList();
        return new SourceTextView(t.getSource().getId(), t.getKind().name(), t.getFileName(), t.getSha256(),
                t.getByteSize(), t.getPageCount(), t.getAttachedAt(), t.getAttachedBy(), t.getOcrEngine(),
                recognized.size(), meanConfidence(recognized),
                t.getPages().stream().map(p -> new PageText(p.getNumber(), p.getContent(), p.getReading().name(),
                        p.getOcrConfidence(), p.getOcrConfidence() != null && p.getOcrConfidence() < LOW_CONFIDENCE))
                        .toList());
    }

    /** The mean of the pages' confidences (those that have one), rounded; null when none has. */
    static Integer meanConfidence(List<SourceTextPage> pages) {
        double sum = 0;
        int counted = 0;
        for (SourceTextPage page : pages) {
            if (page.getOcrConfidence() != null) {
                sum += page.getOcrConfidence();
                counted++;
            }
        }
        return counted == 0 ? null : (int) Math.round(sum / counted);
    }
}
