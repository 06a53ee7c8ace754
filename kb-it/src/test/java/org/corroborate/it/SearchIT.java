package org.corroborate.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search as readers and scripts use it, on the demo knowledge base: English and Korean words, numbers with or
 * without thousands separators, typos, facets, snippets, paging, bad input, the search page in both languages;
 * the index following commits (a claim becomes findable when it is verified, never before), confidential
 * sources never found, the index kept in the server's data directory with the position of the last change it holds,
 * and the rebuild only for platform admins.
 */
@ExtendWith(TestServer.class)
class SearchIT {

    private static final String ADMIN = "admin";
    private static final String HRNK = "Committee for Human Rights in North Korea";
    /** The measure the new claims are about: this class's own, created by the first test that runs. */
    private static String measure;
    private static final Pattern MARKED = Pattern.compile("<mark>([^<]*)</mark>");

    @TestServer.Base
    URL base;

    private Contributions members;

    @BeforeEach
    void indexReady() {
        members = new Contributions(base);
        if (measure == null) {
            measure = members.measure("hrnk-contributor", "hrnk", "North Koreans working abroad for the state");
        }
        awaitIndex();
    }

    // ---------------------------------------------------------------- languages, numbers, typos

    @Test
    void findsMeasuresByTheirEnglishWordsAndTheirKoreanNames() {
        assertTrue(paths(search("q=" + enc("defectors in South Korea"))).subList(0, 5).contains("measures/defectors-in-south-korea"),
                "the defectors measure is among the first five hits");

        List<String> defectors = paths(search("q=" + enc("탈북민")));
        assertTrue(defectors.contains("measures/defectors-in-south-korea"), defectors.toString());
        assertTrue(defectors.contains("measures/defector-arrivals-south-korea"), defectors.toString());
        assertFalse(defectors.contains("measures/political-prisoners"), "탈북민 are not prisoners: " + defectors);

        JsonObject camps = search("q=" + enc("정치범수용소"));
        List<String> campPaths = paths(camps);
        assertTrue(campPaths.contains("measures/political-prisoners"), campPaths.toString());
        assertTrue(campPaths.contains("measures/political-prison-camps"), campPaths.toString());
        assertFalse(campPaths.contains("measures/defectors-in-south-korea"), campPaths.toString());
        assertTrue(hits(camps).stream().allMatch(h -> snippet(h).contains("<mark>")), "Korean hits are highlighted");
    }

    @Test
    void aNumberMatchesWithOrWithoutItsThousandsSeparator() {
        JsonObject separated = search("q=120%2C000&limit=100");
        JsonObject plain = search("q=120000&limit=100");
        assertTrue(separated.getInt("total") >= 3, "the camp figures: " + separated.getInt("total"));
        assertEquals(separated.getInt("total"), plain.getInt("total"));
        assertEquals(new HashSet<>(keys(separated)), new HashSet<>(keys(plain)));
        List<String> phrases = titles(separated);
        assertTrue(phrases.stream().anyMatch(t -> t.startsWith("up to 120,000")), phrases.toString());
        assertTrue(phrases.stream().anyMatch(t -> t.startsWith("between 80,000 and 120,000")), phrases.toString());
        for (JsonObject hit : hits(plain)) {
            assertTrue(marked(hit).contains("120,000") || marked(hit).contains("120000"),
                    "the number is highlighted as written: " + snippet(hit));
        }
    }

    @Test
    void smallTyposFindWhatTheCorrectSpellingFinds() {
        List<String> misspelt = paths(search("q=defecters&limit=100"));
        assertTrue(misspelt.contains("measures/defectors-in-south-korea"), misspelt.toString());
        List<String> spelt = paths(search("q=defectors&limit=100"));
        assertTrue(misspelt.containsAll(spelt.subList(0, Math.min(5, spelt.size()))),
                "the best hits for 'defectors' are found with 'defecters' too: " + spelt + " / " + misspelt);

        List<String> campz = paths(search("q=" + enc("prison campz") + "&limit=100"));
        assertTrue(campz.contains("measures/political-prisoners"), campz.toString());
        assertTrue(campz.contains("measures/political-prison-camps"), campz.toString());

        assertEquals(0, search("q=" + enc("qzxv prison")).getInt("total"), "a word far from every entry matches nothing");
    }

    // ---------------------------------------------------------------- facets, snippets, paging

    @Test
    void eachFacetNarrowsTheHitsToItsCountAndEveryHitCarriesItsValue() {
        String q = "q=" + enc("prison camps");
        JsonObject all = search(q + "&limit=100");
        int total = all.getInt("total");
        assertTrue(total > 5, "enough hits to narrow: " + total);
        JsonObject facets = all.getJsonObject("facets");
        for (String dim : List.of("type", "topic", "organization", "year", "kind", "status")) {
            assertFalse(facets.getJsonArray(dim).isEmpty(), "facet " + dim + " has values: " + facets);
        }
        assertTrue(values(facets, "type").containsAll(List.of("claim", "measure", "source")), facets.toString());

        for (String dim : List.of("type", "topic", "organization", "year", "kind", "status")) {
            for (JsonObject value : facets.getJsonArray(dim).getValuesAs(JsonObject.class).subList(0,
                    Math.min(2, facets.getJsonArray(dim).size()))) {
                String chosen = value.getString("value");
                int count = value.getInt("count");
                JsonObject narrowed = search(q + "&" + dim + "=" + enc(chosen) + "&limit=100");
                String what = dim + "=" + chosen;
                assertEquals(count, narrowed.getInt("total"), what + ": the facet said how many");
                assertTrue(count <= total, what);
                assertEquals(count, hits(narrowed).size(), what);
                assertTrue(values(narrowed.getJsonObject("facets"), dim).contains(chosen), what);
                assertEquals(count, countOf(narrowed.getJsonObject("facets"), dim, chosen),
                        what + ": every hit carries the value");
                for (JsonObject hit : hits(narrowed)) {
                    switch (dim) {
                        case "type" -> assertEquals(chosen, hit.getString("type"), what);
                        case "organization" -> assertTrue(hit.getJsonArray("organizations").getValuesAs(JsonString.class)
                                .stream().map(JsonString::getString).anyMatch(chosen::equals), what + " " + hit);
                        case "year" -> assertEquals(Integer.parseInt(chosen), hit.getInt("year"), what);
                        default -> { // topic, kind, status: checked through the narrowed facet counts above
                        }
                    }
                }
            }
        }

        // two facets narrow further, to the count the first narrowing gave for the second
        JsonObject byOrganization = search(q + "&organization=" + enc(HRNK) + "&limit=100");
        JsonObject yearValue = byOrganization.getJsonObject("facets").getJsonArray("year").getJsonObject(0);
        JsonObject both = search(q + "&organization=" + enc(HRNK) + "&year=" + yearValue.getString("value") + "&limit=100");
        assertEquals(yearValue.getInt("count"), both.getInt("total"));
        assertTrue(both.getInt("total") <= byOrganization.getInt("total"));
        assertEquals(0, search(q + "&type=source&status=verified").getInt("total"), "sources are never 'verified'");
    }

    @Test
    void snippetsMarkTheWordsSearchedForAndEscapeTheRest() {
        JsonObject results = search("q=" + enc("prison camps") + "&limit=50");
        assertFalse(hits(results).isEmpty());
        for (JsonObject hit : hits(results)) {
            String snippet = snippet(hit);
            assertTrue(snippet.contains("<mark>"), hit.toString());
            for (String word : marked(hit)) {
                String w = word.toLowerCase();
                assertTrue(w.startsWith("prison") || w.startsWith("camp"), "marked '" + word + "' in " + snippet);
            }
            assertFalse(snippet.replaceAll("</?mark>", "").contains("<"), "only <mark> is markup: " + snippet);
        }
    }

    @Test
    void pagesOfHitsFollowOneAnotherWithoutGapsOrRepeats() {
        String q = "q=" + enc("North Korea");
        JsonObject first20 = search(q + "&limit=20");
        int total = first20.getInt("total");
        assertTrue(total > 20, "more than one page: " + total);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 20; offset += 5) {
            JsonObject page = search(q + "&offset=" + offset + "&limit=5");
            assertEquals(total, page.getInt("total"), "every page counts all hits");
            assertEquals(offset, page.getInt("offset"));
            assertEquals(5, hits(page).size());
            paged.addAll(keys(page));
        }
        assertEquals(keys(first20), paged);
        assertEquals(20, new HashSet<>(paged).size(), "no hit twice");
        JsonObject last = search(q + "&offset=" + (total - 1) + "&limit=5");
        assertEquals(1, hits(last).size(), "the last page holds what is left");
        JsonObject beyond = search(q + "&offset=" + total + "&limit=5");
        assertTrue(hits(beyond).isEmpty());
        assertEquals(total, beyond.getInt("total"));
    }

    @Test
    void badInputIsAClearProblemAnswer() {
        problem("q=", null, "Type at least one word");
        problem("q=%20%20", null, "Type at least one word");
        problem("q=%3F%21", null, "Type at least one word");
        problem("q=camps&limit=10000", "limit", null);
        problem("q=camps&limit=0", "limit", null);
        problem("q=camps&offset=-1", "offset", null);
        problem("q=camps&type=person", "type", "must be claim, measure or source");
        problem("q=camps&year=abc", null, "year");
        problem("q=camps&limit=many", null, "limit");
        problem("q=" + "x".repeat(301), "text", null);
    }

    // ---------------------------------------------------------------- the search page

    @Test
    void theSearchPageShowsHitsAndFacetLinksInEnglishAndKorean() {
        WebClient reader = new WebClient(base);
        String english = page(reader, "search.xhtml?q=" + enc("탈북민") + "&lang=en");
        assertTrue(Pattern.compile("<html[^>]*lang=\"en\"").matcher(english).find(), "English page");
        List<String> hits = hitLinks(english);
        assertTrue(hits.stream().anyMatch(h -> h.endsWith("/measures/defectors-in-south-korea")), hits.toString());
        assertTrue(english.contains("<mark>"), "highlighted");
        assertTrue(english.contains("Kind of entry") && english.contains(">Measure</a>"), "facets named in English");
        assertFalse(english.contains("???"), "no missing texts");
        List<String> facetLinks = facetLinks(english);
        String measuresOnly = facetLinks.stream().filter(l -> l.contains("type=measure")).findFirst()
                .orElseThrow(() -> new AssertionError("no type facet link: " + facetLinks));
        assertTrue(measuresOnly.contains("q=" + enc("탈북민")), "a facet link keeps the words: " + measuresOnly);

        String narrowed = page(reader, "search.xhtml" + measuresOnly);
        Matcher types = Pattern.compile("class=\"kb-hit\" data-type=\"([a-z]+)\"").matcher(narrowed);
        int count = 0;
        while (types.find()) {
            assertEquals("measure", types.group(1));
            count++;
        }
        assertTrue(count >= 2, "the defectors measures: " + count);
        assertTrue(narrowed.contains("aria-current=\"true\""), "the chosen value is marked");

        String korean = page(reader, "search.xhtml?q=" + enc("정치범수용소") + "&lang=ko");
        assertTrue(Pattern.compile("<html[^>]*lang=\"ko\"").matcher(korean).find(), "Korean page");
        assertTrue(hitLinks(korean).stream().anyMatch(h -> h.endsWith("/measures/political-prisoners")), korean);
        assertTrue(korean.contains("항목 종류") && korean.contains(">측정 항목</a>"), "facets named in Korean");
        assertTrue(korean.contains("개가 일치합니다"), "the count in Korean");
        assertFalse(korean.contains("???"), "no missing texts");
        assertFalse(facetLinks(korean).isEmpty());

        String bad = page(reader, "search.xhtml?q=camps&year=abc&lang=en");
        assertTrue(bad.contains("id=\"search-problem\""), "a bad year is explained");
        assertTrue(bad.contains("The year must be a number"), bad);
        String unknownType = page(reader, "search.xhtml?q=camps&type=person&lang=en");
        Matcher problem = Pattern.compile("id=\"search-problem\">([^<]*)<").matcher(unknownType);
        assertTrue(problem.find(), "an unknown type is explained");
        assertEquals("type must be claim, measure or source", problem.group(1).strip(), "named as in the address");
    }

    // ---------------------------------------------------------------- the index follows commits

    @Test
    void aClaimBecomesFindableWhenVerifiedAndNotBefore() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        long source = members.source("hrnk-contributor", "hrnk", "HRNK labour survey " + marker.substring(2, 8), "PUBLIC", null);
        long claim = members.draft("hrnk-contributor", "hrnk", measure,
                "The " + marker + " survey counts up to 120,000 North Koreans working abroad.", source, null);

        assertNotFound(marker, "a draft");
        long version = members.submit("hrnk-contributor", claim);
        assertNotFound(marker, "a submitted claim");
        assertEquals(404, Http.get(base, "claims/" + claim, "text/html").statusCode(), "not public yet");

        HttpResponse<String> ownEditor = members.call("POST", "api/v1/claims/" + claim + "/review", "hrnk-editor",
                "application/json", "{\"decision\":\"VERIFY\"}", version);
        assertEquals(403, ownEditor.statusCode(), "four eyes: not by an editor of the claim's own organization");
        assertNotFound(marker, "a claim its own editor tried to verify");

        members.verify("heritage-editor", claim, version);
        JsonObject found = search("q=" + marker);
        assertEquals(1, found.getInt("total"), found.toString());
        JsonObject hit = hits(found).get(0);
        assertEquals("claim", hit.getString("type"));
        assertEquals(claim, hit.getJsonNumber("id").longValue());
        assertEquals("claims/" + claim, hit.getString("path"));
        assertTrue(hit.getString("title").startsWith("up to 120,000"), hit.toString());
        assertTrue(snippet(hit).contains("<mark>" + marker + "</mark>"), snippet(hit));
        assertEquals(2024, hit.getInt("year"));
        assertEquals(200, Http.get(base, "claims/" + claim, "text/html").statusCode(), "its permalink is public now");
        assertTrue(page(new WebClient(base), "search.xhtml?q=" + marker).contains("/claims/" + claim + "\""),
                "the search page lists it");
    }

    private void assertNotFound(String marker, String what) {
        assertEquals(0, search("q=" + marker).getInt("total"), what + " is not found anonymously");
        for (String member : List.of("heritage-contributor", "heritage-editor", "hrnk-contributor")) {
            HttpResponse<String> answer = members.call("GET", "api/v1/search?q=" + marker, member, null, null);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(0, Http.json(answer).getInt("total"), what + " is not found by " + member);
        }
    }

    @Test
    void aConfidentialSourceIsNeverFoundNorShownInHits() {
        String marker = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String title = "Testimony of camp guards " + marker;
        long source = members.source("hrnk-contributor", "hrnk", title, "HOLDER_ONLY", "protect " + marker);
        members.attachText("hrnk-contributor", source, "Guard testimony. The guard " + marker + " counted 4,321 prisoners.");
        long claim = members.draft("hrnk-contributor", "hrnk", measure,
                "Guards' testimony puts the workers sent abroad at up to 120,000 (" + UUID.randomUUID() + ").", source,
                "The guard " + marker + " counted 4,321 prisoners.");
        members.verify("heritage-editor", claim, members.submit("hrnk-contributor", claim));
        assertTrue(members.call("GET", "api/v1/sources/" + source, "hrnk-contributor", null, null).body().contains(title),
                "the holder sees it: the checks below can fail");

        for (String q : List.of(marker, "Testimony of camp guards", "guard 4,321", "4321 prisoners")) {
            // the answer repeats the words searched for; the hits and their facets must not show the secret
            JsonObject answer = search("q=" + enc(q) + "&limit=100");
            String found = answer.getJsonArray("hits") + " " + answer.getJsonObject("facets");
            assertFalse(found.contains(marker), q + " shows the confidential source: " + found);
            assertFalse(keys(answer).contains("source:" + source), q);
            HttpResponse<String> asHolder = members.call("GET", "api/v1/search?q=" + enc(q) + "&limit=100", "hrnk-contributor", null, null);
            assertFalse(Http.json(asHolder).getJsonArray("hits").toString().contains(marker), "search is public, even for the holder: " + q);
        }
        String page = page(new WebClient(base), "search.xhtml?q=" + enc("Testimony of camp guards"));
        assertFalse(page.contains(marker));
        assertFalse(hitsOf(page(new WebClient(base), "search.xhtml?q=" + marker)).contains("kb-hit\""), "nothing listed");
        // the verified claim citing it is found, without the source
        JsonObject claimHits = search("q=" + enc("guards testimony workers sent abroad") + "&limit=100");
        assertTrue(keys(claimHits).contains("claim:" + claim), claimHits.toString());
        assertFalse(claimHits.toString().contains(marker));

        // a public source that its holder then holds in confidence leaves the index at once
        String later = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String publicTitle = "Field report " + later;
        long published = members.source("hrnk-contributor", "hrnk", publicTitle, "PUBLIC", null);
        assertEquals(List.of("source:" + published), keys(search("q=" + later)));
        String confidential = "{\"holder\":\"hrnk\",\"kind\":\"REPORT\",\"title\":\"" + publicTitle + "\",\"authors\":[{\"literal\":"
                + "\"Field team\"}],\"issued\":\"2024-05\",\"language\":\"en\",\"confidentiality\":\"HOLDER_ONLY\",\"relays\":[]}";
        HttpResponse<String> changed = members.call("PUT", "api/v1/sources/" + published, "hrnk-contributor", "application/json", confidential,
                Contributions.etag(members.call("GET", "api/v1/sources/" + published, "hrnk-contributor", null, null)));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(0, search("q=" + later).getInt("total"), "no longer public, no longer found");
    }

    // ---------------------------------------------------------------- the index itself

    @Test
    void onlyAPlatformAdminRebuildsTheIndexWhileAnyoneMayReadItsState() {
        HttpResponse<String> state = Http.get(base, "api/v1/search/index");
        assertEquals(200, state.statusCode(), state.body());
        JsonObject index = Http.json(state);
        assertTrue(index.getJsonNumber("entries").longValue() > 100, index.toString());
        assertFalse(index.isNull("built") || !index.containsKey("built"), index.toString());

        String before = builtAt();
        HttpResponse<String> anonymous = WebClient.api(base, "POST", "api/v1/search/index", null, null, null);
        assertTrue(List.of(401, 403).contains(anonymous.statusCode()), anonymous.statusCode() + " " + anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String member : List.of("hrnk-contributor", "heritage-admin")) {
            HttpResponse<String> refused = members.call("POST", "api/v1/search/index", member, null, null);
            assertEquals(403, refused.statusCode(), member + ": " + refused.body());
            assertTrue(Http.json(refused).getString("detail").contains("platform admins"), refused.body());
        }
        JsonObject after = Http.json(Http.get(base, "api/v1/search/index"));
        assertFalse(after.getBoolean("rebuilding"), "a refused rebuild does not start");
        assertEquals(before, after.getString("built"));

        String password = System.getProperty("kb.it.admin.password");
        String token = WebClient.apiToken(base, ADMIN, password);
        HttpResponse<String> accepted = WebClient.api(base, "POST", "api/v1/search/index", token, null, null);
        assertEquals(202, accepted.statusCode(), accepted.body());
        awaitIndex();
        assertFalse(before.equals(builtAt()), "the index was built again");
        assertTrue(paths(search("q=" + enc("정치범수용소"))).contains("measures/political-prisoners"), "and finds as before");
    }

    @Test
    void theIndexIsKeptInTheServersDataDirectoryAndCommitsEachChangeWithItsPosition() throws IOException {
        Path index = dataDirectory().resolve("search-index");
        long before = Long.parseLong(committed(index).getOrDefault("position", "-1"));
        assertTrue(before > 0, "a built index records the last change of the record it holds: " + committed(index));

        String marker = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        long source = members.source("hrnk-contributor", "hrnk", "Field notes " + marker, "PUBLIC", null);
        assertEquals(List.of("source:" + source), keys(search("q=" + marker)), "found as soon as it is made");

        // what the server committed to its disk, read as another process reads it: a restart starts from this
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> committed = reader.getIndexCommit().getUserData();
            assertTrue(Long.parseLong(committed.getOrDefault("position", "-1")) > before,
                    "the position on disk moved with the change: before " + before + ", now " + committed);
            assertFalse(committed.getOrDefault("database", "").isBlank(), "it names its database: " + committed);
            assertTrue(committed.containsKey("schema"), committed.toString());
            assertEquals(1, new IndexSearcher(reader).count(new TermQuery(new Term("key", "source:" + source))),
                    "the new source is in the index on disk");
        }
        assertFalse(Http.get(base, "api/v1/search/index").body().contains("position"),
                "the position moves with changes the public may not see: it is not told");
    }

    private static Map<String, String> committed(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index)) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    /** The data directory of the server under test: the run's KB_DATA_DIR, or -Dkb.it.data.dir with -Dkb.it.url. */
    private static Path dataDirectory() {
        String given = System.getProperty("kb.it.url", "").isBlank() ? System.getenv("KB_DATA_DIR")
                : System.getProperty("kb.it.data.dir");
        assumeTrue(given != null && !given.isBlank(),
                "the data directory of the server at -Dkb.it.url is not known: pass it as -Dkb.it.data.dir");
        return Path.of(given);
    }

    // ---------------------------------------------------------------- helpers

    private String builtAt() {
        return Http.json(Http.get(base, "api/v1/search/index")).getString("built");
    }

    /** Waits for the start-up (or a requested) build of the index to end. */
    private void awaitIndex() {
        awaitIndex(base);
    }

    /** Waits for the start-up build (or an asked-for rebuild) of the search index to end. */
    static void awaitIndex(URL base) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> state = Http.get(base, "api/v1/search/index");
            assertEquals(200, state.statusCode(), state.body());
            JsonObject index = Http.json(state);
            if (!index.getBoolean("rebuilding") && index.containsKey("built") && !index.isNull("built")) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("the search index was not built within 3 minutes");
    }

    private JsonObject search(String query) {
        HttpResponse<String> response = Http.get(base, "api/v1/search?" + query);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Http.json(response);
    }

    private void problem(String query, String field, String detail) {
        HttpResponse<String> response = Http.get(base, "api/v1/search?" + query);
        assertEquals(400, response.statusCode(), query + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
        JsonObject problem = Http.json(response);
        assertEquals(400, problem.getInt("status"));
        if (field != null) {
            assertTrue(problem.containsKey("errors") && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").equals(field)), query + " names the field " + field + ": " + problem);
        }
        if (detail != null) {
            String said = problem.toString();
            assertTrue(said.contains(detail), query + " says '" + detail + "': " + said);
        }
    }

    private String page(WebClient reader, String path) {
        HttpResponse<String> response = reader.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** The list of hits on a search page. */
    static String hitsOf(String html) {
        Matcher hits = Pattern.compile("<ol class=\"kb-hits\".*?</ol>", Pattern.DOTALL).matcher(html);
        assertTrue(hits.find(), "the page lists hits");
        return hits.group();
    }

    private static List<String> hitLinks(String html) {
        return all(Pattern.compile("<a class=\"kb-hit__title\" href=\"([^\"]+)\""), html);
    }

    private static List<String> facetLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher section = Pattern.compile("<section class=\"kb-facet\".*?</section>", Pattern.DOTALL).matcher(html);
        while (section.find()) {
            all(Pattern.compile("<a href=\"([^\"]+)\""), section.group()).forEach(l -> links.add(l.replace("&amp;", "&")));
        }
        return links;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<JsonObject> hits(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private static List<String> keys(JsonObject results) {
        return hits(results).stream().map(h -> h.getString("type") + ":" + h.getJsonNumber("id")).toList();
    }

    private static List<String> paths(JsonObject results) {
        return hits(results).stream().map(h -> h.getString("path")).toList();
    }

    private static List<String> titles(JsonObject results) {
        return hits(results).stream().map(h -> h.getString("title")).toList();
    }

    private static String snippet(JsonObject hit) {
        return hit.containsKey("snippetHtml") && !hit.isNull("snippetHtml") ? hit.getString("snippetHtml") : "";
    }

    private static List<String> marked(JsonObject hit) {
        return all(MARKED, snippet(hit));
    }

    private static Set<String> values(JsonObject facets, String dim) {
        Set<String> values = new HashSet<>();
        facets.getJsonArray(dim).getValuesAs(JsonObject.class).forEach(v -> values.add(v.getString("value")));
        return values;
    }

    private static long countOf(JsonObject facets, String dim, String value) {
        return facets.getJsonArray(dim).getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("value").equals(value)).mapToLong(v -> v.getJsonNumber("count").longValue())
                .findFirst().orElse(-1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
