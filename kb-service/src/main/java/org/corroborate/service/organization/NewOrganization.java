package org.corroborate.service.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.StorableText;

/** What is needed to add a member organization. */
@StorableText
public record NewOrganization(
        @NotBlank @Size(max = 80) @Pattern(regexp = Organization.SLUG_PATTERN, message = "{corroborate.slug}") String slug,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 60) String shortName,
        @Size(max = 60) String country,
        @Size(max = 500) String website,
        @Size(max = 2000) String description) {
}
