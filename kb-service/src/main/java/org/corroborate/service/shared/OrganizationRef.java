package org.corroborate.service.shared;

import java.io.Serializable;

import org.corroborate.model.organization.Organization;

/** An organization as other read models mention it. */
public record OrganizationRef(String slug, String name, String shortName) implements Serializable {

    public static OrganizationRef of(Organization o) {
        return new OrganizationRef(o.getSlug(), o.getName(), o.getShortName());
    }

    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
