package org.corroborate.service.source.text;

import org.corroborate.model.source.SourceText;
import org.corroborate.model.source.SourceTextPage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What is known about a source's held text without the text itself: what the audit trail records and what an
 * upload answers.
 *
 * @param kind          PDF or PASTED
 * @param fileName      the uploaded file's name (null for pasted text)
 * @param sha256        lower-case hex SHA-256 of the bytes received (pasted text: of its UTF-8 bytes)
 * @param pages         how many pages (1 for pasted text)
 * @param size          bytes received
 * @param ocrPages      pages without a text layer whose text was read by OCR
 * @param ocrConfidence 0–100, the mean confidence of those pages' words; null when no page was read by OCR
 * @param unreadPages   the numbers of the pages without a text layer that OCR failed on (kept empty)
 */
public record TextSummary(long sourceId, String kind, String fileName, String sha256, int pages, long size,
                          Instant attachedAt, String attachedBy, int ocrPages, Integer ocrConfidence,
                          List<Integer> unreadPages) implements Serializable {

    static TextSummary of(SourceText t) {
        List<SourceTextPage> recognized = t.getPages().stream()
                .filter(p -> p.getReading() == SourceTextPage.Reading.OCR).toList();
        return new TextSummary(t.getSource().getId(), t.getKind().name(), t.getFileName(), t.getSha256(),
                t.getPageCount(), t.getByteSize(), t.getAttachedAt(), t.getAttachedBy(), recognized.size(),
                SourceTextView.meanConfidence(recognized),
                t.getPages().stream().filter(p -> p.getReading() == SourceTextPage.Reading.UNREAD)
                        .map(SourceTextPage::getNumber).toList());
    }
}
