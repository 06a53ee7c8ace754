package org.corroborate.service.source.text;

import org.corroborate.model.source.SourceText;

import java.time.Instant;
import java.util.List;

/**
 * A source's held text as a reader who may see the source in full sees it: where it came from and each page.
 *
 * @param kind     PDF or PASTED
 * @param fileName the uploaded file's name (null for pasted text)
 * @param sha256   lower-case hex SHA-256 of the bytes received (pasted text: of its UTF-8 bytes)
 * @param size     bytes received
 */
public record SourceTextView(long sourceId, String kind, String fileName, String sha256, long size, int pageCount,
                             Instant attachedAt, String attachedBy, List<PageText> pages) {

    /** One page: its 1-based number and its text. */
    public record PageText(int number, String text) {
    }

    static SourceTextView of(SourceText t) {
        return new SourceTextView(t.getSource().getId(), t.getKind().name(), t.getFileName(), t.getSha256(),
                t.getByteSize(), t.getPageCount(), t.getAttachedAt(), t.getAttachedBy(),
                t.getPages().stream().map(p -> new PageText(p.getNumber(), p.getContent())).toList());
    }
}
