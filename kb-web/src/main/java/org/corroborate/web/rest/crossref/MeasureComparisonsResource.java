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
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureCrossReference;
import org.corroborate.web.rest.MeasureNames;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** What cross-referencing found on a measure's claims: findings per pair, origin groups, origin chains. */
@RequestScoped
@Tag(name = "Measure comparisons", description = "How a measure's figures compare, and their independent origins")
@Path("measures/{slug}/comparisons")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureComparisonsResource {

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reader reader;

    @Inject
    MeasureNames names;

    @GET
    @Operation(operationId = "getMeasureComparisons", summary = "Findings per pair of a measure's claims, origin groups and chains")
    public MeasureCrossReference ofMeasure(@PathParam("slug") @Parameter(description = "the measure's slug, such as nk-population, or its id", required = true) String slug) {
        return crossReferences.ofMeasure(names.slug(slug, caller()), caller())
                .orElseThrow(() -> ClientError.notFound("api.notFound.measure", slug));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
