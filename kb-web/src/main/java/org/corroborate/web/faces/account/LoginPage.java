package org.corroborate.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.SignedInAccount;
import org.corroborate.web.security.AccountAuthentication;

import java.io.IOException;

/**
 * The sign-in form ({@code /login.xhtml}) and sign-out. After signing in, the browser goes back to the page that
 * asked for it, else to the member's starting page. The password is kept only for the request.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private boolean ended;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(withViewToken(faces, continueTo(request)));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Texts.error(null, "login.failed");
        }
    }

    /** Signs out: the container forgets the caller, the session is invalidated. */
    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // signed out below anyway
        }
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/index.xhtml");
    }

    /** A protected view (faces-config) opens only with the session's token; the menu's links carry it, and so does this. */
    private static String withViewToken(FacesContext faces, String path) {
        String viewPath = path.replaceFirst("\\?.*", "").substring(faces.getExternalContext().getRequestContextPath().length());
        boolean isProtected = faces.getApplication().getViewHandler().getProtectedViewsUnmodifiable().contains(viewPath);
        if (!isProtected) {
            return path;
        }
        String token = faces.getRenderKit().getResponseStateManager().getCryptographicallyStrongTokenFromSession(faces);
        return path + (path.contains("?") ? "&" : "?") + ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM + "="
                + token; // already URL-encoded by the runtime
    }

    /** Where to go after signing in: the page that asked (a local address only), else the member's start page. */
    private static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object saved = session.getAttribute(AccountAuthentication.SESSION_CONTINUE);
        session.removeAttribute(AccountAuthentication.SESSION_CONTINUE);
        String base = request.getContextPath();
        if (saved instanceof String path && path.startsWith(base + "/") && !path.startsWith("//")
                && !path.contains("\\") && !path.contains("login.xhtml")) {
            return path;
        }
        SignedInAccount account = (SignedInAccount) session.getAttribute(AccountAuthentication.SESSION_ACCOUNT);
        if (account == null || account.roles().contains(Role.CONTRIBUTOR)) {
            return base + "/contribute/my-items.xhtml";
        }
        if (account.roles().contains(Role.ORG_ADMIN) || account.roles().contains(Role.PLATFORM_ADMIN)) {
            return base + "/admin/members.xhtml";
        }
        return base + "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** True when the page was reached because a session had ended. */
    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }
}
