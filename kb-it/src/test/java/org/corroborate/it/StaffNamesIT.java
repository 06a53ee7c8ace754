package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No public page and no public API answer names a member of staff. People working on North Korean human rights may
 * be at risk: public pages name the organization, never the person. The test reads every public page of the demo as
 * an anonymous reader (following the links the pages show, from the home page, in English and Korean) and every public
 * API answer about what those pages show (measures with their comparisons, reconciliations and every published
 * version, claims, sources, organizations, topics, search, the exports and the feed), and fails on any that contains
 * the user name or the display name of a demo account ({@code <org>-contributor}, {@code <org>-editor},
 * {@code <org>-admin}). The demo publishes reconciliations by editors and dissents from them, so a page that named
 * the editor would be found.
 */
@ExtendWith(TestServer.class)
class StaffNamesIT {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final List<String> PUBLIC_PAGES = List.of("/measures/", "/claims/", "/sources", "/organizations/",
            "/topics/", "/methodology", "/measure.xhtml", "/claim.xhtml", "/source.xhtml", "/reconciliation.xhtml",
            "/organization.xhtml", "/topic.xhtml", "/index.xhtml", "/search.xhtml");
    private static final Pattern MEASURE = Pattern.compile("^/measures/([a-z0-9-]+)/?$");
    private static final Pattern CLAIM = Pattern.compile("^/claims/(\\d+)/?$");
    private static final Pattern SOURCE = Pattern.compile("^/sources/(\\d+)/?$");
    private static final Pattern ORGANIZATION = Pattern.compile("^/organizations/([a-z0-9-]+)/?$");
    private static final int MAX_PAGES = 1500;
    /** How many pages are read at once. */
    private static final int WAVE = 4;
    /** A page's query form, its parameter, and the permanent address it is also read at. */
    private static final List<Alias> ALIASES = List.of(new Alias("/measure.xhtml", "slug", "/measures/"),
            new Alias("/claim.xhtml", "id", "/claims/"), new Alias("/source.xhtml", "id", "/sources/"),
            new Alias("/organization.xhtml", "slug", "/organizations/"));

    @TestServer.Base
    URL base;

    @Test
    void noPublicPageNorPublicApiAnswerNamesAMemberOfStaff() {
        Map<String, Pattern> staff = staffNames();
        Map<String, String> answers = new LinkedHashMap<>();

        // the pages, as a reader follows their links
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/methodology", "/sources", "/search.xhtml?q=prison",
                "/search.xhtml?q=" + URLEncoder.encode("탈북", StandardCharsets.UTF_8)));
        Set<String> seen = new LinkedHashSet<>(queue);
        Set<String> measures = new LinkedHashSet<>();
        Set<String> claims = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        // read a wave of pages at a time, a few at once (the server has more than one core), in the order found
        while (!queue.isEmpty() && answers.size() < MAX_PAGES) {
            List<String> wave = new ArrayList<>();
            while (!queue.isEmpty() && wave.size() < WAVE) {
                wave.add(queue.poll());
            }
            List<HttpResponse<String>> responses = readAll(wave, "text/html");
            for (int i = 0; i < wave.size(); i++) {
                String path = wave.get(i);
                HttpResponse<String> response = responses.get(i);
                if (response.statusCode() != 200) {
                    continue;
                }
                answers.put(path, response.body());
                collect(path, MEASURE, measures);
                collect(path, CLAIM, claims);
                collect(path, SOURCE, sources);
                collect(path, ORGANIZATION, organizations);
                Matcher links = HREF.matcher(response.body());
                while (links.find()) {
                    String link = canonical(links.group(1).replace("&amp;", "&"));
                    if (PUBLIC_PAGES.stream().anyMatch(link::startsWith) && !link.contains("lang=") && seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
        }
        assertTrue(queue.isEmpty(), "every public page was read, at most " + MAX_PAGES);
        // the same pages in Korean for the measures and their reconciliations
        int pages = answers.size();
        List<String> korean = answers.keySet().stream()
                .filter(path -> path.startsWith("/measures/") || path.startsWith("/reconciliation.xhtml") || path.equals("/"))
                .map(path -> path + (path.contains("?") ? "&" : "?") + "lang=ko").toList();
        List<HttpResponse<String>> koreanPages = readAll(korean, "text/html");
        for (int i = 0; i < korean.size(); i++) {
            answers.put(korean.get(i), koreanPages.get(i).body());
        }

        // the read API and the open data about what the pages show
        List<String> api = new ArrayList<>(List.of("/api/v1/home", "/api/v1/measures?limit=100", "/api/v1/organizations",
                "/api/v1/topics", "/api/v1/reconciliations/latest", "/api/v1/sources?limit=100",
                "/api/v1/search?q=prison", "/api/v1/feed.atom", "/api/v1/exports/claims.csv",
                "/api/v1/exports/dump.json", "/api/v1/exports/sources.csl.json"));
        for (String slug : measures) {
            api.add("/api/v1/measures/" + slug + "/comparisons");
            HttpResponse<String> reconciliation = Http.get(base, "/api/v1/measures/" + slug + "/reconciliation",
                    "application/json");
            answers.put("/api/v1/measures/" + slug + "/reconciliation", reconciliation.body());
            if (reconciliation.statusCode() == 200) {
                JsonValue history = Http.json(reconciliation).get("history");
                if (history instanceof JsonArray versions) {
                    for (JsonObject v : versions.getValuesAs(JsonObject.class)) {
                        api.add("/api/v1/measures/" + slug + "/reconciliation/versions/" + v.getInt("number"));
                    }
                }
            }
        }
        for (String id : claims) {
            api.add("/api/v1/claims/" + id);
            api.add("/api/v1/claims/" + id + "/comparisons");
        }
        for (String id : sources) {
            api.add("/api/v1/sources/" + id);
            api.add("/api/v1/sources/" + id + "/claims");
        }
        for (String slug : organizations) {
            api.add("/api/v1/organizations/" + slug);
            api.add("/api/v1/organizations/" + slug + "/claims");
        }
        List<HttpResponse<String>> apiAnswers = readAll(api, "*/*");
        for (int i = 0; i < api.size(); i++) {
            String path = api.get(i);
            HttpResponse<String> response = apiAnswers.get(i);
            // a source held in confidence is a stub: its page answers, the list of its claims does not
            assertTrue(response.statusCode() == 200 || path.matches("/api/v1/sources/\\d+/claims")
                    && response.statusCode() == 404, path + " answered " + response.statusCode());
            answers.put(path, response.body());
        }

        assertTrue(answers.keySet().stream().anyMatch(p -> p.startsWith("/reconciliation.xhtml")),
                "the published reconciliation versions' pages were read: " + answers.keySet());
        assertTrue(answers.keySet().stream().anyMatch(p -> p.matches("/api/v1/measures/.*/reconciliation/versions/\\d+")),
                "the published versions were read through the API");
        assertTrue(measures.contains("political-prisoners") && !claims.isEmpty() && !sources.isEmpty()
                && organizations.contains("hrnk"), "the crawl reached measures, claims, sources and organizations");

        List<String> found = new ArrayList<>();
        answers.forEach((path, body) -> staff.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(body);
            if (m.find()) {
                found.add(path + " names \"" + name + "\": …"
                        + body.substring(Math.max(0, m.start() - 80), Math.min(body.length(), m.end() + 40)) + "…");
            }
        }));
        System.out.printf(Locale.ROOT, "[staff-names] %d public pages and API answers read (%d pages, %d in Korean, %d API"
                + " answers), %d staff names looked for%n", answers.size(), pages, korean.size(), api.size(), staff.size());
        assertTrue(found.isEmpty(), found.size() + " public answers name a member of staff:\n" + String.join("\n", found));
    }

    /** Every demo account's user name and display name, as a pattern that finds it as a word of its own. */
    private Map<String, Pattern> staffNames() {
        Map<String, Pattern> names = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(
                Http.get(base, "/api/v1/organizations", "application/json").body()))) {
            for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
                String slug = o.getString("slug");
                String shortName = o.get("shortName") instanceof jakarta.json.JsonString text ? text.getString() : null;
                String display = shortName != null && !shortName.isBlank() ? shortName : o.getString("name");
                for (String kind : List.of("contributor", "editor", "admin")) {
                    names.put(slug + "-" + kind, word(slug + "-" + kind));
                    names.put(display + " " + kind, word(display + " " + kind));
                }
            }
        }
        assertTrue(names.containsKey("hrnk-editor"), "the demo organizations' accounts: " + names.keySet());
        return names;
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The address a reader's link names, in its one permanent form: {@code /measure.xhtml?slug=x} is the page
     * {@code /measures/x} shows (the permalink forwards to it), and is read once.
     */
    private static String canonical(String link) {
        for (Alias alias : ALIASES) {
            Matcher m = alias.query().matcher(link);
            if (m.matches()) {
                return alias.permanent() + m.group(1);
            }
        }
        return link.equals("/index.xhtml") ? "/" : link;
    }

    /** The answers to these paths, in their order, read {@value #WAVE} at a time. */
    private List<HttpResponse<String>> readAll(List<String> paths, String accept) {
        ExecutorService readers = Executors.newFixedThreadPool(WAVE);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (String path : paths) {
                pending.add(readers.submit(() -> Http.get(base, path, accept)));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("reading " + paths, e);
        } finally {
            readers.shutdownNow();
        }
    }

    private record Alias(Pattern query, String permanent) {
        Alias(String page, String parameter, String permanent) {
            this(Pattern.compile(Pattern.quote(page) + "\\?" + parameter + "=([^&]+)"), permanent);
        }
    }

    private static void collect(String path, Pattern pattern, Set<String> into) {
        Matcher m = pattern.matcher(path);
        if (m.matches()) {
            into.add(m.group(1));
        }
    }
}
