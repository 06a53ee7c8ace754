package org.corroborate.model.source;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.PartialDateConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.shared.VisibleText;

/**
 * A document that claims cite. Its fields follow CSL-JSON (type, title, author, container-title, publisher,
 * publisher-place, issued, accessed, URL, DOI, language, number, note) so that bibliographic import and
 * citation formatting lose nothing.
 */
@Entity
@Table(name = "source")
@NamedQuery(name = "Source.findAll", query = "SELECT s FROM Source s ORDER BY s.title")
@NamedQuery(name = "Source.findRelaying",
        query = "SELECT s FROM Source s JOIN s.relays r WHERE r = :source ORDER BY s.title")
public class Source {

    @Id
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SourceKind kind;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_author", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "ordinal")
    private List<Author> authors = new ArrayList<>();

    @Size(max = 500)
    @Column(name = "container_title", length = 500)
    private String containerTitle;

    @Size(max = 300)
    @Column(length = 300)
    private String publisher;

    @Size(max = 200)
    @Column(name = "publisher_place", length = 200)
    private String publisherPlace;

    @Convert(converter = PartialDateConverter.class)
    @Column(length = 10)
    private PartialDate issued;

    @Convert(converter = PartialDateConverter.class)
    @Column(length = 10)
    private PartialDate accessed;

    @Size(max = 2000)
    @Column(length = 2000)
    private String url;

    @Size(max = 200)
    @Column(length = 200)
    private String doi;

    /** BCP 47 tag of the document's language ("en", "ko"). */
    @Size(max = 35)
    @Column(length = 35)
    private String language;

    /** Report or document number ("A/HRC/25/CRP.1"). */
    @Size(max = 100)
    @Column(name = "doc_number", length = 100)
    private String number;

    @Size(max = 4000)
    @Column(length = 4000)
    private String note;

    /** The volume of a journal or multi-volume work ("17"). */
    @Size(max = 50)
    @Column(length = 50)
    private String volume;

    /** The issue of a journal ("3"). */
    @Size(max = 50)
    @Column(length = 50)
    private String issue;

    /** The pages of an article or chapter within its container ("379-423"). */
    @Size(max = 50)
    @Column(name = "page_range", length = 50)
    private String pages;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Confidentiality confidentiality;

    /** The organization that added the source and holds it. */
    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id", nullable = false)
    private Organization holder;

    /** The sources this one repeats figures from: an op-ed relaying the UN Commission of Inquiry. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "source_relay",
            joinColumns = @JoinColumn(name = "source_id"),
            inverseJoinColumns = @JoinColumn(name = "relayed_source_id"))
    private Set<Source> relays = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Source() {
        // for JPA
    }

    public Source(SourceKind kind, String title, Confidentiality confidentiality, Organization holder) {
        this.kind = Objects.requireNonNull(kind, "A source needs a kind.");
        if (VisibleText.isBlank(title)) {
            throw new IllegalArgumentException("A source needs a title.");
        }
        this.title = title.strip();
        this.confidentiality = Objects.requireNonNull(confidentiality, "A source needs a confidentiality level.");
        this.holder = Objects.requireNonNull(holder, "A source needs the organization that holds it.");
        this.createdAt = Instant.now();
    }

    public void setAuthors(Collection<Author> authors) {
        this.authors.clear();
        this.authors.addAll(List.copyOf(authors));
    }

    /** Changes what kind of document this is, its title and who may read it (an edit of the source form). */
    public void revise(SourceKind kind, String title, Confidentiality confidentiality) {
        Objects.requireNonNull(kind, "A source needs a kind.");
        if (VisibleText.isBlank(title)) {
            throw new IllegalArgumentException("A source needs a title.");
        }
        this.kind = kind;
        this.title = title.strip();
        this.confidentiality = Objects.requireNonNull(confidentiality, "A source needs a confidentiality level.");
    }

    /** Replaces the sources this one repeats. */
    public void replaceRelays(Collection<Source> origins) {
        List<Source> copy = List.copyOf(origins);
        relays.clear();
        copy.forEach(this::relay);
    }

    /** Sets the CSL fields beyond kind and title; {@code null} leaves a field empty. */
    public void describe(String containerTitle, String publisher, String publisherPlace, PartialDate issued,
                         String url, String doi, String language, String number) {
        this.containerTitle = containerTitle;
        this.publisher = publisher;
        this.publisherPlace = publisherPlace;
        this.issued = issued;
        this.url = url;
        this.doi = doi;
        this.language = language;
        this.number = number;
    }

    public void setAccessed(PartialDate accessed) {
        this.accessed = accessed;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Where in its container the source is: volume, issue and pages; {@code null} leaves a part empty. */
    public void locate(String volume, String issue, String pages) {
        this.volume = volume;
        this.issue = issue;
        this.pages = pages;
    }

    public String getVolume() {
        return volume;
    }

    public String getIssue() {
        return issue;
    }

    public String getPages() {
        return pages;
    }

    /** Records that this source repeats a figure of {@code origin}. */
    public void relay(Source origin) {
        Objects.requireNonNull(origin, "relayed source");
        if (origin == this || (id != null && id.equals(origin.id))) {
            throw new IllegalArgumentException("A source cannot relay itself.");
        }
        relays.add(origin);
    }

    public boolean isPublic() {
        return confidentiality == Confidentiality.PUBLIC;
    }

    public Long getId() {
        return id;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public List<Author> getAuthors() {
        return Collections.unmodifiableList(authors);
    }

    public String getContainerTitle() {
        return containerTitle;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getPublisherPlace() {
        return publisherPlace;
    }

    public PartialDate getIssued() {
        return issued;
    }

    public PartialDate getAccessed() {
        return accessed;
    }

    public String getUrl() {
        return url;
    }

    public String getDoi() {
        return doi;
    }

    public String getLanguage() {
        return language;
    }

    public String getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public Organization getHolder() {
        return holder;
    }

    public Set<Source> getRelays() {
        return Collections.unmodifiableSet(relays);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Source that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        // constant, so that a source keeps its place in hash sets when persisting assigns its id
        return Source.class.hashCode();
    }

    @Override
    public String toString() {
        return "Source[" + id + ", " + title + "]";
    }
}
