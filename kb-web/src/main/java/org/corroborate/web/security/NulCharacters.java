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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before anything else reads it, a request whose address (path or query string) or form carries the NUL
 * character (U+0000, sent as {@code %00}): no text of the knowledge base may hold it, and PostgreSQL cannot even
 * compare a text with it. The answer is 400 in the caller's language, for the API as a problem document. Text in a
 * JSON or CSV body is refused where it is read: the services' commands are {@code @StorableText}. Declared first in
 * web.xml.
 */
public class NulCharacters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!carriesNul(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = Languages.of(request);
        String detail = Languages.text(locale, "messages", "request.nul");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problem.write(response, Response.Status.BAD_REQUEST, detail, request.getRequestURI());
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(detail.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean carriesNul(HttpServletRequest request) {
        if (carriesNul(request.getRequestURI()) || carriesNul(request.getQueryString())) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (field.getKey().indexOf('\u0000') >= 0
                    || Arrays.stream(field.getValue()).anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a part of the address as sent (still percent-encoded) holds a NUL, encoded or not. */
    static boolean carriesNul(String raw) {
        return raw != null && (raw.contains("%00") || raw.indexOf('\u0000') >= 0);
    }
}
