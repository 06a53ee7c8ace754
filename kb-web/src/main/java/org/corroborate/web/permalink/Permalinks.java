package org.corroborate.web.permalink;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable permalinks for what readers cite: {@code /measures/nk-population}, {@code /claims/12},
 * {@code /sources/7}, {@code /measures/nk-population/reconciliation/2}, {@code /organizations/hrnk},
 * {@code /topics/Prison%20camps}, the list of public sources, {@code /sources}, and how figures are judged,
 * {@code /methodology}. Each is forwarded to its page, which keeps the address in the browser.
 */
@WebFilter(urlPatterns = {"/measures/*", "/claims/*", "/sources/*", "/organizations/*", "/topics/*", "/methodology",
        "/methodology/"})
public class Permalinks extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private record Route(Pattern pattern, String page, List<String> params) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/measures/([a-z0-9-]{1,120})/reconciliation/(\\d{1,6})/?"),
                    "/reconciliation.xhtml", List.of("measure", "v")),
            new Route(Pattern.compile("/measures/([a-z0-9-]{1,120})/?"), "/measure.xhtml", List.of("slug")),
            new Route(Pattern.compile("/claims/(\\d{1,18})/?"), "/claim.xhtml", List.of("id")),
            new Route(Pattern.compile("/sources/(\\d{1,18})/?"), "/source.xhtml", List.of("id")),
            new Route(Pattern.compile("/sources/?"), "/sources.xhtml", List.of()),
            new Route(Pattern.compile("/methodology/?"), "/methodology.xhtml", List.of()),
            new Route(Pattern.compile("/organizations/([a-z0-9-]{1,120})/?"), "/organization.xhtml", List.of("slug")),
            new Route(Pattern.compile("/topics/([^/]{1,200})/?"), "/topic.xhtml", List.of("name")));

    /** The page and query a permalink stands for, or empty when the path is no permalink. */
    static Optional<String> target(String path) {
        for (Route r : ROUTES) {
            Matcher m = r.pattern().matcher(path);
            if (m.matches()) {
                StringBuilder target = new StringBuilder(r.page());
                for (int i = 0; i < r.params().size(); i++) {
                    target.append(i == 0 ? '?' : '&').append(r.params().get(i)).append('=')
                            .append(URLEncoder.encode(URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8),
                                    StandardCharsets.UTF_8));
                }
                return Optional.of(target.toString());
            }
        }
        return Optional.empty();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = target(path);
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        String to = target.get() + (query == null ? "" : (target.get().contains("?") ? "&" : "?") + query);
        request.getRequestDispatcher(to).forward(request, response);
    }
}
