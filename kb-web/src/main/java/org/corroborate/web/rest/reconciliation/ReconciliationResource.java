package org.corroborate.web.rest.reconciliation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.reconciliation.DraftInput;
import org.corroborate.service.reconciliation.DraftView;
import org.corroborate.service.reconciliation.ReconciliationConflictException;
import org.corroborate.service.reconciliation.ReconciliationView;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.MeasureNames;
import org.corroborate.web.rest.Preconditions;
import org.corroborate.web.rest.problem.ClientError;
import org.corroborate.web.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A measure's reconciliation: the public figure with its history and permanent versions; for editors the draft, its
 * approval by an editor of another organization, and publishing; for member organizations endorsing or dissenting.
 * The measure is named by its slug or its id. Changes name the draft they are based on with {@code If-Match} (its
 * ETag); one based on an outdated draft answers 412 with the draft as the other editor saved it ({@code current}),
 * so that nothing is lost.
 */
@RequestScoped
@Tag(name = "Reconciliations", description = "A measure's public figure, its versions, drafts and endorsements")
@Path("measures/{slug}/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject
    Reconciliations reconciliations;

    static final String IF_MATCH = "the draft's ETag, as its GET answered it (\"3\"): the version this change is based on";

    @Inject
    Reader reader;

    @Inject
    MeasureNames measures;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getReconciliation", summary = "A measure's public figure with its history")
    public ReconciliationView current(@PathParam("slug") @Parameter(description = "the measure's slug, such as nk-population, or its id", required = true) String slug) {
        return reconciliations.current(measures.slug(slug, caller()), caller())
                .orElseThrow(() -> ClientError.notFound("api.notFound.measure", slug));
    }

    @GET
    @Path("versions/{n}")
    @Operation(operationId = "getReconciliationVersion", summary = "One permanent version of a measure's reconciliation")
    public VersionView version(@PathParam("slug") String slug, @PathParam("n") int number) {
        return reconciliations.version(measures.slug(slug, caller()), number, caller())
                .orElseThrow(() -> ClientError.notFound("api.notFound.reconciliationVersion", number, slug));
    }

    @GET
    @Path("draft")
    @Operation(operationId = "getReconciliationDraft", summary = "The editors' draft (editors)")
    public DraftView draft(@PathParam("slug") String slug) {
        return reconciliations.draft(caller(), measures.slug(slug, caller()));
    }

    /**
     * The 412 answer to a stale change (If-Match names an older draft): a problem document with the draft as the
     * other editor saved it, whose version is the answer's ETag.
     */
    public record EditConflict(String type, String title, int status, String detail, DraftView current) {
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveReconciliationDraft", summary = "Save the draft (editors)")
    @APIResponse(responseCode = "200", description = "the draft as saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
    public Response save(@PathParam("slug") String slug, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, DraftInput draft) {
        if (draft == null) {
            throw ClientError.badRequest("api.body.reconciliationDraft");
        }
        long version = Preconditions.version(ifMatch);
        try {
            return Response.ok(reconciliations.saveDraft(caller(), measures.slug(slug, caller()), version, draft)).build();
        } catch (ReconciliationConflictException e) {
            return conflict(e);
        }
    }

    @POST
    @Path("approve")
    @Operation(operationId = "approveReconciliation", summary = "Approve the draft as it stands for publication (editors of another organization than the one that drafted it)")
    @APIResponse(responseCode = "200", description = "the draft, approved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
    public Response approve(@PathParam("slug") String slug, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long version = Preconditions.version(ifMatch);
        try {
            return Response.ok(reconciliations.approve(caller(), measures.slug(slug, caller()), version)).build();
        } catch (ReconciliationConflictException e) {
            return conflict(e);
        }
    }

    @POST
    @Path("publish")
    @Operation(operationId = "publishReconciliation", summary = "Publish the approved draft as a new permanent version (editors)")
    @APIResponse(responseCode = "200", description = "the version published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionView")))
    public Response publish(@PathParam("slug") String slug, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long version = Preconditions.version(ifMatch);
        try {
            return Response.ok(reconciliations.publish(caller(), measures.slug(slug, caller()), version)).build();
        } catch (ReconciliationConflictException e) {
            return conflict(e);
        }
    }

    /** An organization's response: {@code {"stance": "ENDORSE|DISSENT", "comment": "..."}}. */
    public record ResponseRequest(String stance, String comment) {
    }

    @POST
    @Path("versions/{n}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToReconciliationVersion", summary = "Endorse or dissent from a version (member organizations)")
    public VersionView respond(@PathParam("slug") String slug, @PathParam("n") int number, ResponseRequest body) {
        if (body == null || body.stance() == null) {
            throw ClientError.badRequest("api.body.stance");
        }
        return reconciliations.respond(caller(), measures.slug(slug, caller()), number, body.stance(), body.comment());
    }

    private Response conflict(ReconciliationConflictException e) {
        Response.ResponseBuilder answer = Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE)
                .entity(new EditConflict("about:blank", "Precondition Failed", 412, e.getMessage(Languages.of(headers)), e.theirs()));
        if (e.theirs() != null) {
            answer.tag(Preconditions.tag(e.theirs().version()));
        }
        return answer.build();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
