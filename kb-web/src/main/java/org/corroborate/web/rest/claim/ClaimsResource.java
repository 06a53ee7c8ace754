package org.corroborate.web.rest.claim;

import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.web.rest.problem.ClientError;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.claim.ClaimItem;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * Claims with their citations and sources as the caller may see them; members draft, revise, withdraw and submit
 * their organization's claims. Every answer with a claim carries its version as the ETag; writes name the version
 * they are based on with {@code If-Match} (428 without it, 412 when stale), a refusal is 400 or 403, each as a
 * problem document saying what to fix.
 */
@ApplicationScoped
@Tag(name = "Claims", description = "Sourced figures: reading them; drafting and submitting them (members)")
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    static final String IF_MATCH = "the claim's ETag, as its GET answered it (\"3\"): the version this change is based on";

    @Inject
    Claims claims;

    /** The request's reader, asked for on each call: this resource outlives requests. */
    @Inject
    CurrentReader current;


    /** The caller's organization's own claims, in every status, the most recently changed first. */
    @GET
    @Path("mine")
    @Operation(operationId = "listMyClaims", summary = "The caller's organization's own claims, in every status")
    public List<ClaimItem> mine() {
        return claims.mine(caller());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClaim", summary = "A claim with its citations and sources as the caller may see them")
    public ClaimView get(@PathParam("id") @Parameter(description = "the claim's id, a positive whole number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long claimId = Ids.parse(id);
        return claims.find(claimId, reader())
                .orElseThrow(() -> ClientError.notFound("api.notFound.claim", claimId));
    }

    /** Drafts a claim; answers 201 with its address and the draft as saved. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftClaim", summary = "Draft a claim; answers 201 with its address and the draft as saved")
    @APIResponse(responseCode = "201", description = "the draft as saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClaimView")))
    public Response draft(ClaimDraftRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw ClientError.badRequest("api.body.claim");
        }
        Reader actor = caller();
        long id = claims.draft(actor, body.toNewClaim(actor.organizationSlug().orElse(null)), body.proposedMeasure());
        URI location = uri.getBaseUriBuilder().path(ClaimsResource.class).path(String.valueOf(id)).build();
        return Response.created(location).entity(claims.find(id, actor).orElseThrow()).build();
    }

    /** Replaces a draft's content (statement, figure, measure, period, place, topics); citations stay. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseClaim", summary = "Replace a draft's content; its citations stay")
    public ClaimView revise(@PathParam("id") String id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, ClaimContent content) {
        if (content == null) {
            throw ClientError.badRequest("api.body.claimContent");
        }
        return claims.revise(caller(), existing(id), Preconditions.version(ifMatch), content);
    }

    /** Replaces all of a draft's citations; the rest of it stays. */
    @PUT
    @Path("{id}/citations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceClaimCitations", summary = "Replace all of a draft's citations")
    public ClaimView recite(@PathParam("id") String id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, List<NewCitation> citations) {
        if (citations == null) {
            throw ClientError.badRequest("api.body.citations");
        }
        return claims.recite(caller(), existing(id), Preconditions.version(ifMatch), citations);
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitClaim", summary = "Submit a draft for review")
    public ClaimView submit(@PathParam("id") String id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return claims.submit(caller(), existing(id), Preconditions.version(ifMatch));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(operationId = "withdrawClaim", summary = "Withdraw a claim")
    public ClaimView withdraw(@PathParam("id") String id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return claims.withdraw(caller(), existing(id), Preconditions.version(ifMatch));
    }

    private Reader caller() {
        return reader().via(Channel.API);
    }

    /** The id of a claim the caller may see; 404 otherwise, so that others' drafts are not even confirmed. */
    private long existing(String id) {
        long claimId = Ids.parse(id);
        if (claims.find(claimId, reader()).isEmpty()) {
            throw ClientError.notFound("api.notFound.claim", claimId);
        }
        return claimId;
    }

    private Reader reader() {
        return current.reader();
    }
}
