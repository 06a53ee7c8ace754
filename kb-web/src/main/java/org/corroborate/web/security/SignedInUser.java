package org.corroborate.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.SignedInAccount;

/** What the pages need to know about who is signed in, to show or hide links. The services decide what is allowed. */
@Named("signedIn")
@RequestScoped
public class SignedInUser {

    @Inject
    Reader reader;

    @Inject
    CurrentReader current;

    public boolean isSignedIn() {
        return reader.accountId().isPresent();
    }

    public String getUsername() {
        return reader.username();
    }

    /** The account's display name, else its user name. */
    public String getDisplayName() {
        SignedInAccount account = current.account();
        return account == null ? reader.username() : account.displayName();
    }

    public String getOrganization() {
        return reader.organizationSlug().orElse(null);
    }

    /** The organization's short or full name, else its slug. */
    public String getOrganizationName() {
        SignedInAccount account = current.account();
        return account == null ? getOrganization() : account.organizationName();
    }

    public boolean isContributor() {
        return reader.hasRole(Role.CONTRIBUTOR);
    }

    public boolean isEditor() {
        return reader.hasRole(Role.EDITOR);
    }

    public boolean isOrgAdmin() {
        return reader.hasRole(Role.ORG_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return reader.isPlatformAdmin();
    }

    public boolean isMayBrowseAudit() {
        return isEditor() || isOrgAdmin() || isPlatformAdmin();
    }

    /** Org admins and platform admins manage members. */
    public boolean isMayManageMembers() {
        return isOrgAdmin() || isPlatformAdmin();
    }
}
