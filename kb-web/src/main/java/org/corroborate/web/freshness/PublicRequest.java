package org.corroborate.web.freshness;

import jakarta.servlet.http.HttpServletRequest;
import org.corroborate.service.freshness.Freshness;
import org.corroborate.web.faces.support.LocaleSelection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An anonymous reader's GET of a public page or of the read API: what its answer depends on.
 *
 * @param entry     the tag of the one entry it shows, or {@link Freshness#LISTINGS} for pages of many
 * @param variant   everything besides the entries that chooses its bytes: address, language, format
 * @param search    whether it is a search answer (never kept by the front: it follows the index)
 * @param vary      the request headers that choose between answers at the same address
 * @param canonical the canonical address (path and query) when the request's is not it: unknown query parameters
 *                  dropped, a repeated one given once; empty when the request's address is canonical
 */
public record PublicRequest(String entry, String variant, boolean search, String vary, Optional<String> canonical) {

    private static final String API = "/api/v1/";
    private static final Set<String> UNCACHED_API = Set.of("/api/v1/search/index");
    private static final Set<String> LANG = Set.of("lang");
    /** The query parameters each public page reads (its f:viewParams, and ?lang on all of them). */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/", LANG), Map.entry("/index.xhtml", LANG),
            Map.entry("/measure.xhtml", Set.of("slug", "lang")),
            Map.entry("/claim.xhtml", Set.of("id", "style", "lang")),
            Map.entry("/source.xhtml", Set.of("id", "lang")),
            Map.entry("/reconciliation.xhtml", Set.of("measure", "v", "lang")),
            Map.entry("/topic.xhtml", Set.of("name", "page", "lang")),
            Map.entry("/organization.xhtml", Set.of("slug", "claims", "sources", "lang")),
            Map.entry("/sources.xhtml", Set.of("kind", "organization", "page", "lang")),
            Map.entry("/sources", Set.of("kind", "organization", "page", "lang")),
            Map.entry("/search.xhtml", Set.of("q", "type", "topic", "organization", "year", "kind", "status", "offset",
                    "lang")));
    /** The permalinks (forwarded to the pages above) and the parameters they keep. */
    private static final Map<String, Set<String>> PERMALINKS = Map.of(
            "/measures/", LANG, "/claims/", Set.of("style", "lang"), "/sources/", LANG,
            "/organizations/", Set.of("claims", "sources", "lang"), "/topics/", Set.of("page", "lang"));
    /** Every query parameter of the read API's GETs (its @QueryParams). */
    private static final Set<String> API_PARAMETERS = Set.of("limit", "offset", "q", "type", "topic", "organization",
            "year", "kind", "status", "level", "verifiedOnly", "confidentiality", "measure", "othersOnly", "entityType",
            "entityId");

    private static final Pattern MEASURE = Pattern.compile("(?:/api/v1)?/measures/([a-z0-9-]{1,120})(?:/.*)?");
    private static final Pattern CLAIM = Pattern.compile("(?:/api/v1)?/claims/(\\d{1,18})(?:/.*)?");
    private static final Pattern SOURCE = Pattern.compile("(?:/api/v1)?/sources/(\\d{1,18})(?:/.*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** The request as a public read, or empty when it is not one (not a GET, not a public address). */
    public static Optional<PublicRequest> of(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith(API);
        Set<String> known = api ? API_PARAMETERS : PAGES.get(path);
        if (known == null) {
            known = PERMALINKS.entrySet().stream().filter(p -> path.startsWith(p.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (known == null || UNCACHED_API.contains(path)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        Optional<String> canonical = canonicalQuery(query, known)
                .map(q -> request.getContextPath() + path + (q.isEmpty() ? "" : "?" + q));
        String address = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + path
                + (query == null ? "" : "?" + query);
        String variant = api ? address + "|" + header(request, "Accept") + "|" + header(request, "Accept-Language")
                : address + "|" + LocaleSelection.of(request);
        boolean search = path.equals("/search.xhtml") || path.startsWith(API + "search");
        return Optional.of(new PublicRequest(entry(path, request), variant, search,
                api ? "Accept, Accept-Language" : "Accept-Language, Cookie", canonical));
    }

    /**
     * The canonical form of a query string, when it differs from it: the known parameters in the order given, each
     * once (the first value), nothing else. Empty when the query is canonical already.
     */
    static Optional<String> canonicalQuery(String query, Set<String> known) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        boolean changed = false;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name == null || !known.contains(name) || kept.containsKey(name)) {
                changed = true;
                continue;
            }
            kept.put(name, pair);
        }
        return changed ? Optional.of(String.join("&", kept.values())) : Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // malformed escapes: not a parameter any page reads
        }
    }

    /** The entries shown: the one entry and everything ({@link Freshness#EVERYTHING} is part of every answer). */
    public Set<String> tags() {
        return Set.of(entry, Freshness.EVERYTHING);
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
