package org.corroborate.web.freshness;

import jakarta.servlet.http.HttpServletRequest;
import org.corroborate.service.freshness.Freshness;
import org.corroborate.web.faces.support.LocaleSelection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An anonymous reader's GET of a public page or of the read API: what its answer depends on.
 *
 * @param key      the answer's identity in the cache: address, query, and the language and format it is in
 * @param tags     the entries it shows, for {@link Freshness}
 * @param storable whether its rendering may be kept (search answers follow the index, which is updated a moment
 *                 after the commit, so they are revalidated but not kept)
 * @param vary     the request headers that choose between answers at the same address
 */
public record PublicRequest(String key, Set<String> tags, boolean storable, String vary) {

    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/measure.xhtml", "/claim.xhtml",
            "/source.xhtml", "/reconciliation.xhtml", "/topic.xhtml", "/organization.xhtml", "/sources.xhtml", "/sources",
            "/search.xhtml");
    private static final List<String> PERMALINKS = List.of("/measures/", "/claims/", "/sources/", "/organizations/",
            "/topics/");
    private static final String API = "/api/v1/";
    private static final Set<String> UNCACHED_API = Set.of("/api/v1/search/index", "/api/v1/pages");

    private static final Pattern MEASURE = Pattern.compile("(?:/api/v1)?/measures/([a-z0-9-]{1,120})(?:/.*)?");
    private static final Pattern CLAIM = Pattern.compile("(?:/api/v1)?/claims/(\\d{1,18})(?:/.*)?");
    private static final Pattern SOURCE = Pattern.compile("(?:/api/v1)?/sources/(\\d{1,18})(?:/.*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** The request as a public read, or empty when it is not one (signed in, not a GET, not a public address). */
    public static Optional<PublicRequest> of(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith(API);
        boolean page = PAGES.contains(path) || PERMALINKS.stream().anyMatch(path::startsWith);
        if (!(api || page) || UNCACHED_API.contains(path)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        String origin = originOf(request);
        String address = path + (query == null ? "" : "?" + query);
        String key = api ? origin + address + "|" + header(request, "Accept") + "|" + header(request, "Accept-Language")
                : pageKey(origin, address, LocaleSelection.of(request));
        boolean search = path.equals("/search.xhtml") || path.startsWith(API + "search");
        return Optional.of(new PublicRequest(key, Set.of(entry(path, request), Freshness.EVERYTHING), !search,
                api ? "Accept, Accept-Language" : "Accept-Language, Cookie"));
    }

    /**
     * The site's address as this request names it, {@code scheme://host:port}, from its Host header (or its absolute
     * URL): part of the key of its answer, since pages link from it. The sender chooses it, so it only ever picks
     * among kept answers, never where a request is sent ({@link PageWarmer} takes that from configuration or the
     * socket).
     */
    private static String originOf(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** The key of a page (not an API answer) at this address (path and query) of the site, in this language. */
    static String pageKey(String origin, String address, String language) {
        return origin + address + "|" + language;
    }

    /** The tags of the page at this permalink, as {@link #of} gives them for a reader's request. */
    static Set<String> tagsOf(String permalink) {
        return Set.of(entry(permalink, null), Freshness.EVERYTHING);
    }

    /**
     * The tag of the one entry the address shows, or {@link Freshness#LISTINGS} for pages of many; without a request,
     * from the path alone.
     */
    static String entry(String path, HttpServletRequest request) {
        Matcher m;
        if ((m = MEASURE.matcher(path)).matches()) {
            return Freshness.measure(m.group(1));
        }
        if ((m = CLAIM.matcher(path)).matches()) {
            return Freshness.claim(Long.parseLong(m.group(1)));
        }
        if ((m = SOURCE.matcher(path)).matches()) {
            return Freshness.source(Long.parseLong(m.group(1)));
        }
        if (request == null) {
            return Freshness.LISTINGS;
        }
        String param = switch (path) {
            case "/measure.xhtml" -> request.getParameter("slug");
            case "/reconciliation.xhtml" -> request.getParameter("measure");
            default -> null;
        };
        if (param != null) {
            return Freshness.measure(param);
        }
        String id = switch (path) {
            case "/claim.xhtml", "/source.xhtml" -> request.getParameter("id");
            default -> null;
        };
        if (id != null && DIGITS.matcher(id).matches()) {
            return path.equals("/claim.xhtml") ? Freshness.claim(Long.parseLong(id)) : Freshness.source(Long.parseLong(id));
        }
        return Freshness.LISTINGS;
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }
}
