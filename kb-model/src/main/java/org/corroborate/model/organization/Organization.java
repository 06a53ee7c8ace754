package org.corroborate.model.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/** A member NGO. Identified in URLs and data files by its slug ("hrnk"). */
@Entity
@Table(name = "organization")
@NamedQuery(name = "Organization.findBySlug", query = "SELECT o FROM Organization o WHERE o.slug = :slug")
@NamedQuery(name = "Organization.findAll", query = "SELECT o FROM Organization o ORDER BY o.name")
public class Organization {

    public static final String SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = SLUG_PATTERN, message = "{corroborate.slug}")
    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String name;

    @Size(max = 60)
    @Column(name = "short_name", length = 60)
    private String shortName;

    @Size(max = 60)
    @Column(length = 60)
    private String country;

    @Size(max = 500)
    @Column(length = 500)
    private String website;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
        // for JPA
    }

    public Organization(String slug, String name) {
        this.slug = requireText(slug, "slug");
        if (!slug.matches(SLUG_PATTERN)) {
            throw new IllegalArgumentException("Slug \"" + slug + "\" may hold only lowercase letters, digits and single hyphens.");
        }
        this.name = requireText(name, "name");
        this.createdAt = Instant.now();
    }

    private static String requireText(String value, String what) {
        if (VisibleText.isBlank(value)) {
            throw new IllegalArgumentException("An organization needs a " + what + ".");
        }
        return value.strip();
    }

    public void describe(String shortName, String country, String website, String description) {
        this.shortName = shortName;
        this.country = country;
        this.website = website;
        this.description = description;
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

    public String getShortName() {
        return shortName;
    }

    /** The short name where there is one, else the full name. */
    public String getDisplayName() {
        return !VisibleText.isBlank(shortName) ? shortName : name;
    }

    public String getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organization that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug);
    }

    @Override
    public String toString() {
        return "Organization[" + slug + "]";
    }
}
