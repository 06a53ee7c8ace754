package org.corroborate.web.rest.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.BrowseMeasures;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.service.measure.Measures;
import org.corroborate.web.rest.MeasureNames;
import org.corroborate.web.rest.Preconditions;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

/** Editors set how far "about X" reaches for a measure; its claims are then re-examined. */
@RequestScoped
@Tag(name = "Tolerances", description = "How far \"about X\" reaches for a measure")
@Path("measures/{slug}/tolerance")
@Produces(MediaType.APPLICATION_JSON)
public class ToleranceResource {

    @Inject
    Measures measures;

    @Inject
    BrowseMeasures browse;

    @Inject
    Reader reader;

    /** The tolerance for "about" as an editor sets it: {@code {"percent": 5}}, with the measure's ETag as If-Match. */
    public record ToleranceChange(BigDecimal percent) {
    }

    @Inject
    MeasureNames names;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMeasureTolerance", summary = "Set how far \"about X\" reaches for a measure (editors)")
    public MeasureView setTolerance(@PathParam("slug") @Parameter(description = "the measure's slug, such as nk-population, or its id", required = true) String name,
                                    @HeaderParam("If-Match") @Parameter(description = "the measure's ETag, as its GET answered it (\"3\"): the version this change is based on", required = true) String ifMatch,
                                    ToleranceChange change) {
        if (change == null || change.percent() == null) {
            throw ClientError.badRequest("api.body.tolerance");
        }
        String slug = names.slug(name, caller());
        measures.setAboutTolerance(caller(), slug, Preconditions.version(ifMatch), change.percent());
        // the answer is the measure with its claims, as GET /measures/{id} gives it, read once the change is saved
        return browse.findBySlug(slug, caller()).orElseThrow();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
