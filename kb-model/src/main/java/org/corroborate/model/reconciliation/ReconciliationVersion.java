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
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A published reconciliation: never changed once written (no setters, no updatable columns). A newer version
 * supersedes it as the measure's public figure; this one keeps its permanent link.
 */
@Entity
@Table(name = "reconciliation_version")
@NamedQuery(name = "ReconciliationVersion.ofReconciliation",
        query = "SELECT v FROM ReconciliationVersion v WHERE v.reconciliation = :reconciliation ORDER BY v.number DESC")
@NamedQuery(name = "ReconciliationVersion.find",
        query = "SELECT v FROM ReconciliationVersion v WHERE v.reconciliation = :reconciliation AND v.number = :number")
@NamedQuery(name = "ReconciliationVersion.currentOfMeasures",
        query = "SELECT v FROM ReconciliationVersion v WHERE v.reconciliation.measure.id IN :measures "
                + "AND v.number = v.reconciliation.publishedCount")
public class ReconciliationVersion {

    @Id
    @SequenceGenerator(name = "reconciliation_version_seq", sequenceName = "reconciliation_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "reconciliation_id", nullable = false, updatable = false)
    private Reconciliation reconciliation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Rule rule;

    @Column(name = "figure_low", nullable = false, updatable = false,
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal low;

    @Column(name = "figure_high", nullable = false, updatable = false,
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal high;

    @Column(name = "figure_best", updatable = false,
            precision = ReconciledFigure.INTEGER_DIGITS + ReconciledFigure.FRACTION_DIGITS, scale = ReconciledFigure.FRACTION_DIGITS)
    private BigDecimal best;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Unit unit;

    @Embedded
    private Period period;

    @Column(nullable = false, updatable = false, length = Reconciliation.MAX_RATIONALE_LENGTH)
    private String rationale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconciliation_version_assignment", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    private List<Assignment> assignments = new ArrayList<>();

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_organization", updatable = false, length = 80)
    private String publishedOrganization;

    @Column(name = "drafted_organization", updatable = false, length = 80)
    private String draftedOrganization;

    @Column(name = "approved_by", updatable = false, length = 100)
    private String approvedBy;

    @Column(name = "approved_organization", updatable = false, length = 80)
    private String approvedOrganization;

    @Column(name = "approved_at", updatable = false)
    private Instant approvedAt;

    /** Who approved the draft that became this version, and which organization drafted it. */
    record Approval(String draftedOrganization, String approvedBy, String approvedOrganization, Instant approvedAt) {
        Approval {
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(approvedOrganization, "approvedOrganization");
            Objects.requireNonNull(approvedAt, "approvedAt");
        }
    }

    protected ReconciliationVersion() {
        // for JPA
    }

    ReconciliationVersion(Reconciliation reconciliation, int number, Rule rule, ReconciledFigure figure, Unit unit,
                          Period period, String rationale, List<Assignment> assignments, String publishedBy,
                          String publishedOrganization, Approval approval) {
        this.reconciliation = Objects.requireNonNull(reconciliation);
        this.number = number;
        this.rule = Objects.requireNonNull(rule);
        this.low = figure.low();
        this.high = figure.high();
        this.best = figure.best();
        this.unit = Objects.requireNonNull(unit);
        this.period = period;
        this.rationale = Objects.requireNonNull(rationale);
        this.assignments.addAll(assignments);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedOrganization = publishedOrganization;
        this.draftedOrganization = approval.draftedOrganization();
        this.approvedBy = approval.approvedBy();
        this.approvedOrganization = approval.approvedOrganization();
        this.approvedAt = approval.approvedAt();
        this.publishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Reconciliation getReconciliation() {
        return reconciliation;
    }

    public int getNumber() {
        return number;
    }

    public Rule getRule() {
        return rule;
    }

    public ReconciledFigure getFigure() {
        return new ReconciledFigure(low, high, best);
    }

    public Unit getUnit() {
        return unit;
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

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getPublishedOrganization() {
        return publishedOrganization;
    }

    /** The organization whose editor last changed the draft before it was approved (null for versions from before). */
    public String getDraftedOrganization() {
        return draftedOrganization;
    }

    /** The editor who approved it (null for versions published before approvals existed). */
    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovedOrganization() {
        return approvedOrganization;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
