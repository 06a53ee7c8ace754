package org.corroborate.web.faces.measure;

import org.corroborate.service.browse.PermalinkPaths;
import java.util.Optional;
import org.corroborate.service.measure.Measures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.BrowseMeasures;
import org.corroborate.service.browse.MeasurePageView;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.web.faces.crossref.CrossReferenceSections;
import org.corroborate.web.faces.reconciliation.ReconciliationSection;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;
import org.corroborate.web.faces.support.SchemaOrg;

import java.io.Serializable;

/**
 * A measure, found by its slug ({@code /measure.xhtml?slug=nk-people-in-china}), with its claims side by side. The page
 * reads the service once ({@link BrowseMeasures#page}): the measure, its reconciliation and its cross-references, which
 * the page's sections then show.
 */
@Named
@RequestScoped
public class MeasurePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrowseMeasures measures;

    @Inject
    Measures editing;

    @Inject
    ReconciliationSection reconciliation;

    @Inject
    CrossReferenceSections crossref;

    @Inject
    CurrentReader caller;

    private String slug;
    private MeasureView measure;

    public void load() {
        if (getMeasure() == null) {
            // a measure editors merged into another answers with the address of the one it went into
            Optional<String> into = slug == null ? Optional.empty() : editing.mergedInto(slug, caller.reader());
            if (into.isPresent()) {
                Pages.movedTo(PermalinkPaths.measure(into.get()));
            } else {
                Pages.notFound();
            }
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /**
     * The measure, read once per request. On a postback from the page's own forms (an editor's tolerance), Faces
     * decides what to decode before view parameters are applied: the forms name the measure themselves.
     */
    public MeasureView getMeasure() {
        if (measure == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String wanted = slug != null ? slug
                    : faces.isPostback() ? faces.getExternalContext().getRequestParameterMap().get("measure") : null;
            MeasurePageView page = wanted == null ? null : measures.page(wanted, caller.reader()).orElse(null);
            if (page != null) {
                measure = page.measure();
                reconciliation.use(measure.slug(), page.reconciliation());
                crossref.use(measure.slug(), page.crossReference());
            }
        }
        return measure;
    }

    /** The measure as a schema.org Dataset, JSON-LD safe to embed in a script element. */
    public String getJsonLd() {
        return measure == null ? "" : SchemaOrg.dataset(measure,
                SchemaOrg.siteUrl(FacesContext.getCurrentInstance().getExternalContext()),
                Messages.text("org.corroborate.web.i18n.messages", "app.name"));
    }
}
