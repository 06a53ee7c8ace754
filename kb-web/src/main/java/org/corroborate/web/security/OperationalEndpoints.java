package org.corroborate.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import org.corroborate.service.access.Role;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.problem.Problem;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Payara Micro's operational endpoints, for platform admins only.
 *
 * <p>Payara registers its MicroProfile endpoints ({@code /metrics}, {@code /health}, {@code /openapi}) as servlets
 * <em>inside the application deployed at the context root</em>, which is this WAR; so this filter, mapped in
 * web.xml to the same addresses, sees every request that reaches them, after the application's own authentication
 * (session or {@code Authorization: Bearer}) has run:
 * <ul>
 *     <li>a platform admin gets them as Payara writes them;</li>
 *     <li>{@code /health} and its probes ({@code /health/ready}, {@code /live}, {@code /started}) answer anyone with
 *     the status alone, {@code {"status":"UP"}} (200) or {@code {"status":"DOWN"}} (503), as a load balancer needs
 *     it: no check names, no data;</li>
 *     <li>anything else there answers 401 without an account (with {@code WWW-Authenticate: Bearer}) and 403 to
 *     a member who is no platform admin, as a problem document in the caller's language.</li>
 * </ul>
 * (Jersey's WADL, the other description of the API, is switched off: see {@code RestApplication}.) Why this and not
 * Payara's own settings: docs/operations.md, "Operational endpoints".
 */
public class OperationalEndpoints extends HttpFilter {

    /** The servlet path of Payara's health endpoint (its {@code endpoint} setting, by default {@code health}). */
    static final String HEALTH = "/health";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.PLATFORM_ADMIN.name())) {
            chain.doFilter(request, response);
        } else if (HEALTH.equals(request.getServletPath())) {
            statusOnly(request, response, chain);
        } else if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            Problem.write(response, Response.Status.UNAUTHORIZED,
                    Languages.text(Languages.of(request), "messages", "operations.signIn"), request.getRequestURI());
        } else {
            Problem.write(response, Response.Status.FORBIDDEN,
                    Languages.text(Languages.of(request), "messages", "operations.adminOnly"), request.getRequestURI());
        }
    }

    /** Lets Payara work out the status (every check of the group), and sends that status alone. */
    private static void statusOnly(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Swallowed swallowed = new Swallowed(response);
        chain.doFilter(request, swallowed);
        if (response.isCommitted()) {
            return; // nothing of the details was written: Swallowed passes no byte through
        }
        boolean up = swallowed.getStatus() == HttpServletResponse.SC_OK;
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A response whose status and headers pass through, and whose body (and its length) goes nowhere. */
    private static final class Swallowed extends HttpServletResponseWrapper {

        private final ServletOutputStream sink = new ServletOutputStream() {
            @Override
            public void write(int b) {
                // the details stay here
            }

            @Override
            public void write(byte[] b, int off, int len) {
                // the details stay here
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        private PrintWriter writer;

        Swallowed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return sink;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the body sent is another one
        }

        @Override
        public void setContentLengthLong(long length) {
            // the body sent is another one
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() {
            // nothing is committed before the status alone is written
        }
    }
}
