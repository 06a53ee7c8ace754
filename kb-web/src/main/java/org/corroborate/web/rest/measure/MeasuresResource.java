package org.corroborate.web.rest.measure;

import org.corroborate.web.rest.Preconditions;
import jakarta.ws.rs.HeaderParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.access.Channel;
import org.corroborate.service.measure.MeasureDetails;
import org.corroborate.service.measure.MeasureWording;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    Measures editing;

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

    /**
     * A measure as an editor creates it: its short address, unit and kind, and its wording in English and (optionally)
     * Korean. {@code unit}, {@code kind} and {@code flowPeriod} take the names the measures list shows.
     */
    public record NewMeasureRequest(String slug, String name, String nameKo, String definition, String definitionKo,
                                    String unit, String kind, String flowPeriod, String place, String placeKo,
                                    String topic, String topicKo) {
    }

    /** A measure's new wording (based on the version If-Match names); the short address, unit and kind stay. */
    public record RenameRequest(String name, String nameKo, String definition, String definitionKo, String place,
                                String placeKo, String topic, String topicKo) {
    }

    /** The measure to merge into, by its short address. */
    public record MergeRequest(String into) {
    }

    /** An editor creates a measure outside any claim (it stays unknown to the public until a claim on it is verified). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeasure", summary = "Create a measure, with its Korean forms (editors)")
    @APIResponse(responseCode = "201", description = "the measure created, at its Location")
    public Response create(NewMeasureRequest body, @Context UriInfo uri) {
        editing.requireEditor(editor());
        if (body == null) {
            throw ClientError.badRequest("api.body.measure");
        }
        MeasureDetails created = editing.create(editor(), new NewMeasure(body.slug(), body.name(), body.definition(),
                        parse(Unit.class, body.unit(), "unit"), parse(MeasureKind.class, body.kind(), "kind"),
                        body.flowPeriod() == null || body.flowPeriod().isBlank() ? null
                                : parse(FlowPeriod.class, body.flowPeriod(), "flowPeriod"),
                        body.place(), body.topic()),
                new MeasureWording(body.name(), body.nameKo(), body.definition(), body.definitionKo(), body.place(),
                        body.placeKo(), body.topic(), body.topicKo()));
        return Response.created(uri.getBaseUriBuilder().path("measures").path(created.slug()).path("details").build())
                .entity(created).build();
    }

    /** The measure with its Korean forms and version, for editing (any reader who may know of it). */
    @GET
    @Path("{slug}/details")
    @Operation(operationId = "getMeasureDetails", summary = "A measure without its claims, with its Korean forms and version")
    public MeasureDetails details(@PathParam("slug") String slug) {
        return editing.details(slug, reader()).orElseThrow(() -> ClientError.notFound("api.notFound.measure", slug));
    }

    /** An editor renames a measure: names, definitions, place and topic in English and Korean; the slug stays. */
    @PUT
    @Path("{slug}/wording")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameMeasure", summary = "Rename a measure in English and Korean (editors); the short address stays")
    public MeasureDetails rename(@PathParam("slug") String slug,
                                 @HeaderParam("If-Match") @Parameter(description = "the measure's ETag, as its GET answered it (\"3\"): the version this change is based on", required = true) String ifMatch,
                                 RenameRequest body) {
        editing.requireEditor(editor());
        long version = Preconditions.version(ifMatch);
        if (body == null) {
            throw ClientError.badRequest("api.body.rename");
        }
        return editing.rename(editor(), slug, version, new MeasureWording(body.name(), body.nameKo(),
                body.definition(), body.definitionKo(), body.place(), body.placeKo(), body.topic(), body.topicKo()));
    }

    /**
     * An editor merges this measure into another: its claims move there and are compared again; its address then
     * redirects there.
     */
    @POST
    @Path("{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeMeasure", summary = "Merge a measure into another (editors): its claims move there")
    public MeasureDetails merge(@PathParam("slug") String slug, MergeRequest body) {
        editing.requireEditor(editor());
        if (body == null || body.into() == null || body.into().isBlank()) {
            throw ClientError.badRequest("api.body.merge");
        }
        return editing.merge(editor(), slug, body.into().strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw ClientError.badRequest("api.body.measure.enum", field, allowed(type));
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ClientError.badRequest("api.body.measure.enum", field, allowed(type));
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Reader editor() {
        return current.reader().via(Channel.API);
    }

    /** One page of a list, with the total so that clients can page through it. */
    public record MeasurePage(int total, int offset, int limit, List<MeasureView> items) {
    }

    private Reader reader() {
        return current.reader();
    }
}
