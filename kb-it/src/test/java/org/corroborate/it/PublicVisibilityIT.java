package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything not yet public, created fresh — a draft claim, a submitted one, one sent back with a reviewer's
 * comment, a source held in confidence (title, note, held text, and the locator and quote of the verified claim
 * citing it), a members-only source, an unpublished reconciliation draft — all carrying one marker string; then an
 * anonymous reader fetches every public channel: permalinks and pages in both languages, the read API, search
 * (API and page), the exports and the feed. The marker never appears, private ids are not found, and the public
 * parts of the same material do appear (so each check can fail).
 * <p>
 * MemberAccessIT covers the demo's confidential source on the API and pages, OpenDataIT the demo's non-public
 * claims in the exports; this covers material created at run time, permalinks, search and the feed.
 */
@ExtendWith(TestServer.class)
class PublicVisibilityIT {

    /** A demo measure with a published reconciliation, read only. */
    private static final String RECONCILED = "political-prisoners";
    /** The name of the measure this test creates with a published reconciliation, then drafts the next version of. */
    private static final String REDRAFTED_NAME = "Workers sent to logging camps in Siberia";

    /** The measures of this test's own (created by {@link #privateMaterial}): the new claims' measure, */
    private String measure;
    /** a measure with a verified claim and no published reconciliation, where an editor saves a draft, */
    private String unreconciled;
    /** and a measure with a published reconciliation, where an editor drafts the next version. */
    private String redrafted;

    @TestServer.Base
    URL base;

    private record Material(String marker, long draft, long submitted, long sentBack, long verified,
                            long confidential, long membersOnly, long publicSource) {
        List<Long> privateClaims() {
            return List.of(draft, submitted, sentBack);
        }
    }

    @Test
    void nothingPrivateReachesAnyPublicChannel() throws IOException {
        Contributions members = new Contributions(base);
        Material m = privateMaterial(members);
        String marker = m.marker();
        WebClient anonymous = new WebClient(base);

        // what the public may see of the same material is there: the checks below can fail
        assertEquals(200, Http.get(base, "api/v1/claims/" + m.verified()).statusCode());
        assertTrue(members.call("GET", "api/v1/sources/" + m.confidential(), "hrnk-contributor", null, null).body().contains(marker));
        assertTrue(members.call("GET", "api/v1/claims/" + m.draft(), "hrnk-contributor", null, null).body().contains(marker));
        assertTrue(members.call("GET", "api/v1/claims/" + m.verified(), "hrnk-contributor", null, null).body().contains(marker),
                "the holder sees the locator and the quote");
        assertTrue(members.call("GET", "api/v1/measures/" + unreconciled + "/reconciliation/draft", "nauh-editor", null, null)
                .body().contains(marker));
        assertTrue(members.call("GET", "api/v1/measures/" + redrafted + "/reconciliation/draft", "nauh-editor", null, null)
                .body().contains(marker));

        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        for (String lang : List.of("en", "ko")) {
            for (long id : m.privateClaims()) {
                pages.put("permalink of private claim " + id + " " + lang, anonymous.get("claims/" + id + "?lang=" + lang));
                pages.put("claim page of private claim " + id + " " + lang, anonymous.get("claim.xhtml?id=" + id + "&lang=" + lang));
            }
            pages.put("permalink of the members-only source " + lang, anonymous.get("sources/" + m.membersOnly() + "?lang=" + lang));
            pages.put("permalink of the measure without a published reconciliation, version 1 " + lang,
                    anonymous.get("measures/" + unreconciled + "/reconciliation/1?lang=" + lang));
        }
        Map<String, HttpResponse<String>> shown = new LinkedHashMap<>();
        for (String lang : List.of("en", "ko")) {
            shown.put("permalink of the verified claim " + lang, anonymous.get("claims/" + m.verified() + "?lang=" + lang));
            for (String style : List.of("apa", "modern-language-association")) {
                shown.put("verified claim in " + style + " " + lang, anonymous.get("claims/" + m.verified() + "?style=" + style + "&lang=" + lang));
            }
            shown.put("permalink of the confidential source " + lang, anonymous.get("sources/" + m.confidential() + "?lang=" + lang));
            shown.put("permalink of the public source " + lang, anonymous.get("sources/" + m.publicSource() + "?lang=" + lang));
            shown.put("permalink of the measure " + lang, anonymous.get("measures/" + measure + "?lang=" + lang));
            shown.put("permalink of the measure with a draft " + lang, anonymous.get("measures/" + unreconciled + "?lang=" + lang));
            shown.put("permalink of the published reconciliation " + lang, anonymous.get("measures/" + RECONCILED + "/reconciliation/1?lang=" + lang));
            shown.put("permalink of the measure with a next version drafted " + lang, anonymous.get("measures/" + redrafted + "?lang=" + lang));
            shown.put("permalink of its published reconciliation " + lang, anonymous.get("measures/" + redrafted + "/reconciliation/1?lang=" + lang));
            shown.put("search page for the drafted measure " + lang, anonymous.get("search.xhtml?q=" + enc(REDRAFTED_NAME) + "&lang=" + lang));
            shown.put("home page " + lang, anonymous.get("index.xhtml?lang=" + lang));
            shown.put("search page for the titles " + lang, anonymous.get("search.xhtml?q=" + enc("camp roster briefing") + "&lang=" + lang));
            shown.put("search page for the statements " + lang, anonymous.get("search.xhtml?q=" + enc("registry camp 120,000") + "&lang=" + lang));
        }

        Map<String, HttpResponse<String>> api = new LinkedHashMap<>();
        for (long id : m.privateClaims()) {
            api.put("API private claim " + id, Http.get(base, "api/v1/claims/" + id));
            api.put("API comparisons of private claim " + id, Http.get(base, "api/v1/claims/" + id + "/comparisons"));
        }
        for (String part : List.of("", "/claims", "/text", "/figures")) {
            api.put("API members-only source" + part, Http.get(base, "api/v1/sources/" + m.membersOnly() + part));
        }
        for (String part : List.of("/claims", "/text", "/figures")) {
            api.put("API confidential source" + part, Http.get(base, "api/v1/sources/" + m.confidential() + part));
        }
        api.put("API reconciliation draft", Http.get(base, "api/v1/measures/" + unreconciled + "/reconciliation/draft"));
        Map<String, HttpResponse<String>> apiShown = new LinkedHashMap<>();
        apiShown.put("API verified claim", Http.get(base, "api/v1/claims/" + m.verified()));
        apiShown.put("API comparisons of the verified claim", Http.get(base, "api/v1/claims/" + m.verified() + "/comparisons"));
        apiShown.put("API confidential source", Http.get(base, "api/v1/sources/" + m.confidential()));
        apiShown.put("API public source's citing claims", Http.get(base, "api/v1/sources/" + m.publicSource() + "/claims"));
        apiShown.put("API measures", Http.get(base, "api/v1/measures?limit=500"));
        apiShown.put("API measure", Http.get(base, "api/v1/measures/" + measureId(measure)));
        apiShown.put("API measure with a draft", Http.get(base, "api/v1/measures/" + measureId(unreconciled)));
        apiShown.put("API measure with a next version drafted", Http.get(base, "api/v1/measures/" + measureId(redrafted)));
        apiShown.put("API its published reconciliation", Http.get(base, "api/v1/measures/" + redrafted + "/reconciliation"));
        apiShown.put("API search (drafted measure)", Http.get(base, "api/v1/search?q=" + enc(REDRAFTED_NAME) + "&limit=100"));
        apiShown.put("API measure comparisons", Http.get(base, "api/v1/measures/" + RECONCILED + "/comparisons"));
        apiShown.put("API reconciliation", Http.get(base, "api/v1/measures/" + RECONCILED + "/reconciliation"));
        apiShown.put("API source suggestions (marker)", Http.get(base, "api/v1/sources/suggestions?q=" + marker));
        apiShown.put("API source suggestions (title)", Http.get(base, "api/v1/sources/suggestions?q=" + enc("camp roster")));
        apiShown.put("API search (titles)", Http.get(base, "api/v1/search?q=" + enc("camp roster briefing") + "&limit=100"));
        apiShown.put("API search (statements)", Http.get(base, "api/v1/search?q=" + enc("registry camp 120,000") + "&limit=100"));
        apiShown.put("CSV export", Http.get(base, "api/v1/exports/claims.csv", "text/csv"));
        apiShown.put("JSON dump", Http.get(base, "api/v1/exports/dump.json"));
        apiShown.put("CSL-JSON bibliography", Http.get(base, "api/v1/exports/sources.csl.json", "*/*"));
        apiShown.put("Atom feed", Http.get(base, "api/v1/feed.atom", "application/atom+xml"));

        List<Executable> checks = new ArrayList<>();
        pages.forEach((channel, r) -> checks.add(() -> {
            assertEquals(404, r.statusCode(), channel);
            assertFalse(r.body().contains(marker), channel + " shows the marker");
        }));
        api.forEach((channel, r) -> checks.add(() -> {
            assertTrue(List.of(401, 403, 404).contains(r.statusCode()), channel + " answered " + r.statusCode());
            assertFalse(r.body().contains(marker), channel + " shows the marker");
        }));
        shown.forEach((channel, r) -> checks.add(() -> {
            assertEquals(200, r.statusCode(), channel);
            assertFalse(r.body().contains(marker), channel + " shows the marker: " + excerpt(r.body(), marker));
        }));
        apiShown.forEach((channel, r) -> checks.add(() -> {
            assertEquals(200, r.statusCode(), channel + ": " + r.body());
            assertFalse(r.body().contains(marker), channel + " shows the marker: " + excerpt(r.body(), marker));
        }));
        // searching for the marker itself: the words searched for come back, but nothing is found
        for (String lang : List.of("en", "ko")) {
            HttpResponse<String> page = anonymous.get("search.xhtml?q=" + marker + "&lang=" + lang);
            checks.add(() -> {
                assertEquals(200, page.statusCode());
                String hits = SearchIT.hitsOf(page.body());
                assertFalse(hits.contains("kb-hit\"") || hits.contains(marker), "search page " + lang + " lists " + hits);
            });
        }
        HttpResponse<String> searched = Http.get(base, "api/v1/search?q=" + marker + "&limit=100");
        checks.add(() -> {
            assertEquals(200, searched.statusCode(), searched.body());
            assertEquals(0, Http.json(searched).getInt("total"), searched.body());
        });
        assertAll(checks);

        // the public parts are there
        assertTrue(shown.get("permalink of the confidential source en").body().contains("held in confidence"));
        assertTrue(shown.get("permalink of the verified claim en").body().contains("held in confidence"));
        assertTrue(shown.get("permalink of the public source en").body().contains("/claims/" + m.verified() + "\"")
                        || shown.get("permalink of the public source en").body().contains("claim.xhtml?id=" + m.verified() + "\""),
                "the public source lists the verified claim citing it");
        assertTrue(Http.json(apiShown.get("API confidential source")).getBoolean("restricted"));
        List<Long> onMeasure = ids(Http.json(apiShown.get("API measure")).getJsonArray("claims").getValuesAs(JsonObject.class));
        assertTrue(onMeasure.contains(m.verified()), "the verified claim is on its measure");
        JsonObject dump = Http.json(apiShown.get("JSON dump"));
        List<Long> dumped = ids(dump.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .flatMap(x -> x.getJsonArray("claims").getValuesAs(JsonObject.class).stream()).toList());
        assertTrue(dumped.contains(m.verified()), "the verified claim is in the dump");
        for (long id : m.privateClaims()) {
            assertFalse(onMeasure.contains(id), "private claim " + id + " on its measure");
            assertFalse(dumped.contains(id), "private claim " + id + " in the dump");
            assertFalse(apiShown.get("Atom feed").body().contains("/claims/" + id + "\""), "private claim " + id + " in the feed");
            assertFalse(apiShown.get("API search (statements)").body().contains("\"claims/" + id + "\""), "private claim " + id + " found");
        }
        assertTrue(apiShown.get("API search (statements)").body().contains("\"claims/" + m.verified() + "\""),
                "the verified claim is found");
        assertTrue(apiShown.get("Atom feed").body().contains("/claims/" + m.verified() + "\""), "the feed announces the verified claim");
        List<CSVRecord> rows;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(apiShown.get("CSV export").body()))) {
            rows = csv.getRecords();
        }
        CSVRecord row = rows.stream().filter(r -> r.get("claim_id").equals(Long.toString(m.verified()))).findFirst()
                .orElseThrow(() -> new AssertionError("the verified claim is exported"));
        assertTrue(row.get("source_titles").contains("[held in confidence by "), row.get("source_titles"));
        for (long id : m.privateClaims()) {
            assertTrue(rows.stream().noneMatch(r -> r.get("claim_id").equals(Long.toString(id))), "private claim " + id + " exported");
        }
        List<JsonObject> dumpedSources = dump.getJsonArray("sources").getValuesAs(JsonObject.class);
        assertTrue(dumpedSources.stream().anyMatch(x -> x.getJsonNumber("id").longValue() == m.confidential()
                && x.getBoolean("restricted")), "the confidential source is in the dump, as a stub");
        assertTrue(ids(dumpedSources).contains(m.publicSource()));
        assertFalse(ids(dumpedSources).contains(m.membersOnly()), "a members-only source does not exist for the public");
        String bibliography = apiShown.get("CSL-JSON bibliography").body();
        assertTrue(cslItem(bibliography, m.publicSource()), "the public source is a bibliography entry");
        assertFalse(cslItem(bibliography, m.confidential()), "a stub is no bibliography entry");
        assertFalse(cslItem(bibliography, m.membersOnly()));
    }

    /** Creates the private material, each piece with the marker where it must not leak from. */
    private Material privateMaterial(Contributions members) {
        String marker = "zv" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        measure = members.measure("hrnk-contributor", "hrnk", "North Koreans in a camp registry");
        unreconciled = members.measure("hrnk-contributor", "hrnk", "Workers sent to fishing fleets");
        redrafted = members.measure("hrnk-contributor", "hrnk", REDRAFTED_NAME);
        long publicSource = members.source("hrnk-contributor", "hrnk", "Camp registry report " + UUID.randomUUID(), "PUBLIC", null);
        long confidential = members.source("hrnk-contributor", "hrnk", "Confidential camp roster " + marker, "HOLDER_ONLY",
                "Witness names: " + marker);
        members.attachText("hrnk-contributor", confidential, "Roster excerpt. Block 4 held " + marker + " and 2,345 others.");
        long membersOnly = members.source("heritage-contributor", "heritage", "Members-only briefing " + marker, "MEMBERS_ONLY", null);

        long draft = members.draft("hrnk-contributor", "hrnk", measure,
                "Draft: the registry " + marker + " counts up to 120,000 in the camps.", confidential, "Block 4 held " + marker);
        long submitted = members.draft("hrnk-contributor", "hrnk", measure,
                "Submitted: the registry " + marker + " counts up to 120,000 in the camps.", publicSource, null);
        members.submit("hrnk-contributor", submitted);
        long sentBack = members.draft("hrnk-contributor", "hrnk", measure,
                "Sent back: the registry counts up to 120,000 in the camps (" + UUID.randomUUID() + ").", publicSource, null);
        long sentBackVersion = members.submit("hrnk-contributor", sentBack);
        String changes = Json.createObjectBuilder().add("decision", "REQUEST_CHANGES")
                .add("comments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", "FIGURE")
                        .add("text", "Check the roster " + marker + " again."))).build().toString();
        HttpResponse<String> requested = members.call("POST", "api/v1/claims/" + sentBack + "/review", "heritage-editor",
                "application/json", changes, sentBackVersion);
        assertEquals(200, requested.statusCode(), requested.body());

        // verified and public, citing the public source and the confidential one (with a locator and a quote)
        JsonObject content = Json.createObjectBuilder()
                .add("statement", "The camp registry counts up to 120,000 workers sent abroad (" + UUID.randomUUID() + ").")
                .add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", measure).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", Json.createArrayBuilder().add("overseas labour")).build();
        String body = Json.createObjectBuilder().add("organization", "hrnk").add("content", content)
                .add("citations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("source", publicSource).add("locatorType", "PAGE")
                                .add("locator", "4").add("stance", "SUPPORTS"))
                        .add(Json.createObjectBuilder().add("source", confidential).add("locatorType", "PAGE")
                                .add("locator", "block " + marker).add("quote", "Block 4 held " + marker)
                                .add("stance", "SUPPORTS")))
                .build().toString();
        HttpResponse<String> drafted = members.call("POST", "api/v1/claims", "hrnk-contributor", "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        long verified = Http.json(drafted).getJsonNumber("id").longValue();
        members.verify("heritage-editor", verified, members.submit("hrnk-contributor", verified));

        // the measures of the reconciliation drafts below: one verified claim each, one of them reconciled in public
        for (String slug : List.of(unreconciled, redrafted)) {
            long shown = members.draft("hrnk-contributor", "hrnk", slug, "A public figure for " + slug + ".", publicSource, null);
            members.verify("heritage-editor", shown, members.submit("hrnk-contributor", shown));
            if (slug.equals(redrafted)) {
                members.reconcile("nauh-editor", slug, shown, "The only figure so far.");
            }
        }

        // editors' unpublished reconciliation drafts: on a measure without a published version, and the next
        // version of a published one
        saveDraft(members, unreconciled, "Not ready: the " + marker + " survey is still being checked.");
        saveDraft(members, redrafted, "Next version, unpublished: the " + marker + " count replaces the official one.");

        return new Material(marker, draft, submitted, sentBack, verified, confidential, membersOnly, publicSource);
    }

    private static void saveDraft(Contributions members, String measure, String rationale) {
        HttpResponse<String> opened = members.call("GET", "api/v1/measures/" + measure + "/reconciliation/draft",
                "nauh-editor", null, null);
        assertEquals(200, opened.statusCode(), opened.body());
        long version = Http.json(opened).getJsonNumber("version").longValue();
        String draft = Json.createObjectBuilder().add("rule", "EDITORS_JUDGEMENT").add("rationale", rationale)
                .add("roles", Json.createArrayBuilder()).build().toString();
        HttpResponse<String> saved = members.call("PUT", "api/v1/measures/" + measure + "/reconciliation/draft",
                "nauh-editor", "application/json", draft, version);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private long measureId(String slug) {
        return Http.json(Http.get(base, "api/v1/measures?limit=500")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + slug)).getJsonNumber("id").longValue();
    }

    private static boolean cslItem(String bibliography, long source) {
        return java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"" + source + "\"").matcher(bibliography).find();
    }

    private static List<Long> ids(List<JsonObject> objects) {
        return objects.stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static String excerpt(String body, String marker) {
        int at = body.indexOf(marker);
        return at < 0 ? "" : body.substring(Math.max(0, at - 200), Math.min(body.length(), at + 100));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
