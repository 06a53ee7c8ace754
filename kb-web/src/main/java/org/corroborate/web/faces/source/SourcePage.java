package org.corroborate.web.faces.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;
import java.util.List;

/** A source by id ({@code /source.xhtml?id=7}) as the reader may see it, with the figures that cite it. */
@Named
@RequestScoped
public class SourcePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    CurrentReader caller;

    private String id;
    private SourceView source;
    private List<ClaimSummary> citingClaims = List.of();

    public void load() {
        long sourceId = Pages.id(id);
        source = sourceId < 0 ? null : sources.find(sourceId, caller.reader()).orElse(null);
        if (source == null) {
            Pages.notFound();
            return;
        }
        citingClaims = claims.citing(sourceId, caller.reader()).orElse(List.of());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SourceView getSource() {
        return source;
    }

    /** The figures that cite this source. */
    public List<ClaimSummary> getCitingClaims() {
        return citingClaims;
    }
}
