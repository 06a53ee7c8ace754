package org.corroborate.model.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.source.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Anchors a claim to a passage of a source, by locator, by quote, or both, and says where that passage got its figure
 * when it names a relay ({@link #getRelayedFrom()}). Created through {@link Claim#cite}, so a citation always belongs
 * to the claim that lists it.
 */
@Entity
@Table(name = "citation")
public class Citation {

    /** The most hops a citation's relay chain may name (news → agency → ministry needs two). */
    public static final int MAX_RELAYS = 5;

    @Id
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Embedded
    private Locator locator;

    @Embedded
    private QuoteAnchor quote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where the cited passage got its figure, nearest hop first; empty when it names no relay. */
    @OneToMany(mappedBy = "citation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("hopIndex")
    private List<RelayHop> relayedFrom = new ArrayList<>();

    protected Citation() {
        // for JPA
    }

    /** Use {@link Claim#cite}. */
    public Citation(Claim claim, Source source, Locator locator, QuoteAnchor quote, Stance stance) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.source = Objects.requireNonNull(source, "A citation needs the source it cites.");
        if (locator == null && quote == null) {
            throw new IllegalArgumentException("A citation needs a locator (page, paragraph, ...) or a quote.");
        }
        this.locator = locator;
        this.quote = quote;
        this.stance = Objects.requireNonNull(stance, "A citation needs a stance: supports, contradicts or mentions.");
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Source getSource() {
        return source;
    }

    /** Where in the source, or {@code null} when only a quote anchors the citation. */
    public Locator getLocator() {
        return locator;
    }

    /** The quoted words, or {@code null} when only a locator anchors the citation. */
    public QuoteAnchor getQuote() {
        return quote;
    }

    public Stance getStance() {
        return stance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * The hops the cited passage says its figure came through, nearest first (a news article citing Yonhap citing
     * the Ministry: [Yonhap, Ministry]); empty when the passage names no relay, and the cited source is then the
     * figure's origin.
     */
    public List<RelayHop> getRelayedFrom() {
        return Collections.unmodifiableList(relayedFrom);
    }

    /**
     * Says where the cited passage got its figure. Refuses the cited source itself, a source named twice and more
     * than {@link #MAX_RELAYS} hops.
     */
    public void relayFrom(List<RelayHop> hops) {
        Objects.requireNonNull(hops, "hops");
        if (hops.size() > MAX_RELAYS) {
            throw new IllegalArgumentException("A citation names at most " + MAX_RELAYS + " relays.");
        }
        Set<Object> seen = new HashSet<>();
        seen.add(key(source));
        for (RelayHop hop : hops) {
            Objects.requireNonNull(hop, "relay");
            if (hop.getSource() == source || Objects.equals(key(hop.getSource()), key(source))) {
                throw new IllegalArgumentException("A citation cannot name its own source as a relay.");
            }
            if (!seen.add(key(hop.getSource()))) {
                throw new IllegalArgumentException("A relay chain names each source once.");
            }
        }
        relayedFrom.clear();
        for (int i = 0; i < hops.size(); i++) {
            hops.get(i).attach(this, i);
            relayedFrom.add(hops.get(i));
        }
    }

    private static Object key(Source s) {
        return s.getId() == null ? s : s.getId();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Citation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Citation.class.hashCode();
    }
}
