package org.corroborate.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure unless {@code kb.session.secure-cookie} is false
 * (environment {@code KB_SESSION_SECURE_COOKIE=false}), which only a plain-http test or local run should set.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    /**
     * Payara 6 writes the session cookie's SameSite from its own setting ({@code setSameSite(String)}, also
     * {@code cookieSameSite} in payara-web.xml's cookie-properties), not from the Servlet 6 attribute.
     */
    private static void payaraSameSite(SessionCookieConfig cookie) {
        try {
            cookie.getClass().getMethod("setSameSite", String.class).invoke(cookie, "Lax");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "SameSite set through the Servlet attribute only: " + e);
        }
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("kb.session.secure-cookie", Boolean.class).orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        payaraSameSite(cookie);
        if (!secure) {
            LOG.warning("kb.session.secure-cookie is false: the session cookie is sent over plain http too. Use this only for tests and local runs.");
        }
    }
}
