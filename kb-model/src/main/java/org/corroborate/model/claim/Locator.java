package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/** Where in a source a passage is: page 12, paragraph 4, footnote 31, 00:14:05. */
@Embeddable
public class Locator implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_VALUE_LENGTH = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "locator_type", length = 20)
    private LocatorType type;

    @Column(name = "locator_value", length = MAX_VALUE_LENGTH)
    private String value;

    protected Locator() {
        // for JPA
    }

    public Locator(LocatorType type, String value) {
        this.type = Objects.requireNonNull(type, "A locator needs a type (page, paragraph, footnote, ...).");
        if (VisibleText.isBlank(value)) {
            throw new IllegalArgumentException("A " + type.name().toLowerCase(Locale.ROOT) + " locator needs a value.");
        }
        if (value.strip().length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A locator is at most " + MAX_VALUE_LENGTH + " characters.");
        }
        this.value = value.strip();
    }

    public LocatorType getType() {
        return type;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Locator that && type == that.type && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return type.cslLabel() + " " + value;
    }
}
