package org.corroborate.service.crossref;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * What the conflict board shows.
 *
 * @param topic        only measures of this topic (null: all)
 * @param organization only conflicts involving a claim of the organization with this slug (null: all)
 * @param minimumLevel MINOR, MODERATE or MAJOR (null: all)
 * @param verifiedOnly leave out conflicts involving claims still under review
 */
@StorableText
public record ConflictFilter(@Size(max = 200) String topic, @Size(max = 80) String organization,
                             @Pattern(regexp = "MINOR|MODERATE|MAJOR") String minimumLevel, boolean verifiedOnly) {

    public static final ConflictFilter ALL = new ConflictFilter(null, null, null, false);
}
