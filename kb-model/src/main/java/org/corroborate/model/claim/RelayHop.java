package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.corroborate.model.shared.VisibleText;
import org.corroborate.model.source.Source;

import java.util.Objects;

/**
 * One step of where a cited passage got its figure: the passage says it comes from this source ("according to the UN
 * Commission of Inquiry"), at this place in it when known. A citation lists its hops in order, nearest first:
 * a news article relaying Yonhap relaying the Ministry of Unification has the hops [Yonhap, Ministry]. Part of the
 * citation that lists it ({@link Citation#relayFrom}).
 */
@Entity
@Table(name = "citation_relay")
public class RelayHop {

    public static final int MAX_LOCATOR_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "citation_relay_seq", sequenceName = "citation_relay_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_relay_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "citation_id", nullable = false)
    private Citation citation;

    /** Its place in the citation's chain: 0 for the nearest hop. */
    @Column(name = "hop_index", nullable = false)
    private int hopIndex;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Column(name = "locator", length = MAX_LOCATOR_LENGTH)
    private String locator;

    protected RelayHop() {
        // for JPA
    }

    /** @param locator where in the relayed source ("para. 778"), or {@code null} when the passage does not say */
    public RelayHop(Source source, String locator) {
        this.source = Objects.requireNonNull(source, "A relay names the source the figure was taken from.");
        if (!VisibleText.isBlank(locator) && locator.strip().length() > MAX_LOCATOR_LENGTH) {
            throw new IllegalArgumentException("A relay's locator is at most " + MAX_LOCATOR_LENGTH + " characters.");
        }
        this.locator = VisibleText.isBlank(locator) ? null : locator.strip();
    }

    /** Makes this hop the {@code index}-th of the citation's chain. */
    void attach(Citation citation, int index) {
        if (this.citation != null && this.citation != citation) {
            throw new IllegalStateException("A relay belongs to one citation.");
        }
        this.citation = citation;
        this.hopIndex = index;
    }

    public Source getSource() {
        return source;
    }

    /** Where in the relayed source, or {@code null} when not known. */
    public String getLocator() {
        return locator;
    }

    public int getHopIndex() {
        return hopIndex;
    }
}
