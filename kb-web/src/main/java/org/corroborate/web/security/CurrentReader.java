package org.corroborate.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.SignedInAccount;

import java.security.Principal;

/**
 * The reader of the current request, handed to every API resource ({@code @Inject Reader reader}); Faces beans,
 * which may live longer than a request, ask this bean for it ({@code @Inject CurrentReader caller},
 * {@code caller.reader()}), so that each request acts as the account signed in now:
 * the anonymous public; a signed-in account (channel WEB); or the account of a personal API token (channel API).
 * Worked out once per request from what {@link AccountAuthentication} established.
 */
@RequestScoped
public class CurrentReader {

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Reader reader;

    @Produces
    public Reader reader() {
        if (reader == null) {
            reader = find();
        }
        return reader;
    }

    private Reader find() {
        if (request.getAttribute(AccountAuthentication.REQUEST_READER) instanceof Reader established) {
            return established;
        }
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Reader.ANONYMOUS;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AccountAuthentication.SESSION_ACCOUNT) instanceof SignedInAccount account
                && account.username().equals(caller.getName())) {
            return account.reader();
        }
        return accounts.activeByUsername(Reader.ANONYMOUS, caller.getName()).map(SignedInAccount::reader).orElse(Reader.ANONYMOUS);
    }

    /** The signed-in account of this request (not for API tokens' details), or null. */
    public SignedInAccount account() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AccountAuthentication.SESSION_ACCOUNT) instanceof SignedInAccount account
                && reader().accountId().filter(id -> id == account.id()).isPresent()) {
            return account;
        }
        return null;
    }
}
