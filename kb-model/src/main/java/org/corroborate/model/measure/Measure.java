package org.corroborate.model.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * The question a figure answers. Claims are compared only within one measure, so the definition must say
 * exactly who or what is counted, where, and whether it is a level, a rate or a running total.
 */
@Entity
@Table(name = "measure")
@NamedQuery(name = "Measure.findBySlug", query = "SELECT m FROM Measure m WHERE m.slug = :slug")
@NamedQuery(name = "Measure.findAll", query = "SELECT m FROM Measure m ORDER BY m.topic, m.name")
public class Measure {

    /** How far "about X" reaches on either side of X unless an editor sets otherwise: 10 percent. */
    public static final BigDecimal DEFAULT_ABOUT_TOLERANCE_PERCENT = BigDecimal.TEN;
    /** Digits the tolerance may have before the decimal point: as many as its column keeps. */
    public static final int TOLERANCE_INTEGER_DIGITS = 3;
    /** Digits the tolerance may have after the decimal point: as many as its column keeps. */
    public static final int TOLERANCE_FRACTION_DIGITS = 2;

    @Id
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    private Long id;

    @NotBlank
    @Size(max = 120)
    @Pattern(regexp = "[a-z0-9]+(?:-[a-z0-9]+)*", message = "{corroborate.slug}")
    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String name;

    /** The name in Korean, when someone has given it; Korean readers see it instead of {@link #name}. */
    @Size(max = 300)
    @Column(name = "name_ko", length = 300)
    private String nameKo;

    @NotBlank
    @Size(max = 4000)
    @Column(nullable = false, length = 4000)
    private String definition;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Unit unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "flow_period", length = 10)
    private FlowPeriod flowPeriod;

    @Size(max = 200)
    @Column(length = 200)
    private String place;

    @Size(max = 200)
    @Column(length = 200)
    private String topic;

    /** The definition in Korean, when an editor has given it; Korean readers see it instead of {@link #definition}. */
    @Size(max = 4000)
    @Column(name = "definition_ko", length = 4000)
    private String definitionKo;

    /** The place in Korean, when given; Korean readers see it instead of {@link #place}. */
    @Size(max = 200)
    @Column(name = "place_ko", length = 200)
    private String placeKo;

    /** The measure this one was merged into by an editor; its claims went there and its address redirects there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Measure mergedInto;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "about_tolerance_pct", nullable = false, precision = TOLERANCE_INTEGER_DIGITS + TOLERANCE_FRACTION_DIGITS,
            scale = TOLERANCE_FRACTION_DIGITS)
    private BigDecimal aboutTolerancePercent = DEFAULT_ABOUT_TOLERANCE_PERCENT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Measure() {
        // for JPA
    }

    /**
     * @param flowPeriod required for a {@link MeasureKind#FLOW} or {@link MeasureKind#RATE} measure ("per year"),
     *                   refused for the others
     */
    public Measure(String slug, String name, String definition, Unit unit, MeasureKind kind, FlowPeriod flowPeriod) {
        if (slug == null || !slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Measure slug \"" + slug + "\" may hold only lowercase letters, digits and single hyphens.");
        }
        if (VisibleText.isBlank(name)) {
            throw new IllegalArgumentException("A measure needs a name.");
        }
        if (VisibleText.isBlank(definition)) {
            throw new IllegalArgumentException("Measure \"" + name + "\" needs a definition of what it counts.");
        }
        this.slug = slug;
        this.name = name.strip();
        this.definition = definition.strip();
        this.unit = Objects.requireNonNull(unit, "A measure needs a unit.");
        this.kind = Objects.requireNonNull(kind, "A measure needs a kind: stock, flow, cumulative, event or rate.");
        if (kind.hasPerPeriod() && flowPeriod == null) {
            throw new IllegalArgumentException((kind == MeasureKind.FLOW ? "Flow" : "Rate") + " measure \"" + name
                    + "\" needs the period it counts per.");
        }
        if (!kind.hasPerPeriod() && flowPeriod != null) {
            throw new IllegalArgumentException("Only a flow or a rate measure counts per period; \"" + name + "\" is "
                    + kind + ".");
        }
        this.flowPeriod = flowPeriod;
        this.createdAt = Instant.now();
    }

    public void locate(String place, String topic) {
        this.place = place;
        this.topic = topic;
    }

    /** Sets how far "about X" reaches on either side of X for this measure, in percent of X. */
    public void setAboutTolerancePercent(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("The tolerance for \"about\" must be between 0 and 100 percent.");
        }
        this.aboutTolerancePercent = percent;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Unit getUnit() {
        return unit;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public FlowPeriod getFlowPeriod() {
        return flowPeriod;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }

    public BigDecimal getAboutTolerancePercent() {
        return aboutTolerancePercent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measure that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Measure[" + slug + "]";
    }

    public String getNameKo() {
        return nameKo;
    }

    /** Names the measure in Korean (blank clears it). */
    public void nameInKorean(String nameKo) {
        this.nameKo = VisibleText.isBlank(nameKo) ? null : nameKo.strip();
    }

    public String getDefinitionKo() {
        return definitionKo;
    }

    public String getPlaceKo() {
        return placeKo;
    }

    /** The measure this one was merged into, or null while it stands on its own. */
    public Measure getMergedInto() {
        return mergedInto;
    }

    /** Gives the definition and the place in Korean (blank clears either). */
    public void describeInKorean(String definitionKo, String placeKo) {
        this.definitionKo = VisibleText.isBlank(definitionKo) ? null : definitionKo.strip();
        this.placeKo = VisibleText.isBlank(placeKo) ? null : placeKo.strip();
    }

    /**
     * Renames the measure: its names and definitions in both languages. The short address (slug) stays, so that every
     * link to the measure keeps working.
     */
    public void rename(String name, String nameKo, String definition, String definitionKo) {
        if (VisibleText.isBlank(name)) {
            throw new IllegalArgumentException("A measure needs a name.");
        }
        if (VisibleText.isBlank(definition)) {
            throw new IllegalArgumentException("Measure \"" + name + "\" needs a definition of what it counts.");
        }
        this.name = name.strip();
        this.definition = definition.strip();
        nameInKorean(nameKo);
        this.definitionKo = VisibleText.isBlank(definitionKo) ? null : definitionKo.strip();
    }

    /**
     * Records that this measure was merged into {@code survivor}, which must count the same thing: the same unit and
     * kind (and period, for flows and rates).
     */
    public void mergeInto(Measure survivor) {
        Objects.requireNonNull(survivor, "survivor");
        if (survivor == this || survivor.slug.equals(slug)) {
            throw new IllegalArgumentException("A measure cannot be merged into itself.");
        }
        if (mergedInto != null || survivor.mergedInto != null) {
            throw new IllegalArgumentException("Measure " + (mergedInto != null ? slug : survivor.slug)
                    + " was already merged into another.");
        }
        if (unit != survivor.unit || kind != survivor.kind || flowPeriod != survivor.flowPeriod) {
            throw new IllegalArgumentException("Measures " + slug + " and " + survivor.slug
                    + " count differently (unit, kind or period), so their claims cannot be compared as one.");
        }
        this.mergedInto = survivor;
    }
}
