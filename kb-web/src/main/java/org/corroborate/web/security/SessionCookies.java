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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("kb.session.secure-cookie", Boolean.class).orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        if (!secure) {
            LOG.warning("kb.session.secure-cookie is false: the session cookie is sent over plain http too. Use this only for tests and local runs.");
        }
    }
}
