package org.corroborate.web.rest.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corroborate.service.search.IndexStatus;
import org.corroborate.service.search.Search;
import org.corroborate.service.search.SearchQuery;
import org.corroborate.service.search.SearchResults;
import org.corroborate.web.rest.problem.ClientError;
import org.corroborate.web.security.CurrentReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over verified claims, measures and public sources, in English and Korean, with facets. */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over public entries")
public class SearchResource {

    @Inject
    Search search;

    /** The request's reader, asked for on each call: this resource outlives requests. */
    @Inject
    CurrentReader current;

    @GET
    @Operation(operationId = "search", summary = "Search public claims, measures and sources",
            description = "Words in English or Korean; numbers match with or without thousands separators; small "
                    + "typos are tolerated. Facet parameters narrow the hits; every answer counts the hits per facet.")
    public SearchResults search(@QueryParam("q") @Parameter(description = "words and numbers") String q,
                                @QueryParam("type") @Parameter(description = "claim, measure or source") String type,
                                @QueryParam("topic") @Parameter(description = "topic slug") String topic,
                                @QueryParam("organization") @Parameter(description = "organization name") String organization,
                                @QueryParam("year") @Parameter(description = "a year the entry covers", schema = @Schema(type = SchemaType.INTEGER)) String year,
                                @QueryParam("kind") @Parameter(description = "measure kind or source kind") String kind,
                                @QueryParam("status") @Parameter(description = "claim status") String status,
                                @QueryParam("offset") @DefaultValue("0") @Parameter(description = "hits to skip", schema = @Schema(type = SchemaType.INTEGER)) String offset,
                                @QueryParam("limit") @DefaultValue("20") @Parameter(description = "hits per page", schema = @Schema(type = SchemaType.INTEGER)) String limit) {
        // numbers are read here: JAX-RS would answer a malformed one with 404, or quietly use the default
        return search.search(current.reader(), new SearchQuery(q, blankToNull(type), blankToNull(topic),
                blankToNull(organization), number("year", year, null), blankToNull(kind), blankToNull(status),
                number("offset", offset, 0), number("limit", limit, 20)));
    }

    @GET
    @Path("index")
    @Operation(operationId = "getSearchIndexStatus", summary = "How the search index stands (entries, rebuild progress)")
    public IndexStatus status() {
        return search.status();
    }

    @POST
    @Path("index")
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index from the database (platform admins)")
    @APIResponse(responseCode = "202", description = "the rebuild has started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndexStatus")))
    public Response rebuild() {
        return Response.accepted(search.rebuild(current.reader())).build();
    }

    private static Integer number(String name, String value, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ClientError.badRequest("api.parameter.wholeNumber", name, value.strip());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
