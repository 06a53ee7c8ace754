package org.corroborate.web.rest.browse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.HomeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the home page shows: the latest public figures and claims, what is contested, and the topics. */
@RequestScoped
@Path("home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Browse", description = "What the public pages list: latest and contested figures, topics, organizations")
public class HomeResource {

    @Inject
    Browse browse;

    @GET
    @Operation(operationId = "getHome", summary = "The home page's lists",
            description = "The latest published reconciliations, the latest verified claims, the contested figures "
                    + "(published reconciliations a member organization dissents from; measures whose verified claims "
                    + "hold major conflicts no reconciliation weighs yet) and the topics with their counts of measures.")
    @APIResponse(responseCode = "200", description = "The lists, each at most `limit` long (topics: all)")
    public HomeView home(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(Browse.MAX_PAGE)
                         @Parameter(description = "how many items each list holds, 1 to 100") int limit) {
        return browse.home(limit);
    }
}
