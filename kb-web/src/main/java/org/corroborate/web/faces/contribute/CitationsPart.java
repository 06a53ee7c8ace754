package org.corroborate.web.faces.contribute;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.Stance;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.RelayInput;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.Sources;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim form's citations: rows of source, quote, locator and stance, each with the sources its passage relays
 * (suggested from what the cited source is recorded as relaying), and the source picker.
 */
@Dependent
public class CitationsPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Claims claims;

    @Inject
    Sources sources;

    @Inject
    CurrentReader caller;

    private List<CitationRow> rows = new ArrayList<>();
    private final Map<String, String> sourceLabels = new HashMap<>();

    /** One row from the extraction assistant's parameters: the source, the quote, its page, the source it relays. */
    void prefill(String source, String quote, String page, String relay) {
        if (source != null && !source.isBlank()) {
            CitationRow row = new CitationRow();
            row.setSource(source.strip());
            row.setQuote(quote);
            if (page != null && !page.isBlank()) {
                row.setLocatorType(LocatorType.PAGE.name());
                row.setLocator(page.strip());
            }
            if (relay != null && Pages.id(relay) >= 0 && !relay.strip().equals(source.strip())) {
                row.addRelay(relay.strip());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new CitationRow());
        }
    }

    void fill(List<CitationView> citations) {
        rows = new ArrayList<>(citations.stream().map(CitationRow::of).toList());
        citations.forEach(ci -> sourceLabels.put(String.valueOf(ci.source().id()), label(ci.source().title(), ci.source().issued())));
        if (rows.isEmpty()) {
            rows.add(new CitationRow());
        }
    }

    /**
     * The citations to send, or null when a row names no usable source (each such row then has its message; the
     * service is not called, since it could not tell which row it was).
     */
    List<NewCitation> toSend() {
        List<NewCitation> result = new ArrayList<>();
        boolean ok = true;
        int n = 0;
        for (CitationRow row : rows) {
            n++;
            if (row.isEmpty()) {
                continue;
            }
            long sourceId = Pages.id(row.getSource());
            if (sourceId < 0) {
                error(ClaimEditPage.text("form.citation.sourceMissing", n));
                ok = false;
                continue;
            }
            List<RelayInput> relays = new ArrayList<>();
            for (RelayRow relayRow : row.getRelays()) {
                if (relayRow.isEmpty()) {
                    continue;
                }
                long relayed = Pages.id(relayRow.getSource());
                if (relayed < 0) {
                    error(ClaimEditPage.text("form.citation.relayMissing", n));
                    ok = false;
                    continue;
                }
                relays.add(new RelayInput(relayed, relayRow.getLocator()));
            }
            result.add(row.toNewCitation(sourceId, relays));
        }
        return ok ? result : null;
    }

    public void add() {
        rows.add(new CitationRow());
    }

    public void remove(CitationRow row) {
        rows.remove(row);
    }

    /** Adds an empty "relayed from" hop to a citation. */
    public void addRelay(CitationRow row) {
        row.addRelay(null);
    }

    /** Takes a suggested source (one the cited source relays) as the next hop of a citation. */
    public void useRelay(CitationRow row, long sourceId) {
        sourceLabel(String.valueOf(sourceId));
        row.addRelay(String.valueOf(sourceId));
    }

    public void removeRelay(CitationRow row, RelayRow relay) {
        row.getRelays().remove(relay);
    }

    /**
     * Suggestions for where a cited passage got its figure: the sources its source is recorded as relaying
     * (bibliographic context), which the reader may see in full, and not yet named in the row.
     */
    public List<SourceRef> relaySuggestions(CitationRow row) {
        long sourceId = Pages.id(row.getSource());
        if (sourceId < 0) {
            return List.of();
        }
        return sources.find(sourceId, caller.reader()).map(s -> s.relays().stream()
                        .filter(r -> !r.restricted())
                        .filter(r -> row.getRelays().stream().noneMatch(x -> String.valueOf(r.id()).equals(x.getSource())))
                        .toList())
                .orElse(List.of());
    }

    /** Sources the reader may cite whose title contains the typed text; their ids. */
    public List<String> completeSource(String typed) {
        List<SourceRef> found = claims.citableSources(caller.reader(), typed, 15);
        found.forEach(s -> sourceLabels.put(String.valueOf(s.id()), label(s.title(), s.issued())));
        return found.stream().map(s -> String.valueOf(s.id())).toList();
    }

    public String sourceLabel(String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            return "";
        }
        return sourceLabels.computeIfAbsent(sourceId, key -> {
            long sid = Pages.id(key);
            return sid < 0 ? key : sources.find(sid, caller.reader())
                    .map(s -> s.restricted() ? "#" + s.id() : label(s.title(), s.issued())).orElse(key);
        });
    }

    private static String label(String title, String issued) {
        return (title == null ? "" : title) + (issued == null ? "" : " (" + issued + ")");
    }

    public List<String> getLocatorTypes() {
        return Arrays.stream(LocatorType.values()).map(Enum::name).toList();
    }

    public List<String> getStances() {
        return Arrays.stream(Stance.values()).map(Enum::name).toList();
    }

    public List<CitationRow> getRows() {
        return rows;
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
