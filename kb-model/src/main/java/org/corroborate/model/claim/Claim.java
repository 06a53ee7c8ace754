package org.corroborate.model.claim;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.Period;
import org.corroborate.model.shared.VisibleText;
import org.corroborate.model.source.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A statement in a contributor's own words, usually with a {@link Figure}, about a {@link Measure}
 * over a {@link Period}. Claims are contributed by one organization and pass through review
 * ({@link ClaimStatus}); the version number refuses a stale edit instead of overwriting a newer one.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = "Claim.findByMeasureAndStatus",
        query = "SELECT c FROM Claim c WHERE c.measure = :measure AND c.status IN :statuses ORDER BY c.period.firstDay, c.id")
@NamedQuery(name = "Claim.countByStatus", query = "SELECT c.status, COUNT(c) FROM Claim c GROUP BY c.status")
public class Claim {

    public static final int MAX_STATEMENT_LENGTH = 4000;
    public static final int MAX_POPULATION_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    private Long id;

    @NotBlank
    @Size(max = MAX_STATEMENT_LENGTH)
    @Column(nullable = false, length = MAX_STATEMENT_LENGTH)
    private String statement;

    @Valid
    @Embedded
    private Figure figure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Embedded
    private Period period;

    @Size(max = 200)
    @Column(length = 200)
    private String place;

    /**
     * Who exactly is counted, when the claim counts a narrower or different group than its measure's definition
     * ("women only", "registered with UNHCR"); {@code null} when the claim counts what the measure defines.
     * Claims with different populations are not compared.
     */
    @Size(max = MAX_POPULATION_LENGTH)
    @Column(length = MAX_POPULATION_LENGTH)
    private String population;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "topic", length = 100)
    private Set<String> topics = new TreeSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    /** BCP 47 tag of the language the statement is written in. */
    @NotBlank
    @Size(max = 35)
    @Column(nullable = false, length = 35)
    private String language;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Citation> citations = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the claim was last sent to review; the review queue shows the longest-waiting first. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Claim() {
        // for JPA
    }

    /**
     * A new draft claim.
     *
     * @param figure  may be {@code null} for a claim without a number
     * @param measure the question the figure answers; a draft may leave it open, submitting a figure needs it
     */
    public Claim(Organization organization, String statement, String language, Figure figure, Measure measure) {
        this.organization = Objects.requireNonNull(organization, "A claim needs the organization contributing it.");
        this.language = requireLanguage(language);
        revise(statement, figure, measure);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    private static String requireLanguage(String language) {
        if (VisibleText.isBlank(language)) {
            throw new IllegalArgumentException("A claim needs the language of its statement.");
        }
        return language.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces the statement, figure and measure together, since each constrains the others. A draft saves whatever
     * is filled: a figure may wait for its measure until the claim is submitted ({@link #moveTo}).
     */
    public void revise(String statement, Figure figure, Measure measure) {
        if (VisibleText.isBlank(statement)) {
            throw new IllegalArgumentException("A claim needs a statement in your own words.");
        }
        if (statement.strip().length() > MAX_STATEMENT_LENGTH) {
            throw new IllegalArgumentException("The statement is longer than " + MAX_STATEMENT_LENGTH + " characters.");
        }
        this.statement = statement.strip();
        this.figure = figure;
        this.measure = measure;
    }

    /** @param period {@code null} when the source states no period */
    public void holdFor(Period period, String place) {
        this.period = period;
        this.place = VisibleText.isBlank(place) ? null : place.strip();
    }

    /**
     * Narrows who is counted, when the claim's group differs from its measure's definition; blank or {@code null}
     * for "as the measure defines".
     */
    public void definePopulation(String population) {
        if (population != null && population.strip().length() > MAX_POPULATION_LENGTH) {
            throw new IllegalArgumentException("The population is longer than " + MAX_POPULATION_LENGTH + " characters.");
        }
        this.population = VisibleText.isBlank(population) ? null : population.strip();
    }

    public void setTopics(Collection<String> topics) {
        this.topics.clear();
        for (String topic : topics) {
            if (!VisibleText.isBlank(topic)) {
                this.topics.add(topic.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Removes every citation, so that a revision can cite anew (the removed ones are deleted with the claim's next save). */
    public void dropCitations() {
        citations.clear();
    }

    /** Anchors this claim to a passage of a source. */
    public Citation cite(Source source, Locator locator, QuoteAnchor quote, Stance stance) {
        return cite(source, locator, quote, stance, List.of());
    }

    /** Anchors this claim to a passage of a source that says where it got its figure (nearest hop first). */
    public Citation cite(Source source, Locator locator, QuoteAnchor quote, Stance stance, List<RelayHop> relayedFrom) {
        Citation citation = new Citation(this, source, locator, quote, stance);
        citation.relayFrom(relayedFrom);
        citations.add(citation);
        return citation;
    }

    /** Moves the claim to a new review state, refusing moves the workflow does not allow. */
    public void moveTo(ClaimStatus next) {
        Objects.requireNonNull(next, "status");
        boolean allowed = switch (status) {
            case DRAFT, CHANGES_REQUESTED -> next == ClaimStatus.SUBMITTED || next == ClaimStatus.WITHDRAWN;
            case SUBMITTED -> next == ClaimStatus.VERIFIED || next == ClaimStatus.REJECTED
                    || next == ClaimStatus.CHANGES_REQUESTED || next == ClaimStatus.WITHDRAWN;
            case VERIFIED -> next == ClaimStatus.WITHDRAWN;
            case REJECTED, WITHDRAWN -> false;
        };
        if (next == ClaimStatus.SUBMITTED && figure != null && measure == null) {
            throw new IllegalStateException("Figure \"" + figure.getPhrase() + "\" needs the measure it answers.");
        }
        if (!allowed) {
            throw new IllegalStateException("A " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " claim cannot become " + next.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        this.status = next;
        if (next == ClaimStatus.SUBMITTED) {
            this.submittedAt = Instant.now();
        }
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getStatement() {
        return statement;
    }

    /** The figure, or {@code null} for a claim without a number. */
    public Figure getFigure() {
        return figure;
    }

    public Measure getMeasure() {
        return measure;
    }

    /** The period the claim holds for, or {@code null} when none is stated. */
    public Period getPeriod() {
        return period;
    }

    public String getPlace() {
        return place;
    }

    /** The narrower population counted, or {@code null} when the claim counts what its measure defines. */
    public String getPopulation() {
        return population;
    }

    /** When the claim was last sent to review, or {@code null} if never. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Set<String> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getLanguage() {
        return language;
    }

    public List<Citation> getCitations() {
        return Collections.unmodifiableList(citations);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Claim that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Claim.class.hashCode();
    }

    @Override
    public String toString() {
        return "Claim[" + id + ", " + (figure == null ? statement : figure.getPhrase()) + "]";
    }
}
