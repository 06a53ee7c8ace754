package org.corroborate.model.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.corroborate.model.shared.VisibleText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Terms that mean the same to a reader, in any language ("탈북민", "탈북자", "defectors"): a search for one finds
 * entries that use another. Kept as one comma-separated list, as Solr's synonym files write a group.
 */
@Entity
@Table(name = "synonym_group")
@NamedQuery(name = "SynonymGroup.all", query = "SELECT g FROM SynonymGroup g ORDER BY g.id")
public class SynonymGroup {

    /** The most terms in one group. */
    public static final int MAX_TERMS = 30;
    /** The longest term. */
    public static final int MAX_TERM_LENGTH = 100;
    /** The longest list, as stored. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "synonym_group_seq", sequenceName = "synonym_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "synonym_group_seq")
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String terms;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SynonymGroup() {
        // for JPA
    }

    public SynonymGroup(List<String> terms) {
        this.createdAt = Instant.now();
        replace(terms);
    }

    /** Replaces the group's terms: at least two distinct ones, each at most {@value #MAX_TERM_LENGTH} characters. */
    public void replace(List<String> terms) {
        this.terms = String.join(", ", normalize(terms));
    }

    /** The terms, stripped, without blanks or repeats (ignoring case), in the order given. */
    public static List<String> normalize(List<String> terms) {
        if (terms == null) {
            throw new IllegalArgumentException("A synonym group needs at least two terms.");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String t : terms) {
            if (VisibleText.isBlank(t)) {
                continue;
            }
            String term = t.strip().replaceAll("\\s+", " ");
            if (term.contains(",")) {
                throw new IllegalArgumentException("A synonym term cannot hold a comma: \"" + term + "\".");
            }
            if (term.length() > MAX_TERM_LENGTH) {
                throw new IllegalArgumentException("A synonym term is longer than " + MAX_TERM_LENGTH + " characters.");
            }
            if (seen.add(term.toLowerCase(Locale.ROOT))) {
                kept.add(term);
            }
        }
        if (kept.size() < 2) {
            throw new IllegalArgumentException("A synonym group needs at least two different terms.");
        }
        if (kept.size() > MAX_TERMS) {
            throw new IllegalArgumentException("A synonym group holds at most " + MAX_TERMS + " terms.");
        }
        if (String.join(", ", kept).length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A synonym group is longer than " + MAX_LENGTH + " characters.");
        }
        return kept;
    }

    public Long getId() {
        return id;
    }

    public List<String> getTerms() {
        return List.of(terms.split(",\\s*"));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
