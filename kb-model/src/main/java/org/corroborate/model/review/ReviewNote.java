package org.corroborate.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;

import java.time.Instant;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * An editor's comment on one field of a claim under review, or the record of a decision (then {@link #getDecision()}
 * is set). Notes are never changed: each review round adds new ones, tied to the claim version they were made on.
 */
@Entity
@Table(name = "review_note")
@NamedQuery(name = "ReviewNote.ofClaim",
        query = "SELECT n FROM ReviewNote n WHERE n.claim.id = :claim ORDER BY n.createdAt, n.id")
@NamedQuery(name = "ReviewNote.ofClaims",
        query = "SELECT n FROM ReviewNote n WHERE n.claim.id IN :claims ORDER BY n.createdAt, n.id")
public class ReviewNote {

    public static final int MAX_TEXT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "review_note_seq", sequenceName = "review_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_note_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @Column(name = "claim_version", nullable = false)
    private long claimVersion;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewField field;

    /** For a comment on a citation: which one. */
    @Column(name = "citation_id")
    private Long citationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Size(max = MAX_TEXT_LENGTH)
    @Column(length = MAX_TEXT_LENGTH)
    private String text;

    @NotBlank
    @Column(name = "author_username", nullable = false, length = 100)
    private String authorUsername;

    @NotBlank
    @Column(name = "author_organization", nullable = false, length = 80)
    private String authorOrganization;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewNote() {
        // for JPA
    }

    private ReviewNote(Claim claim, ReviewField field, Long citationId, Decision decision, String text,
                       String authorUsername, String authorOrganization) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.claimVersion = claim.getVersion();
        this.field = Objects.requireNonNull(field, "A comment needs the field it is about.");
        this.citationId = citationId;
        this.decision = decision;
        this.text = VisibleText.isBlank(text) ? null : text.strip();
        if (this.text != null && this.text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A comment is longer than " + MAX_TEXT_LENGTH + " characters.");
        }
        this.authorUsername = Objects.requireNonNull(authorUsername, "author");
        this.authorOrganization = Objects.requireNonNull(authorOrganization, "author's organization");
        this.createdAt = Instant.now();
    }

    /** A comment on one field; a comment on a citation names the citation. */
    public static ReviewNote comment(Claim claim, ReviewField field, Long citationId, String text, String author,
                                     String organization) {
        if (VisibleText.isBlank(text)) {
            throw new IllegalArgumentException("A comment needs a text saying what to fix.");
        }
        if (field == ReviewField.CITATION && citationId != null
                && claim.getCitations().stream().noneMatch(c -> citationId.equals(c.getId()))) {
            throw new IllegalArgumentException("Citation " + citationId + " is not one of this claim's citations.");
        }
        return new ReviewNote(claim, field, field == ReviewField.CITATION ? citationId : null, null, text, author,
                organization);
    }

    /** The record of a decision, with the editor's note if any. */
    public static ReviewNote decision(Claim claim, Decision decision, String note, String author, String organization) {
        return new ReviewNote(claim, ReviewField.GENERAL, null, Objects.requireNonNull(decision, "decision"), note,
                author, organization);
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public long getClaimVersion() {
        return claimVersion;
    }

    public ReviewField getField() {
        return field;
    }

    public Long getCitationId() {
        return citationId;
    }

    /** The decision this note records, or {@code null} for a comment. */
    public Decision getDecision() {
        return decision;
    }

    public String getText() {
        return text;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorOrganization() {
        return authorOrganization;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
