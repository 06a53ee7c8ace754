package org.corroborate.web.faces.source.edit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.source.EditableSource;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.Sources;
import org.corroborate.web.faces.support.FormFields;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Pages;
import org.primefaces.event.SelectEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The source form ({@code /contribute/source-edit.xhtml}, {@code ?id=} to edit): CSL metadata, authors, relays. */
@Named
@ViewScoped
public class SourceEditPage implements Serializable, FormFields {

    /** Where the service's property paths are corrected on this form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("command.kind", "kind"), Map.entry("command.title", "title"),
            Map.entry("command.containerTitle", "container"), Map.entry("command.publisher", "publisher"),
            Map.entry("command.publisherPlace", "place"), Map.entry("command.issued", "issued"),
            Map.entry("command.accessed", "accessed"), Map.entry("command.url", "url"), Map.entry("command.doi", "doi"),
            Map.entry("command.language", "language"), Map.entry("command.number", "number"),
            Map.entry("command.note", "note"), Map.entry("command.confidentiality", "confidentiality"));


    private static final long serialVersionUID = 1L;

    @Inject
    Sources sources;

    @Inject
    CurrentReader caller;

    private String id;
    private Long sourceId;
    private Long version;
    private boolean allowed;

    private SourceKind kind = SourceKind.REPORT;
    private String title;
    private final List<AuthorRow> authors = new ArrayList<>();
    private String containerTitle;
    private String publisher;
    private String publisherPlace;
    private String issued;
    private String accessed;
    private String url;
    private String doi;
    private String language;
    private String number;
    private String volume;
    private String issue;
    private String page;
    private String note;
    private Confidentiality confidentiality = Confidentiality.PUBLIC;
    private final List<SourceRef> relays = new ArrayList<>();
    private Long relayPick;
    private final Map<Long, SourceRef> suggested = new HashMap<>();

    /** One author row: a person (family and given name) or an organization (one name). */
    public static class AuthorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean organization;
        private String family;
        private String given;
        private String literal;

        public boolean isOrganization() {
            return organization;
        }

        public void setOrganization(boolean organization) {
            this.organization = organization;
        }

        public String getFamily() {
            return family;
        }

        public void setFamily(String family) {
            this.family = family;
        }

        public String getGiven() {
            return given;
        }

        public void setGiven(String given) {
            this.given = given;
        }

        public String getLiteral() {
            return literal;
        }

        public void setLiteral(String literal) {
            this.literal = literal;
        }

        boolean isEmpty() {
            return organization ? blank(literal) : blank(family) && blank(given);
        }

        NewAuthor toInput() {
            return organization ? new NewAuthor(null, null, literal) : new NewAuthor(family, given, null);
        }
    }

    public void load() {
        Reader reader = caller.reader();
        allowed = reader.hasRole(Role.CONTRIBUTOR) && reader.organizationSlug().isPresent();
        if (id == null || id.isBlank()) {
            if (authors.isEmpty()) {
                authors.add(new AuthorRow());
            }
            return;
        }
        long requested = Pages.id(id);
        try {
            EditableSource found = requested < 0 ? null : sources.findForEdit(reader, requested).orElse(null);
            if (found == null) {
                Pages.notFound();
                return;
            }
            fill(found);
        } catch (RuntimeException e) {
            allowed = false;
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    private void fill(EditableSource found) {
        NewSource c = found.content();
        sourceId = found.id();
        version = found.version();
        kind = c.kind();
        title = c.title();
        authors.clear();
        for (NewAuthor a : c.authors()) {
            AuthorRow row = new AuthorRow();
            row.organization = a.literal() != null;
            row.family = a.family();
            row.given = a.given();
            row.literal = a.literal();
            authors.add(row);
        }
        if (authors.isEmpty()) {
            authors.add(new AuthorRow());
        }
        containerTitle = c.containerTitle();
        publisher = c.publisher();
        publisherPlace = c.publisherPlace();
        issued = c.issued();
        accessed = c.accessed();
        url = c.url();
        doi = c.doi();
        language = c.language();
        number = c.number();
        volume = c.volume();
        issue = c.issue();
        page = c.page();
        note = c.note();
        confidentiality = c.confidentiality();
        relays.clear();
        relays.addAll(found.relays());
    }

    public void addAuthor() {
        authors.add(new AuthorRow());
    }

    public void removeAuthor(AuthorRow row) {
        authors.remove(row);
    }

    public List<SourceRef> completeRelay(String text) {
        List<SourceRef> found = sources.suggest(caller.reader(), text, 10).stream()
                .filter(r -> sourceId == null || r.id() != sourceId)
                .filter(r -> relays.stream().noneMatch(x -> x.id() == r.id()))
                .toList();
        found.forEach(r -> suggested.put(r.id(), r));
        return found;
    }

    public void relaySelected(SelectEvent<?> event) {
        if (relayPick != null && suggested.containsKey(relayPick)
                && relays.stream().noneMatch(r -> r.id() == relayPick)) {
            relays.add(suggested.get(relayPick));
        }
        relayPick = null;
    }

    public void removeRelay(SourceRef relay) {
        relays.remove(relay);
    }

    /** Saves the source and goes to its public page; on a refusal, stays with the messages. */
    public String save() {
        Reader reader = caller.reader();
        String holder = reader.organizationSlug().orElse("");
        NewSource command = new NewSource(holder, kind, title,
                authors.stream().filter(a -> !a.isEmpty()).map(AuthorRow::toInput).toList(),
                containerTitle, publisher, publisherPlace, issued, accessed, url, doi, language, number, note,
                confidentiality, relays.stream().map(SourceRef::id).toList()).located(volume, issue, page);
        // a refusal goes on to web.faces.support.Refusals, which shows it on its field (fieldComponents)
        long saved;
        if (sourceId == null) {
            saved = sources.add(reader, command);
        } else {
            sources.update(reader, sourceId, version, command);
            saved = sourceId;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "srcmsg")
                        .getString(sourceId == null ? "edit.added" : "edit.saved"), null));
        return "/source?faces-redirect=true&id=" + saved;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return FIELDS;
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public String getHolder() {
        return caller.reader().organizationSlug().orElse("");
    }

    public boolean isEditing() {
        return sourceId != null;
    }

    public boolean isAllowed() {
        return allowed;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<AuthorRow> getAuthors() {
        return authors;
    }

    public String getContainerTitle() {
        return containerTitle;
    }

    public void setContainerTitle(String containerTitle) {
        this.containerTitle = containerTitle;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getPublisherPlace() {
        return publisherPlace;
    }

    public void setPublisherPlace(String publisherPlace) {
        this.publisherPlace = publisherPlace;
    }

    public String getIssued() {
        return issued;
    }

    public void setIssued(String issued) {
        this.issued = issued;
    }

    public String getAccessed() {
        return accessed;
    }

    public void setAccessed(String accessed) {
        this.accessed = accessed;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public List<SourceRef> getRelays() {
        return relays;
    }

    public Long getRelayPick() {
        return relayPick;
    }

    public void setRelayPick(Long relayPick) {
        this.relayPick = relayPick;
    }
}
