package org.corroborate.web.faces.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.citation.CitationStyles;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.source.SourceView;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;
import org.corroborate.web.faces.support.SchemaOrg;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A claim by id ({@code /claim.xhtml?id=42&style=apa}) with its citations, each source formatted in the chosen style. */
@Named
@RequestScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The styles offered, with their names as readers know them. */
    private static final Map<String, String> STYLE_NAMES = Map.of(
            "chicago-author-date", "Chicago (author-date)",
            "apa", "APA",
            "modern-language-association", "MLA");

    @Inject
    Claims claims;

    @Inject
    CitationStyles citationStyles;

    @Inject
    CurrentReader caller;

    private String id;
    private String style;
    private ClaimView claim;
    private final Map<Long, String> formatted = new HashMap<>();

    public void load() {
        long claimId = Pages.id(id);
        claim = claimId < 0 ? null : claims.find(claimId, caller.reader()).orElse(null);
        if (claim == null) {
            Pages.notFound();
        }
        style = CitationStyles.styleOrDefault(style);
        formatted.clear();
    }

    /** The source as a bibliography entry in the chosen style; empty for a source seen only as a stub. */
    public String cite(SourceView source) {
        return source == null ? "" : formatted.computeIfAbsent(source.id(),
                i -> citationStyles.format(source, style).orElse(""));
    }

    /** The claim as a schema.org ClaimReview once it is verified; empty otherwise. */
    public String getJsonLd() {
        if (claim == null || !"VERIFIED".equals(claim.status())) {
            return "";
        }
        return SchemaOrg.claimReview(claim, SchemaOrg.siteUrl(FacesContext.getCurrentInstance().getExternalContext()),
                Messages.text("org.corroborate.web.i18n.messages", "app.name"));
    }

    public List<String> getStyles() {
        return CitationStyles.STYLES;
    }

    public String styleName(String styleId) {
        return STYLE_NAMES.getOrDefault(styleId, styleId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStyle() {
        return style;
    }

    public void setStyle(String style) {
        this.style = style;
    }

    public ClaimView getClaim() {
        return claim;
    }
}
