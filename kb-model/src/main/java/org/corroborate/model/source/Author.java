package org.corroborate.model.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * An author as CSL-JSON names one: a person with family and given names, or an organization
 * (or any name that must not be split) as a literal.
 */
@Embeddable
public class Author implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(length = 200)
    private String family;

    @Column(length = 200)
    private String given;

    @Column(length = 500)
    private String literal;

    protected Author() {
        // for JPA
    }

    private Author(String family, String given, String literal) {
        this.family = family;
        this.given = given;
        this.literal = literal;
    }

    public static Author person(String family, String given) {
        if (VisibleText.isBlank(family)) {
            throw new IllegalArgumentException("A person author needs a family name.");
        }
        return new Author(family.strip(), VisibleText.isBlank(given) ? null : given.strip(), null);
    }

    /** An organization, or a name kept whole ("UN Commission of Inquiry on Human Rights in the DPRK"). */
    public static Author literal(String name) {
        if (VisibleText.isBlank(name)) {
            throw new IllegalArgumentException("An author needs a name.");
        }
        return new Author(null, null, name.strip());
    }

    /** A literal author when {@code literal} is given, otherwise a person: how CSL-JSON names read. */
    public static Author of(String family, String given, String literal) {
        return !VisibleText.isBlank(literal) ? literal(literal) : person(family, given);
    }

    public String getFamily() {
        return family;
    }

    public String getGiven() {
        return given;
    }

    public String getLiteral() {
        return literal;
    }

    public boolean isLiteral() {
        return literal != null;
    }

    /** "Robert Collins", or the literal name. */
    public String getDisplayName() {
        if (literal != null) {
            return literal;
        }
        return given == null ? family : given + " " + family;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Author that && Objects.equals(family, that.family)
                && Objects.equals(given, that.given) && Objects.equals(literal, that.literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, given, literal);
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}
