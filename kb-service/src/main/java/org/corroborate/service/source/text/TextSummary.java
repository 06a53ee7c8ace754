package org.corroborate.service.source.text;

import org.corroborate.model.source.SourceText;

import java.io.Serializable;
import java.time.Instant;

/**
 * What is known about a source's held text without the text itself: what the audit trail records and what an
 * upload answers.
 *
 * @param kind     PDF or PASTED
 * @param fileName the uploaded file's name (null for pasted text)
 * @param sha256   lower-case hex SHA-256 of the bytes received (pasted text: of its UTF-8 bytes)
 * @param pages    how many pages (1 for pasted text)
 * @param size     bytes received
 */
public record TextSummary(long sourceId, String kind, String fileName, String sha256, int pages, long size,
                          Instant attachedAt, String attachedBy) implements Serializable {

    static TextSummary of(SourceText t) {
        return new TextSummary(t.getSource().getId(), t.getKind().name(), t.getFileName(), t.getSha256(),
                t.getPageCount(), t.getByteSize(), t.getAttachedAt(), t.getAttachedBy());
    }
}
