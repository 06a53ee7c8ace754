package org.corroborate.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.ws.rs.core.Response;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.problem.Problem;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The first filter of every request (web.xml).
 * <ul>
 *     <li><b>Security headers on every answer</b>, kept pages and errors included: no MIME sniffing, no framing by
 *     other sites, no referrer beyond this site's origin, forms and base addresses of this site only, no plugins;
 *     HSTS when the request came over https.</li>
 *     <li><b>Writes carried by a browser's cookie must come from this site.</b> A POST, PUT, PATCH or DELETE that sends
 *     a cookie and no personal API token, with an {@code Origin} (or, without one, a {@code Referer}) naming another
 *     site than the one addressed (its {@code Host}), answers 403 and reaches nothing: a page elsewhere cannot make a
 *     signed-in member's browser change anything. Scripts with an API token, which no other site can send, are not
 *     affected; a client that names no origin at all (not a browser) is not refused.</li>
 * </ul>
 */
public class SameOriginAndHeaders extends HttpFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String POLICY = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (crossSiteCookieWrite(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSiteCookieWrite(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod()) || request.getHeader("Cookie") == null) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        return from != null && !sameSite(from, request.getHeader("Host"));
    }

    /** Whether {@code from} (an origin or a referring address) names the host and port this request addressed. */
    static boolean sameSite(String from, String host) {
        if (host == null || "null".equals(from)) {
            return false;
        }
        try {
            URI uri = URI.create(from.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            String named = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String addressed = host.toLowerCase(Locale.ROOT).strip();
            return named.equals(addressed.contains(":") && !addressed.endsWith("]") ? addressed : addressed + ":" + port);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem.write(response, Response.Status.FORBIDDEN,
                Languages.text(Languages.of(request), "messages", "request.crossSite"), request.getRequestURI());
    }
}
