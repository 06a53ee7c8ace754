package org.corroborate.web.faces.admin.members;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.AccountView;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.IssuedInvitation;
import org.corroborate.service.organization.Organizations;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.web.faces.account.Texts;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Members of an organization ({@code /admin/members.xhtml}): its admins (and platform admins, for any
 * organization) see the accounts, invite with roles, deactivate and reactivate. The service checks each action.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    CurrentReader caller;

    private String organization;
    private List<AccountView> members;
    private Role[] inviteRoles = {Role.CONTRIBUTOR};
    private String invitationLink;
    private String invitationExpires;
    private List<OrganizationRef> organizationChoices;

    public void load() {
        if (organization == null || organization.isBlank() || !caller.reader().isPlatformAdmin()) {
            organization = caller.reader().organizationSlug().orElse(null);
        }
        refresh();
    }

    private void refresh() {
        members = List.of();
        if (organization == null) {
            return;
        }
        try {
            members = accounts.members(caller.reader(), organization);
        } catch (NotPermittedException e) {
            Texts.refusal(null, e);
        }
    }

    public void toggle(long accountId, boolean active) {
        invitationLink = null;
        try {
            AccountView changed = active ? accounts.deactivate(caller.reader(), accountId) : accounts.reactivate(caller.reader(), accountId);
            Texts.info(null, changed.active() ? "members.reactivated" : "members.deactivated", changed.username());
        } finally {
            // a refusal goes on to web.faces.support.Refusals, which shows it
            refresh();
        }
    }

    public void invite() {
        invitationLink = null;
        try {
            Set<Role> roles = inviteRoles == null || inviteRoles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(inviteRoles));
            IssuedInvitation issued = accounts.invite(caller.reader(), organization, roles);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String scheme = external.getRequestScheme();
            int port = external.getRequestServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            invitationLink = scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                    + external.getRequestContextPath() + "/invitation.xhtml?token="
                    + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8);
            invitationExpires = issued.expiresAt().toString().replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC");
        } catch (InvalidInputException | NotPermittedException e) {
            Texts.refusal("members-invite:roles", e);
        }
    }

    /** The roles an admin may offer: platform admin only for platform admins. */
    public List<Role> getOfferedRoles() {
        List<Role> roles = new ArrayList<>(List.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ORG_ADMIN));
        if (caller.reader().isPlatformAdmin()) {
            roles.add(Role.PLATFORM_ADMIN);
        }
        return roles;
    }

    /** For platform admins: the organizations to choose from. */
    public List<OrganizationRef> getOrganizations() {
        if (organizationChoices == null) {
            organizationChoices = caller.reader().isPlatformAdmin() ? organizations.all() : List.of();
        }
        return organizationChoices;
    }

    public boolean isSelf(AccountView member) {
        return caller.reader().accountId().filter(id -> id == member.id()).isPresent();
    }

    public String roleNames(AccountView member) {
        return member.roles().stream().sorted().map(r -> Texts.text("role." + r.name())).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public List<AccountView> getMembers() {
        return members;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public Role[] getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(Role[] inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getInvitationExpires() {
        return invitationExpires;
    }
}
