package org.corroborate.web.rest.browse;

import jakarta.enterprise.context.RequestScoped;
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
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.TopicCount;
import org.corroborate.service.browse.TopicView;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Topics, each with its measures that have verified claims. */
@RequestScoped
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Measures grouped by topic")
public class TopicsResource {

    @Inject
    Browse browse;

    @GET
    @Operation(operationId = "listTopics", summary = "Every topic with public measures, by name, with their count")
    @APIResponse(responseCode = "200", description = "The topics")
    public List<TopicCount> list() {
        return browse.topics();
    }

    @GET
    @Path("{name}/measures")
    @Operation(operationId = "listTopicMeasures",
            summary = "A page of a topic's measures, by name, each with its public figure and count of verified claims")
    @APIResponse(responseCode = "200", description = "The topic and one page of its measures, with the total")
    @APIResponse(responseCode = "404", description = "No measure of this topic has a verified claim")
    public TopicView measures(@PathParam("name") @Parameter(required = true, description = "the topic's name, as listed") String name,
                              @QueryParam("offset") @DefaultValue("0") @Min(0)
                              @Parameter(description = "how many measures to skip") int offset,
                              @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Browse.MAX_PAGE)
                              @Parameter(description = "page size, 1 to 100") int limit) {
        if (name == null || name.length() > 200) {
            throw ClientError.notFound("api.notFound.topicName");
        }
        return browse.topic(name, offset, limit)
                .orElseThrow(() -> ClientError.notFound("api.notFound.topic", name));
    }
}
