package org.corroborate.web.rest.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corroborate.web.freshness.PageWarmer;
import org.corroborate.web.security.CurrentReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public pages kept rendered, and the progress of rendering them ahead of readers. */
@RequestScoped
@Path("pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages", description = "Public pages kept rendered for readers")
public class PagesResource {

    @Inject
    PageWarmer warmer;

    @Inject
    CurrentReader current;

    @GET
    @Operation(operationId = "getPagesStatus", summary = "How many public pages are kept rendered, and how rendering "
            + "them ahead of readers stands (pages done of expected, since when)")
    public PageWarmer.RenderingAhead status() {
        return warmer.status();
    }

    @POST
    @Operation(operationId = "renderPagesAhead", summary = "Render every public page ahead of readers now, in every "
            + "language (platform admins); GET shows the progress")
    @APIResponse(responseCode = "202", description = "rendering has started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RenderingAhead")))
    public Response renderAll(@Context HttpServletRequest request) {
        // only the local port the request reached counts: never where it says it was sent (see PageWarmer.originFor)
        return Response.accepted(warmer.renderAll(current.reader(), request)).build();
    }
}
