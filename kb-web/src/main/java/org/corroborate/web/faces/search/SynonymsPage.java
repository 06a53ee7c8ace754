package org.corroborate.web.faces.search;

import org.corroborate.web.security.CurrentReader;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.search.SearchSynonyms;
import org.corroborate.service.search.SearchSynonyms.SynonymGroupView;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Editors keep the search synonyms ({@code /review/synonyms.xhtml}): each group as one comma-separated line. */
@Named
@ViewScoped
public class SynonymsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REVIEW = "org.corroborate.web.i18n.review";

    @Inject
    SearchSynonyms synonyms;

    @Inject
    CurrentReader caller;

    private List<SynonymGroupView> groups = List.of();
    /** Each group's terms as edited, by group id. */
    private final Map<Long, String> edited = new LinkedHashMap<>();
    private String added;

    public void load() {
        try {
            groups = synonyms.list(caller.reader());
            edited.clear();
            groups.forEach(g -> edited.put(g.id(), String.join(", ", g.terms())));
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    public String add() {
        try {
            synonyms.add(caller.reader(), split(added));
            return done("synonyms.saved");
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    public String save(SynonymGroupView group) {
        try {
            synonyms.replace(caller.reader(), group.id(), group.version(), split(edited.get(group.id())));
            return done("synonyms.saved");
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    public String remove(SynonymGroupView group) {
        try {
            synonyms.remove(caller.reader(), group.id());
            return done("synonyms.removed");
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    private static List<String> split(String line) {
        return line == null ? List.of() : Arrays.asList(line.split(","));
    }

    private static String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(REVIEW, key), null));
        return "/review/synonyms?faces-redirect=true";
    }

    private static String refused(RuntimeException e) {
        if (!FacesErrors.show(e)) {
            throw e;
        }
        return null;
    }

    public List<SynonymGroupView> getGroups() {
        return groups;
    }

    public Map<Long, String> getEdited() {
        return edited;
    }

    public String getAdded() {
        return added;
    }

    public void setAdded(String added) {
        this.added = added;
    }
}
