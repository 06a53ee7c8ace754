package org.corroborate.service.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.organization.Organization;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.OrganizationRef;

import java.util.List;

/** Member organizations. Each public method is one transaction. */
@Stateless
public class Organizations {

    @Inject
    OrganizationRepository organizations;

    public List<OrganizationRef> all() {
        return organizations.all().stream().map(OrganizationRef::of).toList();
    }

    /** Adds an organization; refuses a slug already taken. */
    public OrganizationRef add(@NotNull @Valid NewOrganization command) {
        if (organizations.findBySlug(command.slug()).isPresent()) {
            throw new InvalidInputException("The short address \"" + command.slug() + "\" is already taken by another organization.");
        }
        Organization organization = new Organization(command.slug(), command.name());
        organization.describe(command.shortName(), command.country(), command.website(), command.description());
        return OrganizationRef.of(organizations.add(organization));
    }
}
