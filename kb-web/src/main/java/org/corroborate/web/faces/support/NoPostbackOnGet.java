package org.corroborate.web.faces.support;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GET or HEAD of a page is never a postback: every form of the pages posts. Faces takes any request carrying
 * {@code jakarta.faces.ViewState} for one and tries to restore a view that was never rendered (a
 * ViewExpiredException: a 500), so on a GET the parameter is kept from Faces and the page answers as without it.
 * Mapped to the Faces servlet in web.xml, for requests, forwards (the permalinks) and error pages.
 */
public class NoPostbackOnGet extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VIEW_STATE = ResponseStateManager.VIEW_STATE_PARAM;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        chain.doFilter(read && request.getParameterMap().containsKey(VIEW_STATE) ? new WithoutViewState(request) : request,
                response);
    }

    /** The request as Faces sees it: without the view state parameter. */
    private static final class WithoutViewState extends HttpServletRequestWrapper {

        WithoutViewState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.remove(VIEW_STATE);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
