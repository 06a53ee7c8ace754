package org.corroborate.web.rest.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.web.freshness.PageWarmer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public pages kept rendered, and the progress of rendering them ahead of readers. */
@RequestScoped
@Path("pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages", description = "Public pages kept rendered for readers")
public class PagesResource {

    @Inject
    PageWarmer warmer;

    @GET
    @Operation(operationId = "getPagesStatus", summary = "How many public pages are kept rendered, and how rendering "
            + "them ahead of readers stands (pages done of expected, since when)")
    public PageWarmer.RenderingAhead status() {
        return warmer.status();
    }
}
