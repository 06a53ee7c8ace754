package org.corroborate.service.browse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * Which public sources to list.
 *
 * @param kind         only sources of this kind (REPORT, NEWS_ARTICLE...; null: all)
 * @param organization only sources held by the organization with this slug (null: all)
 */
@StorableText
public record SourceFilter(@Pattern(regexp = "[A-Z_]{1,30}") String kind,
                           @Size(max = 80) String organization,
                           @Min(0) int offset,
                           @Min(1) @Max(Browse.MAX_PAGE) int limit) {
}
