package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.source.Source;

import java.time.Instant;
import java.util.Objects;

/**
 * Anchors a claim to a passage of a source, by locator, by quote, or both. Created through
 * {@link Claim#cite}, so a citation always belongs to the claim that lists it.
 */
@Entity
@Table(name = "citation")
public class Citation {

    @Id
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Embedded
    private Locator locator;

    @Embedded
    private QuoteAnchor quote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Citation() {
        // for JPA
    }

    /** Use {@link Claim#cite}. */
    public Citation(Claim claim, Source source, Locator locator, QuoteAnchor quote, Stance stance) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.source = Objects.requireNonNull(source, "A citation needs the source it cites.");
        if (locator == null && quote == null) {
            throw new IllegalArgumentException("A citation needs a locator (page, paragraph, ...) or a quote.");
        }
        this.locator = locator;
        this.quote = quote;
        this.stance = Objects.requireNonNull(stance, "A citation needs a stance: supports, contradicts or mentions.");
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Source getSource() {
        return source;
    }

    /** Where in the source, or {@code null} when only a quote anchors the citation. */
    public Locator getLocator() {
        return locator;
    }

    /** The quoted words, or {@code null} when only a locator anchors the citation. */
    public QuoteAnchor getQuote() {
        return quote;
    }

    public Stance getStance() {
        return stance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Citation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Citation.class.hashCode();
    }
}
