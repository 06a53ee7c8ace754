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
import org.corroborate.service.browse.PublishedFigure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Published reconciliations across measures; one measure's versions are under /measures/{slug}/reconciliation. */
@RequestScoped
@Path("reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciled figures", description = "The latest published reconciliations")
public class ReconciliationsResource {

    @Inject
    Browse browse;

    @GET
    @Path("latest")
    @Operation(operationId = "listLatestReconciliations",
            summary = "The latest published reconciliations (each measure's current version), the newest first")
    @APIResponse(responseCode = "200", description = "At most `limit` public figures")
    public List<PublishedFigure> latestReconciliations(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(Browse.MAX_PAGE)
                                                       @Parameter(description = "1 to 100") int limit) {
        return browse.latestReconciliations(limit);
    }
}
