package org.corroborate.service.review;

import org.corroborate.model.review.ReviewNote;

import java.io.Serializable;
import java.time.Instant;

/**
 * A review comment on one field, or a decision.
 *
 * @param field    FIGURE, PERIOD, MEASURE, CITATION, POPULATION, STATEMENT or GENERAL
 * @param decision VERIFY, REQUEST_CHANGES or REJECT for a decision; null for a comment
 */
public record ReviewNoteView(long id, long claimId, long claimVersion, String field, Long citationId, String decision,
                             String text, String author, String organization, Instant createdAt) implements Serializable {

    static ReviewNoteView of(ReviewNote n) {
        return new ReviewNoteView(n.getId(), n.getClaim().getId(), n.getClaimVersion(), n.getField().name(),
                n.getCitationId(), n.getDecision() == null ? null : n.getDecision().name(), n.getText(),
                n.getAuthorUsername(), n.getAuthorOrganization(), n.getCreatedAt());
    }
}
