package org.corroborate.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.problem.Problem;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before anything reads it, a request the application cannot serve and the container would answer with a
 * 5xx (found by FuzzIT), as a 4xx problem document in the caller's language:
 * <ul>
 *     <li><b>a method nothing here answers</b> ({@code PROPFIND}, {@code FOO}, or {@code PUT}, {@code PATCH},
 *     {@code CONNECT} outside the API): 405 with {@code Allow}, where the servlets answered 501 or a page answered as
 *     if it were a GET. The API ({@code /api/}) keeps the methods of HTTP, and JAX-RS answers 405 for the ones a
 *     resource lacks;</li>
 *     <li><b>a form or a multipart body the container cannot read</b> (a multipart type without a boundary, a body
 *     that ends before its last part): 400, where reading its fields threw a 500;</li>
 *     <li><b>a form or a multipart body over the container's limits</b> (the http listener's maximum post size for a
 *     form, 2 MiB by default; web.xml's {@code multipart-config} for uploads): 413.</li>
 * </ul>
 * And an {@code If-Modified-Since} or {@code If-Unmodified-Since} that is no date is ignored, as RFC 9110 asks, where
 * Faces' resources answered it with a 500.
 * A body is read here only where the container would read it first anyway (a form's fields, a multipart's parts);
 * every other body is left to the resource it is sent to. Declared in web.xml after {@link SameOriginAndHeaders},
 * before {@link NulCharacters}, which reads a form's fields.
 */
public class UnservableRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The methods of HTTP (RFC 9110, and PATCH), which the API's resources answer or refuse with 405 themselves. */
    private static final Set<String> API_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE");
    /** The methods pages, files and Payara's endpoints answer. */
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final String PAGE_ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String method = request.getMethod();
        if (!(api ? API_METHODS : PAGE_METHODS).contains(method)) {
            if (!api) {
                response.setHeader("Allow", PAGE_ALLOW);
            }
            refuse(request, response, Response.Status.METHOD_NOT_ALLOWED, "request.method", method);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT).trim();
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        boolean multipart = type.startsWith("multipart/");
        if (form || multipart) {
            if (multipart && !hasBoundary(type)) {
                refuse(request, response, Response.Status.BAD_REQUEST, "request.multipart");
                return;
            }
            try {
                request.getParameterMap(); // the container reads the fields and parts once, and keeps them
            } catch (Exception unreadable) { // the container throws its checked exceptions unchecked here
                if (exceedsALimit(unreadable)) {
                    refuse(request, response, Response.Status.REQUEST_ENTITY_TOO_LARGE, "request.formTooLarge");
                } else {
                    refuse(request, response, Response.Status.BAD_REQUEST, "request.multipart");
                }
                return;
            }
        }
        chain.doFilter(invalidDate(request, "If-Modified-Since") || invalidDate(request, "If-Unmodified-Since")
                ? new WithoutInvalidDates(request) : request, response);
    }

    /** Whether the request has this date header with a value that is no date. */
    private static boolean invalidDate(HttpServletRequest request, String header) {
        try {
            request.getDateHeader(header);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The request with its date headers that are no dates ignored, as RFC 9110 (13.1.3, 13.1.4) asks of a recipient:
     * the servlet API throws for them, and Faces' resource handler lets that through as a 500.
     */
    private static final class WithoutInvalidDates extends HttpServletRequestWrapper {

        WithoutInvalidDates(HttpServletRequest request) {
            super(request);
        }

        @Override
        public long getDateHeader(String name) {
            try {
                return super.getDateHeader(name);
            } catch (IllegalArgumentException noDate) {
                return -1;
            }
        }

        @Override
        public String getHeader(String name) {
            return valid(name) ? super.getHeader(name) : null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return valid(name) ? super.getHeaders(name) : Collections.emptyEnumeration();
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(this::valid).toList());
        }

        private boolean valid(String name) {
            return !(name.equalsIgnoreCase("If-Modified-Since") || name.equalsIgnoreCase("If-Unmodified-Since"))
                    || !invalidDate((HttpServletRequest) getRequest(), name);
        }
    }

    /** Whether a multipart content type names a boundary that is not empty. */
    static boolean hasBoundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals("boundary")) {
                String boundary = pair[1].trim();
                if (boundary.startsWith("\"") && boundary.endsWith("\"") && boundary.length() >= 2) {
                    boundary = boundary.substring(1, boundary.length() - 1);
                }
                return !boundary.isEmpty();
            }
        }
        return false;
    }

    /**
     * Whether the body could not be read because it is larger than the container allows: Grizzly refuses a form over
     * its maximum post size with an {@code IllegalStateException} ("Post too large"); Payara's multipart reader
     * refuses an upload over web.xml's limits with a {@code SizeException} (a file) or a {@code ServletException}
     * saying the request's size exceeds the maximum.
     */
    static boolean exceedsALimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof IllegalStateException || t.getClass().getSimpleName().contains("Size")
                    || message.contains("too large") || message.contains("exceeds")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Response.Status status,
                               String key, Object... args) throws IOException {
        response.setHeader("Connection", "close"); // what is left of the body is not read
        Problem.write(response, status, Languages.text(Languages.of(request), "messages", key, args), request.getRequestURI());
    }
}
