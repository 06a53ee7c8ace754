package org.corroborate.web.rest.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.service.access.Reader;
import org.corroborate.service.export.OpenData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URI;
import javax.xml.stream.XMLStreamException;

/** The Atom feed of newly verified claims and published reconciliation versions. */
@RequestScoped
@Tag(name = "Feed", description = "The Atom feed, the same for every caller")
@Path("feed.atom")
public class FeedResource {

    @Inject
    OpenData openData;

    @Inject
    Reader reader;

    @Context
    UriInfo uri;

    @GET
    @Produces("application/atom+xml; charset=UTF-8")
    @Operation(operationId = "getFeed", summary = "The Atom feed of newly verified claims and published reconciliation versions")
    @APIResponse(responseCode = "200", description = "an Atom feed", content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response feed() {
        Reader caller = reader;
        URI self = uri.getAbsolutePath();
        // the API lives at <site>/api/v1/, so the site's root is two levels up
        String api = uri.getBaseUri().toString();
        URI site = URI.create(api.endsWith("/") ? api : api + "/").resolve("../../");
        return Response.ok((StreamingOutput) out -> {
            try {
                openData.writeFeed(caller, site, self, out);
            } catch (XMLStreamException e) {
                throw new IOException("Cannot write the feed", e);
            }
        }).build();
    }
}
