package org.corroborate.web.faces.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.measure.Measures;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

import java.math.BigDecimal;

/** An editor sets the tolerance for "about" on the measure page. */
@Named
@RequestScoped
public class ToleranceForm {

    @Inject
    Measures measures;

    @Inject
    CurrentReader caller;

    private String slug;
    private long version;
    private BigDecimal percent;

    public String save() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        slug = params.get("measure");
        version = versionIn(params.get("measureVersion"));
        measures.setAboutTolerance(caller.reader(), slug, version, percent);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(CrossReferenceSections.BUNDLE, "tolerance.saved"), null));
        return "/measure?faces-redirect=true&slug=" + slug;
    }

    /** The version the form was based on; -1 (a stale edit, refused) when it is missing or no number. */
    private static long versionIn(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
