package org.corroborate.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.corroborate.web.security.CurrentReader;

import org.corroborate.service.access.Role;
import org.corroborate.service.account.AccountView;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.InvitationView;
import org.corroborate.service.account.NewMember;

import org.corroborate.web.faces.support.FormFields;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Accepting an invitation ({@code /invitation.xhtml?token=…}): choose a user name, a name and a password. */
@Named
@ViewScoped
public class InvitationPage implements Serializable, FormFields {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentReader caller;

    private String token;
    private InvitationView invitation;
    private String username;
    private String displayName;
    private String password;
    private String passwordAgain;
    private String createdUsername;

    public void load() {
        invitation = accounts.invitation(caller.reader(), token).orElse(null);
    }

    public void accept() {
        if (!Objects.equals(password, passwordAgain)) {
            Texts.error("invitation:passwordAgain", "invitation.mismatch");
            return;
        }
        try {
            AccountView created = accounts.accept(caller.reader(), token, new NewMember(username, displayName, password));
            createdUsername = created.username();
            invitation = null;
        } finally {
            // a refusal goes on to web.faces.support.Refusals, which shows it on its field
            password = null;
            passwordAgain = null;
        }
    }

    @Override
    public Map<String, String> fieldComponents() {
        return Map.of("member.username", "username", "member.displayName", "displayName", "member.password", "password");
    }

    /** The roles offered, in the page's language, joined by commas. */
    public String getRoleNames() {
        if (invitation == null) {
            return "";
        }
        return invitation.roles().stream().sorted().map(Role::name).map(r -> Texts.text("role." + r))
                .collect(Collectors.joining(", "));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public String getCreatedUsername() {
        return createdUsername;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
