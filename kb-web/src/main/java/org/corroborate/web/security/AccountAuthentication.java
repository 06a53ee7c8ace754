package org.corroborate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.ApiTokens;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.SignedInAccount;
import org.corroborate.web.rest.problem.Problem;

import java.io.IOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How a request says who it comes from, in one place:
 * <ul>
 * <li>{@code Authorization: Bearer cbt_…} — a personal API token, for scripts; no session. An unknown or revoked
 * token is answered 401 with a problem document. Without the header the API reads as the anonymous public.</li>
 * <li>the sign-in form, through {@code SecurityContext.authenticate} with the user name and password, checked by
 * {@link AccountIdentityStore}; the session id is changed then, and the session remembers the account.</li>
 * <li>a session of a signed-in account: the account is checked again on every page request, so that a
 * deactivated member is signed out at once.</li>
 * </ul>
 * A protected page (web.xml) asked for without an account sends the browser to {@code /login.xhtml}, remembering
 * the page to return to; an Ajax request gets a Faces redirect instead of a login page it cannot show.
 */
@ApplicationScoped
public class AccountAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link SignedInAccount}. */
    public static final String SESSION_ACCOUNT = "org.corroborate.account";
    /** The session attribute holding the local address to return to after signing in. */
    public static final String SESSION_CONTINUE = "org.corroborate.continue";
    /** The request attribute holding this request's {@link Reader}. */
    public static final String REQUEST_READER = "org.corroborate.reader";

    private static final String BEARER = "Bearer ";

    /** Writes the 401 problem document (thread-safe, so one serves every request). */

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).strip(), request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof SignedInAccount remembered) {
            Optional<SignedInAccount> current = isResource(request)
                    ? Optional.of(remembered)
                    : accounts.stillActive(Reader.ANONYMOUS, remembered.id());
            if (current.isPresent()) {
                if (!current.get().equals(remembered)) {
                    session.setAttribute(SESSION_ACCOUNT, current.get());
                }
                return login(context, request, current.get().reader(), current.get());
            }
            // deactivated (or removed) since the session began: signed out now
            session.invalidate();
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof AccountPrincipal principal)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInAccount account = principal.account();
        // a new session id at sign-in, so that an id planted before cannot ride on the signed-in session
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_ACCOUNT, account);
        return login(context, request, account.reader(), account);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Optional<SignedInAccount> account = apiTokens.authenticate(Reader.ANONYMOUS, token);
        if (account.isEmpty()) {
            unauthorized(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return login(context, request, account.get().reader().via(Channel.API), account.get());
    }

    private static AuthenticationStatus login(HttpMessageContext context, HttpServletRequest request, Reader reader,
                                              SignedInAccount account) {
        request.setAttribute(REQUEST_READER, reader);
        return context.notifyContainerAboutLogin(account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        HttpSession session = request.getSession(true);
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            session.setAttribute(SESSION_CONTINUE, request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            session.setAttribute(SESSION_CONTINUE, request.getRequestURI());
        }
        String login = request.getContextPath() + "/login.xhtml" + (ended ? "?ended=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                // the browser went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    /**
     * 401 with a problem document, in the caller's language; for a page asked for by a browser, the styled 401 page
     * (WEB-INF/errorpages/401.xhtml) instead.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) {
        if (isPageForBrowser(request)) {
            try {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } catch (IOException e) {
                // the client went away
            }
            return;
        }
        String detail = text(request.getLocale(), "api.token.refused",
                "The API token is unknown, revoked, or belongs to a deactivated account. Create a new one under API tokens.");
        try {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problem.write(response, jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, detail, request.getRequestURI());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away
        }
    }

    private static boolean isPageForBrowser(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return (path.endsWith(".xhtml") || path.equals("/")) && accept != null && accept.contains("text/html");
    }

    private static String text(Locale locale, String key, String fallback) {
        try {
            Locale l = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ROOT;
            return ResourceBundle.getBundle("org.corroborate.web.i18n.accounts", l,
                    AccountAuthentication.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Faces resources (styles, scripts) need no fresh look at the account. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().contains("/jakarta.faces.resource/");
    }
}
