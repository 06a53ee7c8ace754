package org.corroborate.web.rest.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.model.review.Decision;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimInputs;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.review.NewComment;
import org.corroborate.service.review.Reviews;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An editor's decision on a submitted claim, under the four-eyes rule. */
@RequestScoped
@Tag(name = "Review decisions", description = "Editors' decisions under the four-eyes rule")
@Path("claims/{id}/review")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    Reviews reviews;

    @Inject
    Reader reader;

    /**
     * A decision: {@code {"decision": "VERIFY|REQUEST_CHANGES|REJECT", "note": "...", "comments": [...]}}, with the
     * claim's ETag as If-Match.
     */
    public record DecisionRequest(String decision, String note, List<NewComment> comments) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideClaim", summary = "Verify, request changes to or reject a submitted claim (editors, four eyes)")
    public ClaimView decide(@PathParam("id") String id,
                            @HeaderParam("If-Match") @Parameter(description = "the claim's ETag, as its GET answered it (\"3\"): the version decided on", required = true) String ifMatch,
                            DecisionRequest body) {
        if (body == null || body.decision() == null) {
            throw ClientError.badRequest("api.body.decision");
        }
        Decision decision = ClaimInputs.enumValue(Decision.class, body.decision(), "decision");
        return reviews.decide(caller(), Ids.parse(id), Preconditions.version(ifMatch), decision, body.comments(), body.note());
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
