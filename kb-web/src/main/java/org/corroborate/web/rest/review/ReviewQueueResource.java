package org.corroborate.web.rest.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.web.rest.MeasureNames;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.review.ReviewFilter;
import org.corroborate.service.review.ReviewItem;
import org.corroborate.service.review.Reviews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Submitted claims waiting for review, the longest waiting first (editors). */
@RequestScoped
@Tag(name = "Review queue", description = "Submitted claims waiting for review")
@Path("review/queue")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @Inject
    Reviews reviews;

    @Inject
    Reader reader;

    @Inject
    MeasureNames names;

    @GET
    @Operation(operationId = "getReviewQueue", summary = "Submitted claims waiting for review, the longest waiting first (editors)")
    public List<ReviewItem> queue(@QueryParam("measure") @Parameter(description = "the measure's slug or id") String measure, @QueryParam("topic") String topic,
                                  @QueryParam("organization") String organization,
                                  @QueryParam("othersOnly") @DefaultValue("false") boolean othersOnly,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return reviews.queue(caller(), new ReviewFilter(measure == null ? null : names.slug(measure.strip(), caller()), topic, organization, othersOnly, offset, limit));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
