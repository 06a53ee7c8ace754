package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * The exact words a citation rests on, with a few words before and after so that the passage can be found
 * again even where the same words occur twice (the W3C Web Annotation TextQuoteSelector).
 */
@Embeddable
public class QuoteAnchor implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_EXACT_LENGTH = 2000;
    public static final int MAX_CONTEXT_LENGTH = 300;

    @Column(name = "quote_exact", length = MAX_EXACT_LENGTH)
    private String exact;

    @Column(name = "quote_prefix", length = MAX_CONTEXT_LENGTH)
    private String prefix;

    @Column(name = "quote_suffix", length = MAX_CONTEXT_LENGTH)
    private String suffix;

    protected QuoteAnchor() {
        // for JPA
    }

    public QuoteAnchor(String exact, String prefix, String suffix) {
        if (VisibleText.isBlank(exact)) {
            throw new IllegalArgumentException("A quote needs the exact words it anchors to.");
        }
        if (exact.length() > MAX_EXACT_LENGTH) {
            throw new IllegalArgumentException("A quote is at most " + MAX_EXACT_LENGTH + " characters.");
        }
        if (length(prefix) > MAX_CONTEXT_LENGTH || length(suffix) > MAX_CONTEXT_LENGTH) {
            throw new IllegalArgumentException("The words around a quote are at most " + MAX_CONTEXT_LENGTH + " characters each side.");
        }
        this.exact = exact;
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    public String getExact() {
        return exact;
    }

    public String getPrefix() {
        return prefix == null ? "" : prefix;
    }

    public String getSuffix() {
        return suffix == null ? "" : suffix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuoteAnchor that && exact.equals(that.exact)
                && getPrefix().equals(that.getPrefix()) && getSuffix().equals(that.getSuffix());
    }

    @Override
    public int hashCode() {
        return Objects.hash(exact, getPrefix(), getSuffix());
    }

    @Override
    public String toString() {
        return "…" + getPrefix() + " [" + exact + "] " + getSuffix() + "…";
    }
}
