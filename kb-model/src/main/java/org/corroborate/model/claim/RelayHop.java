package org.corroborate.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.corroborate.model.shared.VisibleText;
import org.corroborate.model.source.Source;

import java.util.Objects;

/**
 * One step of where a cited passage got its figure: the passage says it comes from this source ("according to the UN
 * Commission of Inquiry"), at this place in it when known. A citation lists its hops in order, nearest first:
 * a news article relaying Yonhap relaying the Ministry of Unification has the hops [Yonhap, Ministry].
 */
@Embeddable
public class RelayHop {

    public static final int MAX_LOCATOR_LENGTH = 200;

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

    public Source getSource() {
        return source;
    }

    /** Where in the relayed source, or {@code null} when not known. */
    public String getLocator() {
        return locator;
    }
}
