package org.corroborate.web.rest.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.corroborate.web.rest.problem.ClientError;
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

    /** The tolerance for "about" as an editor sets it: {@code {"percent": 5, "version": 0}}. */
    public record ToleranceChange(BigDecimal percent, Long version) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMeasureTolerance", summary = "Set how far \"about X\" reaches for a measure (editors)")
    public MeasureView setTolerance(@PathParam("slug") String slug, ToleranceChange change) {
        if (change == null || change.percent() == null || change.version() == null) {
            throw ClientError.badRequest("api.body.tolerance");
        }
        measures.setAboutTolerance(caller(), slug, change.version(), change.percent());
        // the answer is the measure with its claims, as GET /measures/{id} gives it, read once the change is saved
        return browse.findBySlug(slug, caller()).orElseThrow();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
