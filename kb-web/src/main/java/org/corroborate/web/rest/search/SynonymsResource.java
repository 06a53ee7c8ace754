package org.corroborate.web.rest.search;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.corroborate.web.rest.Preconditions;
import jakarta.ws.rs.HeaderParam;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.search.SearchSynonyms;
import org.corroborate.service.search.SearchSynonyms.SynonymGroupView;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The synonym list editors keep for search: groups of terms, in English and Korean, that find one another. */
@RequestScoped
@Tag(name = "Search synonyms", description = "Terms that mean the same to search, kept by editors")
@Path("search/synonyms")
@Produces(MediaType.APPLICATION_JSON)
public class SynonymsResource {

    @Inject
    SearchSynonyms synonyms;

    @Inject
    Reader reader;

    /** A group's terms (a change names the group's version as If-Match). */
    public record SynonymsRequest(List<String> terms) {
    }

    @GET
    @Operation(operationId = "listSearchSynonyms", summary = "Every synonym group (editors)")
    public List<SynonymGroupView> list() {
        return synonyms.list(caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSearchSynonyms", summary = "Add a synonym group (editors); searches apply it at once")
    @APIResponse(responseCode = "201", description = "the group added")
    public Response add(SynonymsRequest body, @Context UriInfo uri) {
        Reader editor = caller();
        synonyms.list(editor); // refuses anyone but an editor before reading the body
        if (body == null || body.terms() == null) {
            throw ClientError.badRequest("api.body.synonyms");
        }
        SynonymGroupView added = synonyms.add(editor, body.terms());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build()).entity(added).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSearchSynonyms", summary = "Replace a synonym group's terms (editors)")
    public SynonymGroupView replace(@PathParam("id") String id,
                                    @HeaderParam("If-Match") @Parameter(description = "the group's ETag, as the list or its last change answered it (\"3\"): the version this change is based on", required = true) String ifMatch,
                                    SynonymsRequest body) {
        Reader editor = caller();
        synonyms.list(editor);
        if (body == null || body.terms() == null) {
            throw ClientError.badRequest("api.body.synonyms");
        }
        return synonyms.replace(editor, Ids.parse(id), Preconditions.version(ifMatch), body.terms());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeSearchSynonyms", summary = "Remove a synonym group (editors)")
    @APIResponse(responseCode = "204", description = "removed")
    public Response remove(@PathParam("id") String id) {
        synonyms.remove(caller(), Ids.parse(id));
        return Response.noContent().build();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
