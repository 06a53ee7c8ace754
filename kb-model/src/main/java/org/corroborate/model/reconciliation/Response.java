package org.corroborate.model.reconciliation;

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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/** A member organization's endorsement of, or dissent from, one published version; one per organization. */
@Entity
@Table(name = "reconciliation_response")
@NamedQuery(name = "Response.ofVersion",
        query = "SELECT r FROM Response r WHERE r.version = :version ORDER BY r.respondedAt, r.id")
@NamedQuery(name = "Response.ofOrganization",
        query = "SELECT r FROM Response r WHERE r.version = :version AND r.organizationSlug = :organization")
public class Response {

    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "reconciliation_response_seq", sequenceName = "reconciliation_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_response_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private ReconciliationVersion version;

    @Column(name = "organization_slug", nullable = false, updatable = false, length = 80)
    private String organizationSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stance stance;

    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "responded_by", nullable = false, length = 100)
    private String respondedBy;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Response() {
        // for JPA
    }

    public Response(ReconciliationVersion version, String organizationSlug, Stance stance, String comment, String by) {
        this.version = Objects.requireNonNull(version, "version");
        this.organizationSlug = Objects.requireNonNull(organizationSlug, "organization");
        change(stance, comment, by);
    }

    /** A new stance or comment from the same organization; a dissent must say why. */
    public void change(Stance stance, String comment, String by) {
        this.stance = Objects.requireNonNull(stance, "Endorse or dissent.");
        String c = VisibleText.isBlank(comment) ? null : comment.strip();
        if (stance == Stance.DISSENT && c == null) {
            throw new IllegalArgumentException("A dissent needs a comment saying why the organization disagrees.");
        }
        if (c != null && c.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("The comment is longer than " + MAX_COMMENT_LENGTH + " characters.");
        }
        this.comment = c;
        this.respondedBy = Objects.requireNonNull(by, "by");
        this.respondedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public ReconciliationVersion getVersion() {
        return version;
    }

    public String getOrganizationSlug() {
        return organizationSlug;
    }

    public Stance getStance() {
        return stance;
    }

    public String getComment() {
        return comment;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
