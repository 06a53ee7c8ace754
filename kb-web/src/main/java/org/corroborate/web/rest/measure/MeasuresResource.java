package org.corroborate.web.rest.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.web.rest.problem.ClientError;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.browse.BrowseMeasures;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.web.rest.MeasureNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Measures, each with the claims the caller may see. */
@ApplicationScoped
@Tag(name = "Measures", description = "What is counted, with the figures claimed for it")
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresResource {

    @Inject
    BrowseMeasures measures;

    /** The request's reader, asked for on each call: this resource outlives requests. */
    @Inject
    CurrentReader current;

    @Inject
    MeasureNames names;

    /** A page of measures in topic order. */
    @GET
    @Operation(operationId = "listMeasures", summary = "A page of measures in topic order, each with the claims the caller may see")
    public MeasurePage list(@QueryParam("offset") @DefaultValue("0") @Min(0)
                            @Parameter(description = "measures to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) int offset,
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500)
                            @Parameter(description = "measures per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) int limit) {
        List<MeasureView> all = measures.overview(reader());
        List<MeasureView> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        return new MeasurePage(all.size(), offset, limit, page);
    }

    /** A measure named by its slug or its id; its version is the ETag a change of its tolerance sends as If-Match. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getMeasure", summary = "A measure with the claims the caller may see")
    public MeasureView get(@PathParam("id") @Parameter(description = "the measure's slug, such as nk-population, or its id", required = true) String id) {
        Reader reader = reader();
        return names.find(id, reader).flatMap(m -> measures.find(m.id(), reader))
                .orElseThrow(() -> ClientError.notFound("api.notFound.measure", id));
    }

    /** One page of a list, with the total so that clients can page through it. */
    public record MeasurePage(int total, int offset, int limit, List<MeasureView> items) {
    }

    private Reader reader() {
        return current.reader();
    }
}
