package org.corroborate.web.faces.reconciliation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;

/**
 * The permanent page of one published version ({@code /reconciliation.xhtml?measure=&v=}), where member organizations
 * endorse or dissent.
 */
@Named
@RequestScoped
public class ReconciliationVersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reconciliations reconciliations;

    @Inject
    CurrentReader caller;

    private String measure;
    private String number;
    private VersionView version;
    private String stance = "ENDORSE";
    private String comment;

    public void load() {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException | NullPointerException e) {
            Pages.notFound();
            return;
        }
        version = measure == null ? null : reconciliations.version(measure, n, caller.reader()).orElse(null);
        if (version == null) {
            Pages.notFound();
        }
    }

    public boolean isMayRespond() {
        return caller.reader().isMember() && (caller.reader().hasRole(Role.EDITOR) || caller.reader().hasRole(Role.ORG_ADMIN));
    }

    public String respond() {
        reconciliations.respond(caller.reader(), measure, version.number(), stance, comment);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(ReconciliationSection.BUNDLE, "respond.saved"), null));
        return "/reconciliation?faces-redirect=true&measure=" + measure + "&v=" + version.number();
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public VersionView getVersion() {
        return version;
    }

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
