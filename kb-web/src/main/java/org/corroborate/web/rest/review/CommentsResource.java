package org.corroborate.web.rest.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.review.NewComment;
import org.corroborate.service.review.ReviewNoteView;
import org.corroborate.service.review.Reviews;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Review comments on specific fields of a claim: editors write them; editors and the claim's organization read them. */
@RequestScoped
@Tag(name = "Review comments", description = "Comments on a claim's fields")
@Path("claims/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    Reviews reviews;

    @Inject
    Reader reader;

    @GET
    @Operation(operationId = "listClaimComments", summary = "Review comments on a claim's fields")
    public List<ReviewNoteView> comments(@PathParam("id") String id) {
        return reviews.notes(caller(), Ids.parse(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnClaim", summary = "Comment on a field of a claim (editors)")
    @APIResponse(responseCode = "201", description = "the comment as saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewNoteView")))
    public Response comment(@PathParam("id") String id, NewComment comment) {
        if (comment == null) {
            throw ClientError.badRequest("api.body.comment");
        }
        return Response.status(Response.Status.CREATED)
                .entity(reviews.comment(caller(), Ids.parse(id), comment)).build();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
