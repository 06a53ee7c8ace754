package org.corroborate.model.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** The text of one page of a source, as extracted (a pasted text is page 1). Offsets of quotes refer to this text. */
@Embeddable
public class SourceTextPage {

    /** 1-based. */
    @Column(name = "page_number", nullable = false)
    private int number;

    @Column(name = "content", nullable = false)
    private String content;

    protected SourceTextPage() {
        // for JPA
    }

    public SourceTextPage(int number, String content) {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1.");
        }
        this.number = number;
        this.content = Objects.requireNonNull(content, "page text");
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceTextPage p && p.number == number && p.content.equals(content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, content);
    }
}
