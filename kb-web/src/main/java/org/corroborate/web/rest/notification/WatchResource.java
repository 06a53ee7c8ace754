package org.corroborate.web.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.notification.Notifications;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * {@code /api/v1/measures/{slug}/watch}: whether the caller watches a measure (told of its new claims and conflicts,
 * and of dissents from its reconciliation), {@code PUT} to watch it, {@code DELETE} to stop. Signed-in members only;
 * a measure the caller may not know of answers 404.
 */
@RequestScoped
@Tag(name = "Watched measures", description = "Measures a member is told about: new claims, conflicts, dissents")
@Path("measures/{slug}/watch")
@Produces(MediaType.APPLICATION_JSON)
public class WatchResource {

    /** Whether the caller watches the measure. */
    public record Watching(String measure, boolean watching) {
    }

    @Inject
    Notifications notifications;

    @Inject
    Reader reader;

    @GET
    @Operation(operationId = "getMeasureWatch", summary = "Whether the caller watches the measure")
    public Watching get(@PathParam("slug") @Parameter(description = "the measure's slug, such as nk-population", required = true) String slug) {
        return answer(slug, notifications.watching(caller(), slug));
    }

    @PUT
    @Operation(operationId = "watchMeasure", summary = "Watch the measure: be told of its new claims, conflicts and dissents")
    public Watching watch(@PathParam("slug") String slug) {
        return answer(slug, notifications.watch(caller(), slug));
    }

    @DELETE
    @Operation(operationId = "unwatchMeasure", summary = "Stop watching the measure")
    public Watching unwatch(@PathParam("slug") String slug) {
        return answer(slug, notifications.unwatch(caller(), slug));
    }

    private static Watching answer(String slug, Optional<Boolean> watching) {
        return new Watching(slug, watching.orElseThrow(() -> ClientError.notFound("api.notFound.measure", slug)));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
