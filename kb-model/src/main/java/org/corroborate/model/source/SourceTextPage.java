package org.corroborate.model.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * The text of one page of a source, as extracted (a pasted text is page 1), and how it was read: from the PDF's
 * text layer, or by text recognition (OCR) with the mean confidence of its words. Offsets of quotes refer to this
 * text.
 */
@Embeddable
public class SourceTextPage {

    /** How a page's text was read. */
    public enum Reading {
        /** Taken from the PDF's text layer, or pasted. */
        TEXT,
        /** Recognized in the page's image (OCR): a reading, with a confidence. */
        OCR,
        /** The page has no text layer and text recognition failed on it: its text is empty. */
        UNREAD
    }

    /** 1-based. */
    @Column(name = "page_number", nullable = false)
    private int number;

    @Column(name = "content", nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "reading", nullable = false, length = 10)
    private Reading reading = Reading.TEXT;

    /** 0–100: the mean confidence of the page's recognized words; null unless read by OCR and words were found. */
    @Column(name = "ocr_confidence")
    private Integer ocrConfidence;

    protected SourceTextPage() {
        // for JPA
    }

    /** A page read from a text layer (or pasted). */
    public SourceTextPage(int number, String content) {
        this(number, content, Reading.TEXT, null);
    }

    /**
     * @param confidence 0–100, only for a page read by OCR (null there when it found no words)
     */
    public SourceTextPage(int number, String content, Reading reading, Integer confidence) {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1.");
        }
        this.number = number;
        this.content = Objects.requireNonNull(content, "page text");
        this.reading = Objects.requireNonNull(reading, "reading");
        if (confidence != null && (reading != Reading.OCR || confidence < 0 || confidence > 100)) {
            throw new IllegalArgumentException("Only a page read by OCR has a confidence, from 0 to 100.");
        }
        if (reading == Reading.UNREAD && !content.isEmpty()) {
            throw new IllegalArgumentException("A page that could not be read has no text.");
        }
        this.ocrConfidence = confidence;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public Reading getReading() {
        return reading == null ? Reading.TEXT : reading;
    }

    /** 0–100 for a page read by OCR whose words were found; null otherwise. */
    public Integer getOcrConfidence() {
        return ocrConfidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceTextPage p && p.number == number && p.content.equals(content)
                && p.getReading() == getReading() && Objects.equals(p.ocrConfidence, ocrConfidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, content, getReading(), ocrConfidence);
    }
}
