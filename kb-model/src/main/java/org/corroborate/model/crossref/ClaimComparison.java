package org.corroborate.model.crossref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The stored finding on one pair of claims of a measure, kept so that the conflict board and the measure pages read
 * findings instead of recomputing them, and re-written only for the claims of a measure that changed.
 */
@Entity
@Table(name = "claim_comparison")
@NamedQuery(name = "ClaimComparison.deleteAsLow", query = "DELETE FROM ClaimComparison p WHERE p.lowClaimId = :claim")
@NamedQuery(name = "ClaimComparison.deleteAsHigh", query = "DELETE FROM ClaimComparison p WHERE p.highClaimId = :claim")
@NamedQuery(name = "ClaimComparison.deleteForMeasure",
        query = "DELETE FROM ClaimComparison p WHERE p.measureId = :measure")
@NamedQuery(name = "ClaimComparison.ofMeasure",
        query = "SELECT p FROM ClaimComparison p WHERE p.measureId = :measure ORDER BY p.lowClaimId, p.highClaimId")
@NamedQuery(name = "ClaimComparison.asLow", query = "SELECT p FROM ClaimComparison p WHERE p.lowClaimId = :claim")
@NamedQuery(name = "ClaimComparison.asHigh", query = "SELECT p FROM ClaimComparison p WHERE p.highClaimId = :claim")
@NamedQuery(name = "ClaimComparison.conflicts",
        query = "SELECT p FROM ClaimComparison p WHERE p.verdict IN :verdicts ORDER BY p.severity DESC, p.measureId")
public class ClaimComparison {

    @Id
    @SequenceGenerator(name = "claim_comparison_seq", sequenceName = "claim_comparison_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_comparison_seq")
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Column(name = "low_claim_id", nullable = false)
    private long lowClaimId;

    @Column(name = "high_claim_id", nullable = false)
    private long highClaimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Reason reason;

    @Column(precision = 9, scale = 6)
    private BigDecimal severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity_level", length = 20)
    private Severity level;

    @Column(name = "same_origin", nullable = false)
    private boolean sameOrigin;

    @Column(name = "period_assumed", nullable = false)
    private boolean periodAssumed;

    @Column(name = "revised_claim_id")
    private Long revisedClaimId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Note note;

    @Column(name = "examined_at", nullable = false)
    private Instant examinedAt;

    protected ClaimComparison() {
        // for JPA
    }

    /** The finding on claims {@code a} and {@code b} of one measure; the pair is stored in id order. */
    public ClaimComparison(long measureId, long a, long b, Judgement judgement, boolean sameOrigin) {
        if (a == b) {
            throw new IllegalArgumentException("A claim is not compared with itself.");
        }
        Objects.requireNonNull(judgement, "judgement");
        this.measureId = measureId;
        this.lowClaimId = Math.min(a, b);
        this.highClaimId = Math.max(a, b);
        this.verdict = judgement.verdict();
        this.reason = judgement.reason();
        this.severity = judgement.severity();
        this.level = judgement.level();
        this.periodAssumed = judgement.periodAssumed();
        this.revisedClaimId = judgement.revisedId();
        this.note = judgement.note();
        this.sameOrigin = sameOrigin;
        this.examinedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getMeasureId() {
        return measureId;
    }

    public long getLowClaimId() {
        return lowClaimId;
    }

    public long getHighClaimId() {
        return highClaimId;
    }

    /** The other claim of the pair. */
    public long other(long claimId) {
        return claimId == lowClaimId ? highClaimId : lowClaimId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Reason getReason() {
        return reason;
    }

    public BigDecimal getSeverity() {
        return severity;
    }

    public Severity getLevel() {
        return level;
    }

    /** True when both claims go back to a common origin: agreement between them is not independent. */
    public boolean isSameOrigin() {
        return sameOrigin;
    }

    public boolean isPeriodAssumed() {
        return periodAssumed;
    }

    /** For a revision: the earlier claim, which the other revises. */
    public Long getRevisedClaimId() {
        return revisedClaimId;
    }

    /** What else an editor should know about the finding (rounding, touching bounds), or {@code null}. */
    public Note getNote() {
        return note;
    }

    public Instant getExaminedAt() {
        return examinedAt;
    }
}
