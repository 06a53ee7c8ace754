package org.corroborate.model.reconciliation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.shared.VisibleText;

/**
 * A measure's reconciliation: the draft editors work on (optimistically locked, so that two editors saving at once
 * never overwrite each other silently) and the count of versions published from it. Published versions are separate,
 * immutable {@link ReconciliationVersion}s.
 * <p>
 * Four eyes: a draft is published only once an editor of another organization than the one that last changed it has
 * approved it; any change to the draft withdraws the approval, and publishing uses it up.
 */
@Entity
@Table(name = "reconciliation")
@NamedQuery(name = "Reconciliation.ofMeasure", query = "SELECT r FROM Reconciliation r WHERE r.measure = :measure")
public class Reconciliation {

    public static final int MAX_RATIONALE_LENGTH = 8000;

    @Id
    @SequenceGenerator(name = "reconciliation_seq", sequenceName = "reconciliation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id", nullable = false, unique = true)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Rule rule;

    @Column(name = "figure_low",
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal low;

    @Column(name = "figure_high",
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal high;

    @Column(name = "figure_best",
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal best;

    @Embedded
    private Period period;

    @Column(length = MAX_RATIONALE_LENGTH)
    private String rationale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconciliation_assignment", joinColumns = @JoinColumn(name = "reconciliation_id"))
    @OrderColumn(name = "ordinal")
    private List<Assignment> assignments = new ArrayList<>();

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "published_count", nullable = false)
    private int publishedCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    /** The organization of the editor who last changed the draft: another organization must approve it. */
    @Column(name = "drafted_organization", length = 80)
    private String draftedOrganization;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_organization", length = 80)
    private String approvedOrganization;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected Reconciliation() {
        // for JPA
    }

    public Reconciliation(Measure measure) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.updatedAt = Instant.now();
    }

    /**
     * Replaces the draft. Everything may still be incomplete (a figure without a best estimate, no rationale yet);
     * what is given must be possible: a deprecated claim has a reason, a claim has one role, the figure fits the
     * measure's unit.
     */
    public void revise(Rule rule, ReconciledFigure figure, Period period, String rationale, List<Assignment> assignments,
                       String editor, String organization) {
        Set<Long> seen = new HashSet<>();
        for (Assignment a : assignments) {
            if (!seen.add(a.getClaimId())) {
                throw new IllegalArgumentException("Claim " + a.getClaimId() + " is given two roles; give it one.");
            }
        }
        String r = VisibleText.isBlank(rationale) ? null : rationale.strip();
        if (r != null && r.length() > MAX_RATIONALE_LENGTH) {
            throw new IllegalArgumentException("The rationale is longer than " + MAX_RATIONALE_LENGTH + " characters.");
        }
        if (figure != null) {
            figure.checkedIn(measure.getUnit());
        }
        this.rule = rule;
        this.low = figure == null ? null : figure.low();
        this.high = figure == null ? null : figure.high();
        this.best = figure == null ? null : figure.best();
        this.period = period;
        this.rationale = r;
        this.assignments.clear();
        this.assignments.addAll(assignments);
        this.updatedBy = editor;
        this.updatedAt = Instant.now();
        this.draftedOrganization = organization;
        withdrawApproval();
    }

    /**
     * An editor of another organization than the one that last changed the draft approves it as it stands, for
     * publication.
     *
     * @throws IllegalStateException when the draft is not complete enough to publish (saying what is missing), when
     *                               the approver's organization drafted it, or when it is already approved
     */
    public void approve(String editor, String organization) {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(organization, "organization");
        if (!mayBeApprovedBy(organization)) {
            throw new IllegalStateException("An editor of another organization than the one that drafted it must approve it.");
        }
        if (isApproved()) {
            throw new IllegalStateException("The draft is already approved.");
        }
        checkComplete();
        this.approvedBy = editor;
        this.approvedOrganization = organization;
        this.approvedAt = Instant.now();
    }

    /**
     * Whether an editor of this organization may approve the draft: any organization but the one that drafted it. A
     * draft whose drafting organization is unknown (saved by an account of no organization, or before approvals
     * existed) is approved by nobody until an editor of an organization saves it.
     */
    public boolean mayBeApprovedBy(String organization) {
        return organization != null && draftedOrganization != null && !organization.equals(draftedOrganization);
    }

    /** Whether the draft, as it stands, is approved by another organization. */
    public boolean isApproved() {
        return approvedOrganization != null;
    }

    private void withdrawApproval() {
        this.approvedBy = null;
        this.approvedOrganization = null;
        this.approvedAt = null;
    }

    /** What a draft still lacks before it may be approved and published. */
    public enum Missing {
        RULE("Choose the rule the figure follows before publishing."),
        FIGURE("Give the resulting figure (low and high bound) before publishing."),
        RECOMMENDED_CLAIM("Recommend at least one claim: the figure must rest on a verified claim."),
        RATIONALE("Explain the figure in a rationale before publishing.");

        private final String message;

        Missing(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The first thing the draft still lacks before it may be approved and published, or empty when complete. */
    public Optional<Missing> missing() {
        if (rule == null) {
            return Optional.of(Missing.RULE);
        }
        if (low == null || high == null) {
            return Optional.of(Missing.FIGURE);
        }
        if (assignments.stream().noneMatch(a -> a.getRole() == CandidateRole.RECOMMENDED)) {
            return Optional.of(Missing.RECOMMENDED_CLAIM);
        }
        if (rationale == null) {
            return Optional.of(Missing.RATIONALE);
        }
        return Optional.empty();
    }

    private void checkComplete() {
        missing().ifPresent(m -> {
            throw new IllegalStateException(m.message());
        });
    }

    /**
     * Publishes the approved draft as the next version, which becomes the measure's public figure. The approval is
     * used up: the next version needs one of its own.
     *
     * @throws IllegalStateException saying what is missing: a rule, a figure, a recommended claim, a rationale, the
     *                               approval of another organization
     */
    public ReconciliationVersion publish(String editor, String organization) {
        checkComplete();
        if (!isApproved()) {
            throw new IllegalStateException("An editor of another organization must approve the draft before it is published.");
        }
        publishedCount++;
        needsReview = false;
        updatedAt = Instant.now();
        ReconciliationVersion v = new ReconciliationVersion(this, publishedCount, rule, new ReconciledFigure(low, high, best),
                measure.getUnit(), period, rationale, assignments.stream().map(Assignment::copy).toList(), editor,
                organization, new ReconciliationVersion.Approval(draftedOrganization, approvedBy, approvedOrganization,
                        approvedAt));
        withdrawApproval();
        return v;
    }

    /** A claim verified since the last publication is not weighed: the published figure needs another look. */
    public void markNeedsReview() {
        if (publishedCount > 0) {
            needsReview = true;
        }
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Rule getRule() {
        return rule;
    }

    /** The draft's figure, or {@code null} while it has no bounds. */
    public ReconciledFigure getFigure() {
        return low == null || high == null ? null : new ReconciledFigure(low, high, best);
    }

    public Period getPeriod() {
        return period;
    }

    public String getRationale() {
        return rationale;
    }

    public List<Assignment> getAssignments() {
        return Collections.unmodifiableList(assignments);
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public int getPublishedCount() {
        return publishedCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getDraftedOrganization() {
        return draftedOrganization;
    }

    /** The editor who approved the draft as it stands, or {@code null}. */
    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovedOrganization() {
        return approvedOrganization;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }
}
