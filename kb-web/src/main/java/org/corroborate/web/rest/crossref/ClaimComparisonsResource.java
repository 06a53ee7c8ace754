package org.corroborate.web.rest.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.ClaimCrossReference;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** One claim's origin chains and its findings against the other claims of its measure. */
@RequestScoped
@Tag(name = "Claim comparisons", description = "A claim's origin chain and comparisons")
@Path("claims/{id}/comparisons")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimComparisonsResource {

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reader reader;

    @GET
    @Operation(operationId = "getClaimComparisons", summary = "A claim's origin chains and its findings against the other claims of its measure")
    public ClaimCrossReference ofClaim(@PathParam("id") @Parameter(description = "the claim's id, a positive whole number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long claimId = Ids.parse(id);
        return crossReferences.ofClaim(claimId, caller())
                .orElseThrow(() -> ClientError.notFound("api.notFound.claim", claimId));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
