package org.corroborate.web.faces.reconciliation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.reconciliation.ReconciliationView;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.ResponseView;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

import java.util.Map;

/**
 * Endorse or dissent from the measure page ({@code measure-responses.xhtml}): an editor or administrator of a member
 * organization sees the organization's current response to the measure's public figure and changes it there. The
 * page is stateless for the public, so the form names the measure and the version it answers itself.
 */
@Named
@RequestScoped
public class MeasureResponses {

    @Inject
    Reconciliations reconciliations;

    @Inject
    ReconciliationSection section;

    @Inject
    CurrentReader caller;

    private String slug;
    private ResponseView current;
    private String stance;
    private String comment;

    /** What the include shows for this measure: the current version and the organization's response, if any. */
    public record State(boolean shown, Integer version, ResponseView current) {
    }

    public State of(String measureSlug) {
        if (measureSlug == null || !Reconciliations.mayRespond(caller.reader())) {
            return new State(false, null, null);
        }
        ReconciliationView recon = section.of(measureSlug);
        if (recon == null || recon.current() == null) {
            return new State(false, null, null);
        }
        if (!measureSlug.equals(slug)) {
            slug = measureSlug;
            current = reconciliations.currentResponse(caller.reader(), measureSlug).orElse(null);
        }
        return new State(true, recon.current().number(), current);
    }

    public String respond() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String measure = params.get("measure");
        try {
            int version = Integer.parseInt(params.getOrDefault("reconciliationVersion", "0"));
            reconciliations.respond(caller.reader(), measure, version, stance, comment);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(ReconciliationSection.BUNDLE, "respond.saved"), null));
            return "/measure?faces-redirect=true&slug=" + measure;
        } catch (NumberFormatException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(ReconciliationSection.BUNDLE, "respond.noVersion"), null));
            return null;
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
            return null;
        }
    }

    /** The stance to show: what was sent, else the organization's current one, else endorse. */
    public String getStance() {
        return stance != null ? stance : current != null ? current.stance() : "ENDORSE";
    }

    public void setStance(String stance) {
        this.stance = stance;
    }

    public String getComment() {
        return comment != null ? comment : current != null ? current.comment() : null;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
