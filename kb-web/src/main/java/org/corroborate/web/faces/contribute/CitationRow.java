package org.corroborate.web.faces.contribute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.RelayInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One citation row of the claim form, as typed. */
public class CitationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source;
    @Size(max = 2000)
    private String quote;
    @Size(max = 300)
    private String quotePrefix;
    @Size(max = 300)
    private String quoteSuffix;
    private String locatorType = "PAGE";
    @Size(max = 100)
    private String locator;
    private String stance = "SUPPORTS";
    @Valid
    private List<RelayRow> relays = new ArrayList<>();
    /** The citation's id once saved, so that a reviewer's comment on it is shown in its row; null for a new row. */
    private Long id;

    static CitationRow of(CitationView c) {
        CitationRow row = new CitationRow();
        row.id = c.id();
        row.source = String.valueOf(c.source().id());
        row.quote = c.quoteExact();
        row.quotePrefix = c.quotePrefix();
        row.quoteSuffix = c.quoteSuffix();
        row.locatorType = c.locatorType() == null ? "PAGE" : c.locatorType();
        row.locator = c.locator();
        row.stance = c.stance();
        c.relayedFrom().forEach(r -> row.relays.add(new RelayRow(String.valueOf(r.source().id()), r.locator())));
        return row;
    }

    /** The citation to send to the service; null when the row is left entirely empty. */
    NewCitation toNewCitation(Long sourceId, List<RelayInput> relayedFrom) {
        return new NewCitation(sourceId, blank(locator) ? null : locatorType, blank(locator) ? null : locator.strip(),
                blank(quote) ? null : quote, quotePrefix, quoteSuffix, stance, relayedFrom);
    }

    /** Adds a "relayed from" hop, empty or naming a source (a suggestion taken); a source already named is not added twice. */
    void addRelay(String sourceId) {
        if (sourceId == null || relays.stream().noneMatch(r -> sourceId.equals(r.getSource()))) {
            relays.add(new RelayRow(sourceId, null));
        }
    }

    public List<RelayRow> getRelays() {
        return relays;
    }

    public void setRelays(List<RelayRow> relays) {
        this.relays = relays;
    }

    boolean isEmpty() {
        return blank(source) && blank(quote) && blank(locator);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getQuotePrefix() {
        return quotePrefix;
    }

    public void setQuotePrefix(String quotePrefix) {
        this.quotePrefix = quotePrefix;
    }

    public String getQuoteSuffix() {
        return quoteSuffix;
    }

    public void setQuoteSuffix(String quoteSuffix) {
        this.quoteSuffix = quoteSuffix;
    }

    public String getLocatorType() {
        return locatorType;
    }

    public void setLocatorType(String locatorType) {
        this.locatorType = locatorType;
    }

    public String getLocator() {
        return locator;
    }

    public void setLocator(String locator) {
        this.locator = locator;
    }

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }
}
