package org.corroborate.service.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * What a reader searches for: words and numbers, optionally narrowed by facets.
 *
 * @param text the words typed, in English or Korean; small typos are tolerated
 */
@StorableText
public record SearchQuery(@Size(max = 300) String text,
                          @Pattern(regexp = "claim|measure|source", message = "{corroborate.searchType}") String type,
                          @Size(max = 200) String topic,
                          @Size(max = 200) String organization,
                          @Min(1000) @Max(3000) Integer year,
                          @Size(max = 40) String kind,
                          @Size(max = 40) String status,
                          @Min(0) @Max(10_000) int offset,
                          @Min(1) @Max(100) int limit) {

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, 20);
    }

    public boolean isBlank() {
        return (text == null || text.isBlank()) && type == null && topic == null && organization == null
                && year == null && kind == null && status == null;
    }
}
