package org.corroborate.it;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public measure and claim pages as an anonymous reader's browser gets them: the estimate-spread chart against
 * the read API, citation styles, and the schema.org JSON-LD, on the demo knowledge base.
 */
@ExtendWith(TestServer.class)
class PublicPagesIT {

    private static final Pattern SVG = Pattern.compile("<svg[^>]*class=\"spread-chart\".*?</svg>", Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("<g class=\"spread-mark [^\"]*\" data-claim=\"(\\d+)\" data-role=\"([a-z]+)\">");
    private static final Pattern ROW = Pattern.compile("<tr class=\"spread-row\" data-claim=\"(\\d+)\">");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("<span class=\"cite-entry\" data-style=\"([a-z-]+)\">(.*?)</span>", Pattern.DOTALL);

    @TestServer.Base
    URL base;

    private String page(String path) {
        return Http.page(base, path);
    }

    private List<JsonObject> measures() {
        HttpResponse<String> response = Http.get(base, "api/v1/measures?limit=500");
        assertEquals(200, response.statusCode());
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject measure(String slug) {
        long id = measures().stream().filter(m -> m.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + slug)).getJsonNumber("id").longValue();
        HttpResponse<String> response = Http.get(base, "api/v1/measures/" + id);
        assertEquals(200, response.statusCode());
        return Http.json(response);
    }

    /** The ids of the measure's claims that have a figure, as the read API gives them to an anonymous reader. */
    private static Set<Long> figureClaimIds(JsonObject measure) {
        return measure.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.containsKey("figure") && !c.isNull("figure"))
                .map(c -> c.getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String svg(String html) {
        Matcher m = SVG.matcher(html);
        assertTrue(m.find(), "the measure page draws the spread chart");
        return m.group();
    }

    private static List<Long> ids(Pattern pattern, String text) {
        List<Long> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    private static Set<Long> idSet(Pattern pattern, String text) {
        return new TreeSet<>(ids(pattern, text));
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    private static List<String> roles(String svg) {
        List<String> roles = new ArrayList<>();
        Matcher m = MARK.matcher(svg);
        while (m.find()) {
            roles.add(m.group(2));
        }
        return roles;
    }

    private static JsonObject jsonLd(String html) {
        Matcher m = JSON_LD.matcher(html);
        assertTrue(m.find(), "the page embeds JSON-LD");
        String text = m.group(1);
        assertFalse(m.find(), "one JSON-LD script");
        return Http.json(text);
    }

    /** Expands the JSON-LD offline: the schema.org context is served from here, as a vocabulary mapping. */
    private static JsonArray expand(JsonObject document) throws Exception {
        JsonObject schemaOrg = Json.createObjectBuilder()
                .add("@context", Json.createObjectBuilder().add("@vocab", "https://schema.org/")).build();
        DocumentLoader local = (url, options) -> {
            assertEquals("https://schema.org", url.toString().replaceAll("/$", ""), "only schema.org is referenced");
            return JsonDocument.of(schemaOrg);
        };
        return JsonLd.expand(JsonDocument.of(document)).loader(local).get();
    }

    @Test
    void theMeasurePageDrawsOneMarkPerPublicFigureWithATitleADescriptionAndADataTable() {
        JsonObject measure = measure("nk-people-in-china");
        Set<Long> expected = figureClaimIds(measure);
        assertFalse(expected.isEmpty());
        String html = page("measure.xhtml?slug=nk-people-in-china");
        String svg = svg(html);
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.matches("(?s).*aria-labelledby=\"spread-chart-title spread-chart-desc\".*"));
        assertTrue(svg.contains("<title id=\"spread-chart-title\">"), "the chart has a title");
        Matcher desc = Pattern.compile("<desc id=\"spread-chart-desc\">([^<]+)</desc>").matcher(svg);
        assertTrue(desc.find(), "the chart has a description");
        assertTrue(desc.group(1).startsWith(expected.size() + " figures from "), desc.group(1));

        assertEquals(expected.size(), ids(MARK, svg).size(), "one mark per figure");
        assertEquals(expected, idSet(MARK, svg));
        assertEquals(expected.size(), count(Pattern.compile("<g class=\"spread-mark [^>]*><title>[^<]+</title>"), svg),
                "each mark has a title");
        assertEquals(expected, idSet(ROW, html), "the data table lists the same figures");
        assertTrue(html.contains("<table class=\"kb-table spread-table\" id=\"spread-table\">"));
        // the figure still under review is neither drawn nor listed
        assertFalse(html.contains("tolerated thousands of North Koreans"), "a submitted claim is not public");
    }

    @Test
    void aReconciledMeasureMarksRolesAndDrawsTheRecommendedBand() {
        JsonObject measure = measure("political-prisoners");
        String html = page("measure.xhtml?slug=political-prisoners");
        String svg = svg(html);
        assertEquals(figureClaimIds(measure), idSet(MARK, svg));
        List<String> roles = roles(svg);
        assertEquals(2, roles.stream().filter("recommended"::equals).count(), roles.toString());
        assertTrue(roles.contains("triangulation") || roles.contains("deprecated"), roles.toString());
        assertTrue(svg.contains("id=\"spread-chart-band\""), "the recommended public figure is a band");
        assertTrue(html.contains("Recommended public figure"), "the legend names the band");
        assertTrue(svg.contains(">50k</text>") && svg.contains(">100k</text>"), "ticks are short English-style numbers");
    }

    @Test
    void theChartSpeaksKorean() {
        String svg = svg(page("measure.xhtml?slug=political-prisoners&lang=ko"));
        Matcher desc = Pattern.compile("<desc id=\"spread-chart-desc\">([^<]+)</desc>").matcher(svg);
        assertTrue(desc.find());
        assertTrue(desc.group(1).contains("독립 출처"), desc.group(1));
    }

    @Test
    void theClaimPageFormatsCitationsInTheChosenStyle() {
        JsonObject claim = measure("political-prisoners").getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("figure").getString("phrase").equals("between 80,000 and 120,000"))
                .findFirst().orElseThrow();
        long id = claim.getJsonNumber("id").longValue();
        String apa = citation(page("claim.xhtml?id=" + id + "&style=apa"), "apa");
        String chicago = citation(page("claim.xhtml?id=" + id + "&style=chicago-author-date"), "chicago-author-date");
        String byDefault = citation(page("claim.xhtml?id=" + id), "chicago-author-date");
        assertNotEquals(apa, chicago);
        assertEquals(chicago, byDefault, "Chicago author-date is the default");
        assertTrue(apa.matches("(?s).*Korea\\. \\(2014\\)\\. .*"), apa);
        assertTrue(chicago.matches("(?s).*Korea\\. 2014\\. .*"), chicago);
        String page = page("claim.xhtml?id=" + id + "&style=apa");
        assertTrue(page.contains("<option value=\"apa\" selected=\"selected\">"), "the selector shows the style");
        assertEquals(chicago, citation(page("claim.xhtml?id=" + id + "&style=%3Cscript%3E"), "chicago-author-date"),
                "an unknown style falls back to the default");
    }

    /** The formatted entry of the claim's citation of the Commission of Inquiry's 2014 report. */
    private static String citation(String html, String style) {
        Matcher m = CITATION.matcher(html);
        List<String> entries = new ArrayList<>();
        while (m.find()) {
            assertEquals(style, m.group(1));
            entries.add(m.group(2));
        }
        return entries.stream().filter(e -> e.contains("commission of inquiry") || e.contains("Commission of Inquiry"))
                .filter(e -> e.contains("Findings") || e.contains("findings"))
                .findFirst().orElseThrow(() -> new AssertionError("no Commission citation in " + entries));
    }

    @Test
    void theMeasurePageDescribesItselfAsASchemaOrgDataset() throws Exception {
        JsonObject measure = measure("political-prisoners");
        long id = measure.getJsonNumber("id").longValue();
        String html = page("measure.xhtml?slug=political-prisoners");
        JsonObject dataset = jsonLd(html);
        assertEquals("https://schema.org", dataset.getString("@context"));
        assertEquals("Dataset", dataset.getString("@type"));
        assertEquals(measure.getString("name"), dataset.getString("name"));
        assertEquals(measure.getString("definition"), dataset.getString("description"));
        assertTrue(dataset.getString("url").endsWith("/measure.xhtml?slug=political-prisoners"));
        assertEquals("PropertyValue", dataset.getJsonObject("variableMeasured").getString("@type"));
        assertFalse(dataset.getJsonArray("creator").isEmpty());
        assertEquals("Corroborate", dataset.getJsonObject("publisher").getString("name"));
        assertTrue(dataset.getString("temporalCoverage").matches("2014/2017(-12)?"), dataset.getString("temporalCoverage"));
        JsonObject download = dataset.getJsonArray("distribution").getJsonObject(0);
        assertEquals("application/json", download.getString("encodingFormat"));
        String contentUrl = download.getString("contentUrl");
        assertTrue(contentUrl.endsWith("/api/v1/measures/" + id), contentUrl);
        assertEquals(200, Http.get(base, contentUrl.substring(contentUrl.indexOf("api/v1/"))).statusCode());

        JsonArray expanded = expand(dataset);
        JsonObject node = expanded.getJsonObject(0);
        assertEquals("https://schema.org/Dataset", node.getJsonArray("@type").getString(0));
        assertTrue(node.containsKey("https://schema.org/variableMeasured"));
        assertTrue(node.containsKey("https://schema.org/distribution"));

        JsonObject china = jsonLd(page("measure.xhtml?slug=nk-people-in-china"));
        assertFalse(china.toString().contains("tolerated thousands"), "no non-public claim in the Dataset");
    }

    @Test
    void aVerifiedClaimPageCarriesAClaimReviewAndNonPublicClaimsHaveNone() throws Exception {
        List<JsonObject> claims = measures().stream()
                .flatMap(m -> m.getJsonArray("claims").getValuesAs(JsonObject.class).stream()).toList();
        JsonObject claim = claims.stream()
                .filter(c -> c.getJsonObject("figure").getString("phrase").equals("between 80,000 and 120,000"))
                .findFirst().orElseThrow();
        long id = claim.getJsonNumber("id").longValue();
        JsonObject review = jsonLd(page("claim.xhtml?id=" + id));
        assertEquals("https://schema.org", review.getString("@context"));
        assertEquals("ClaimReview", review.getString("@type"));
        assertEquals(claim.getString("statement"), review.getString("claimReviewed"));
        assertTrue(review.getString("url").endsWith("/claim.xhtml?id=" + id));
        assertTrue(review.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals("Verified", review.getJsonObject("reviewRating").getString("alternateName"));
        JsonObject item = review.getJsonObject("itemReviewed");
        assertEquals("Claim", item.getString("@type"));
        assertEquals(claim.getJsonObject("organization").getString("name"),
                item.getJsonObject("author").getString("name"));
        assertTrue(item.getJsonArray("appearance").getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("name").startsWith("Report of the detailed findings")));
        JsonObject node = expand(review).getJsonObject(0);
        assertEquals("https://schema.org/ClaimReview", node.getJsonArray("@type").getString(0));
        assertTrue(node.containsKey("https://schema.org/claimReviewed"));

        // every claim the API does not list is not public: its page is not found, so it publishes no JSON-LD
        Set<Long> visible = claims.stream().map(c -> c.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        long max = visible.stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = visible.stream().mapToLong(Long::longValue).min().orElseThrow();
        List<Long> hidden = LongStream.rangeClosed(min, max + 10).filter(other -> !visible.contains(other)).boxed().toList();
        // thousands once the other ITs have imported their drafts: read four at a time, as StaffNamesIT reads pages
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Probe>> probes = new ArrayList<>();
            for (long other : hidden) {
                probes.add(readers.submit(() -> Probe.of(Http.get(base, "claim.xhtml?id=" + other, "text/html"))));
            }
            for (int i = 0; i < hidden.size(); i++) {
                Probe probe = probes.get(i).get();
                assertEquals(404, probe.status(), "claim " + hidden.get(i));
                assertFalse(probe.jsonLd(), "claim " + hidden.get(i));
            }
        } finally {
            readers.shutdownNow();
        }
        assertTrue(hidden.size() >= 8, "the demo's drafts and submitted claims were probed: " + hidden.size());
    }

    /** What a probe of a page kept of its answer: the status, and whether it published JSON-LD. */
    private record Probe(int status, boolean jsonLd) {

        static Probe of(HttpResponse<String> response) {
            return new Probe(response.statusCode(), response.body().contains("application/ld+json"));
        }
    }
}
