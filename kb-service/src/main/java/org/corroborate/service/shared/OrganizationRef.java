package org.corroborate.service.shared;

import org.corroborate.model.organization.Organization;

/** An organization as other read models mention it. */
public record OrganizationRef(String slug, String name, String shortName) {

    public static OrganizationRef of(Organization o) {
        return new OrganizationRef(o.getSlug(), o.getName(), o.getShortName());
    }

    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
