package org.corroborate.web.rest.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.AccountView;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.ApiTokenView;
import org.corroborate.service.account.ApiTokens;
import org.corroborate.service.account.IssuedApiToken;
import org.corroborate.web.rest.CreatedAnswers;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/account}: the account a request acts as (with {@code Authorization: Bearer cbt_…}, the token's
 * account); 403 for the anonymous public. Its personal API tokens: listed without their text, created (with a session
 * or an existing token; the text is in the 201 answer and nowhere else) and revoked, as on the tokens page.
 */
@RequestScoped
@Tag(name = "Account", description = "The caller's own account and personal API tokens")
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Reader reader;

    @Context
    UriInfo uri;

    @Context
    ContainerRequestContext request;

    @GET
    @Operation(operationId = "getAccount", summary = "The account the request acts as")
    public AccountView me() {
        return accounts.me(reader);
    }

    @GET
    @Path("tokens")
    @Operation(operationId = "listApiTokens", summary = "The account's API tokens, without their text")
    public List<ApiTokenView> tokens() {
        return tokens.mine(reader);
    }

    /** A new token: what it is for, and optionally when it stops working by itself. */
    public record NewToken(@Schema(description = "what uses the token, such as \"nightly import script\"", required = true) String label,
                           @Schema(description = "when the token stops working, such as 2027-01-31T00:00:00Z; never when left out") Instant expiresAt) {
    }

    /**
     * Creates a token for the caller's own account: 201 with its address and the token's text, shown this once.
     */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create a personal API token; its text is in this answer only",
            description = "Signed in with a session or an existing token. The answer (201, with the token's address in "
                    + "Location) holds the token's text; only its hash is kept.")
    @APIResponse(responseCode = "201", description = "the token, with its text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedApiToken")))
    public IssuedApiToken create(NewToken body) {
        if (body == null) {
            throw ClientError.badRequest("api.body.token");
        }
        IssuedApiToken issued = tokens.create(caller(), body.label(), body.expiresAt());
        request.setProperty(CreatedAnswers.LOCATION,
                uri.getBaseUriBuilder().path("account").path("tokens").path(String.valueOf(issued.id())).build());
        return issued;
    }

    @GET
    @Path("tokens/{id}")
    @Operation(operationId = "getApiToken", summary = "One of the account's API tokens, without its text")
    public ApiTokenView token(@PathParam("id") @Parameter(description = "the token's id", required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long tokenId = Ids.parse(id);
        return tokens.mine(reader, tokenId).orElseThrow(() -> ClientError.notFound("api.notFound.token", tokenId));
    }

    /** Revokes one of the caller's own tokens: it stops working at once. Another account's token answers 404. */
    @DELETE
    @Path("tokens/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of the account's API tokens; it stops working at once")
    @APIResponse(responseCode = "204", description = "revoked (also when it was revoked before)")
    public Response revoke(@PathParam("id") @Parameter(description = "the token's id", required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long tokenId = Ids.parse(id);
        Reader caller = caller();
        if (tokens.mine(caller, tokenId).isEmpty()) {
            throw ClientError.notFound("api.notFound.token", tokenId);
        }
        tokens.revoke(caller, tokenId);
        return Response.noContent().build();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
