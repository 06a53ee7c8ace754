package org.corroborate.service.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.corroborate.service.shared.OrganizationRef;

import java.util.List;

/**
 * Member organizations, as readers see them. Adding one is a platform admin's act, audited:
 * {@link org.corroborate.service.account.Accounts#addOrganization}.
 */
@Stateless
public class Organizations {

    @Inject
    OrganizationRepository organizations;

    public List<OrganizationRef> all() {
        return organizations.all().stream().map(OrganizationRef::of).toList();
    }
}
