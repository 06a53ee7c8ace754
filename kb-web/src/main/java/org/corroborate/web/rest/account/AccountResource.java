package org.corroborate.web.rest.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.AccountView;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.ApiTokenView;
import org.corroborate.service.account.ApiTokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code GET /api/v1/account}: the account a request acts as (with {@code Authorization: Bearer cbt_…}, the token's
 * account); 403 for the anonymous public. {@code GET /api/v1/account/tokens}: its API tokens, without their text.
 */
@RequestScoped
@Tag(name = "Account", description = "The caller's own account")
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Reader reader;

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
}
