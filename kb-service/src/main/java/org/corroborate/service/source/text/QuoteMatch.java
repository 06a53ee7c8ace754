package org.corroborate.service.source.text;

/**
 * Where a quote was found in a source's held text.
 *
 * @param page  1-based page (1 for pasted text)
 * @param start offset of the quote's first character within the page's text
 * @param end   offset after its last character; when the quote runs on past the page's end, the page's length
 */
public record QuoteMatch(int page, int start, int end) {
}
