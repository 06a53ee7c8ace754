package org.corroborate.service.review;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.review.ReviewNote;
import org.corroborate.model.shared.StorableText;

/**
 * A review comment on one field of a claim.
 *
 * @param field    FIGURE, PERIOD, MEASURE, CITATION, POPULATION, STATEMENT or GENERAL
 * @param citation for a comment on a citation: its id (optional)
 */
@StorableText
public record NewComment(@NotBlank @Pattern(regexp = "FIGURE|PERIOD|MEASURE|CITATION|POPULATION|STATEMENT|GENERAL") String field,
                         Long citation,
                         @NotBlank @Size(max = ReviewNote.MAX_TEXT_LENGTH) String text) implements Serializable {
}
