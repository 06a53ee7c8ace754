package org.corroborate.service.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * Which submitted claims the review queue shows.
 *
 * @param measure      a measure's short address, or null for all
 * @param topic        a measure topic, or null for all
 * @param organization the contributing organization's slug, or null for all
 * @param othersOnly   leave out the editor's own organization's claims (which another organization must verify)
 */
@StorableText
public record ReviewFilter(@Size(max = 120) String measure, @Size(max = 200) String topic,
                           @Size(max = 80) String organization, boolean othersOnly,
                           @Min(0) int offset, @Min(1) @Max(200) int limit) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, false, 0, 50);
}
