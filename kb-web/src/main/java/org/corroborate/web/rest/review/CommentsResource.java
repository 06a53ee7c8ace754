package org.corroborate.web.rest.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

import java.util.List;

/** Review comments on specific fields of a claim: editors write them; editors and the claim's organization read them. */
@RequestScoped
@Path("claims/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    Reviews reviews;

    @Inject
    Reader reader;

    @GET
    public List<ReviewNoteView> comments(@PathParam("id") String id) {
        return reviews.notes(caller(), Ids.parse(id, "claim"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, NewComment comment) {
        if (comment == null) {
            throw new BadRequestException("Send the comment as JSON: field, citation (optional), text.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(reviews.comment(caller(), Ids.parse(id, "claim"), comment)).build();
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
