package org.corroborate.web.rest.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.web.rest.Ids;

import java.util.List;

/** Sources; a confidential one appears as a stub, a members-only one not at all for the public. */
@RequestScoped
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    Reader reader;

    @GET
    @Path("{id}")
    public SourceView get(@PathParam("id") String id) {
        long sourceId = Ids.parse(id, "source");
        return sources.find(sourceId, reader)
                .orElseThrow(() -> new NotFoundException("There is no source " + sourceId + "."));
    }

    /** The claims citing the source that the caller may see. */
    @GET
    @Path("{id}/claims")
    public List<ClaimSummary> citing(@PathParam("id") String id) {
        long sourceId = Ids.parse(id, "source");
        return claims.citing(sourceId, reader)
                .orElseThrow(() -> new NotFoundException("There is no source " + sourceId + "."));
    }
}
