package org.corroborate.it;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.output.Bibliography;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data exports as an anonymous downloader gets them, on the demo knowledge base: every verified claim and
 * nothing that has not passed review; confidential sources only as stubs; files that standard parsers read.
 * What the demo holds is read from its own file, so the expectations follow the demo data.
 */
@ExtendWith(TestServer.class)
class OpenDataIT {

    private static final String DEMO = "/org/corroborate/service/demo/demo-knowledge-base.json";
    private static final String DEMO_RECONCILIATIONS = "/org/corroborate/service/demo/demo-reconciliations.json";
    private static final Pattern CLAIM_LINK = Pattern.compile(".*/claims/(\\d+)");
    private static final Pattern RECONCILIATION_LINK = Pattern.compile(".*/measures/([a-z0-9-]+)/reconciliation/(\\d+)");

    @TestServer.Base
    URL base;

    @Test
    void theClaimsCsvHoldsEveryVerifiedClaimAndNothingUnreviewed() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/v1/exports/claims.csv", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(type.startsWith("text/csv") && type.contains("charset=utf-8"), type);
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; *filename=\"?corroborate-claims\\.csv\"?"), response.headers().map().toString());

        List<CSVRecord> rows;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            assertTrue(csv.getHeaderNames().containsAll(List.of("claim_id", "permalink", "measure_slug", "measure_name",
                    "statement", "figure_phrase", "low", "high", "best", "unit", "period_start", "period_end",
                    "organization", "status", "source_ids", "source_titles", "verified_at")), csv.getHeaderNames().toString());
            rows = csv.getRecords();
        }
        assertEquals(publicClaimIds(), rows.stream().map(r -> Long.parseLong(r.get("claim_id"))).collect(Collectors.toSet()),
                "the CSV lists exactly the claims the public sees");
        for (CSVRecord row : rows) {
            assertEquals("VERIFIED", row.get("status"));
            assertEquals("/claims/" + row.get("claim_id"), row.get("permalink"));
            assertFalse(row.get("source_ids").isBlank(), "claim " + row.get("claim_id") + " names its sources");
        }
        for (JsonObject claim : demoClaims(true)) {
            assertTrue(rows.stream().anyMatch(r -> r.get("statement").equals(claim.getString("statement"))
                            && r.get("figure_phrase").equals(figurePhrase(claim))
                            && r.get("measure_slug").equals(claim.getString("measure"))),
                    "verified demo claim " + claim.getString("key") + " is in the CSV");
        }
        for (JsonObject claim : demoClaims(false)) {
            assertFalse(response.body().contains(claim.getString("statement")),
                    claim.getString("status") + " demo claim " + claim.getString("key") + " must not be exported");
        }

        CSVRecord upTo = rows.stream().filter(r -> r.get("figure_phrase").equals("up to 120,000")).findFirst().orElseThrow();
        assertEquals("political-prisoners", upTo.get("measure_slug"));
        assertEquals("UP_TO", upTo.get("qualifier"));
        assertEquals("120000", upTo.get("best"), "the stated figure");
        assertEquals("", upTo.get("high"), "no bound is stated");
        assertEquals("0", upTo.get("interval_low"), "\"up to\" admits zero");
        assertEquals("120000", upTo.get("interval_high"));
        assertFalse(upTo.get("source_titles").isBlank());

        for (JsonObject source : confidentialDemoSources()) {
            assertFalse(response.body().contains(source.getString("title")), "a confidential title is never exported");
            if (!heldByItsHolderOnly(source)) {
                continue;
            }
            for (JsonObject claim : demoClaimsCiting(source.getString("key"))) {
                CSVRecord row = rows.stream().filter(r -> r.get("statement").equals(claim.getString("statement")))
                        .findFirst().orElseThrow();
                assertTrue(row.get("source_titles").contains("[held in confidence by "), row.get("source_titles"));
            }
        }
    }

    @Test
    void theClaimsCsvWritesTextThatWouldStartAFormulaAfterAnApostrophe() throws Exception {
        // a verified claim of this test's own, on a measure of its own, whose text a spreadsheet would run as formulas
        String run = UUID.randomUUID().toString().substring(0, 8);
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "Workers whose records plant formulas " + run);
        String title = "@SUM(1+1) field report " + run;
        long source = members.source("hrnk-contributor", "hrnk", title, "PUBLIC", null);
        String statement = "=HYPERLINK(\"http://example.org\",\"x\") Some 3,100 workers were sent abroad (" + run + ").";
        String phrase = "+3,100 workers";
        String place = "@SUM(1+1)";
        long claim = members.verified("hrnk-contributor", "hrnk", "heritage-editor", measure, statement, source,
                phrase, 3100, "2024", place);

        HttpResponse<String> response = Http.get(base, "api/v1/exports/claims.csv", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        CSVRecord row;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            row = csv.getRecords().stream().filter(r -> r.get("claim_id").equals(Long.toString(claim))).findFirst()
                    .orElseThrow(() -> new AssertionError("the verified claim " + claim + " is in the CSV"));
        }

        assertEquals("'" + statement, row.get("statement"));
        assertEquals("'" + phrase, row.get("figure_phrase"));
        assertEquals("'" + place, row.get("place"));
        assertEquals("'" + title, row.get("source_titles"));
        assertEquals(measure, row.get("measure_slug"), "text that starts no formula is written as it is");

        // the numbers the application writes stay plain numbers, equal to those the read API gives
        JsonObject figure = Http.json(Http.get(base, "api/v1/claims/" + claim)).getJsonObject("figure");
        assertEquals(Long.toString(source), row.get("source_ids"));
        assertEquals("/claims/" + claim, row.get("permalink"));
        assertEquals("2024", row.get("period_start"));
        assertEquals("2024", row.get("period_end"));
        assertNotNull(Instant.parse(row.get("verified_at")));
        assertEquals(0, new BigDecimal(row.get("best")).compareTo(BigDecimal.valueOf(3100)), row.get("best"));
        Map<String, String> apiField = Map.of("best", "value", "interval_low", "intervalLow", "interval_high", "intervalHigh");
        apiField.forEach((column, field) -> {
            assertTrue(row.get(column).matches("\\d+(\\.\\d+)?"), column + " is a plain number: " + row.get(column));
            assertEquals(0, new BigDecimal(row.get(column)).compareTo(figure.getJsonNumber(field).bigDecimalValue()), column);
        });
        assertEquals("", row.get("low"), "an exact figure states no bounds");
        assertEquals("", row.get("high"));
    }

    @Test
    void theDumpHoldsPublicClaimsAndShowsConfidentialSourcesOnlyAsStubs() {
        // sources of this test's own beside the demo's: one held in confidence by HRNK, one for members only
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        Contributions members = new Contributions(base);
        String heldTitle = "Guards' roster held in confidence " + run;
        long held = members.source("hrnk-contributor", "hrnk", heldTitle, "HOLDER_ONLY", "protect the guards " + run);
        String membersOnlyTitle = "Members-only briefing " + run;
        long membersOnly = members.source("heritage-contributor", "heritage", membersOnlyTitle, "MEMBERS_ONLY", null);

        HttpResponse<String> response = Http.get(base, "api/v1/exports/dump.json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = response.body();
        JsonObject dump = Http.json(body);

        Set<String> organizations = names(dump.getJsonArray("organizations"), "name");
        demo().getJsonArray("organizations").getValuesAs(JsonObject.class)
                .forEach(o -> assertTrue(organizations.contains(o.getString("name")), o.getString("name")));

        List<JsonObject> claims = dump.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("claims").getValuesAs(JsonObject.class).stream()).toList();
        assertEquals(publicClaimIds(), claims.stream().map(c -> c.getJsonNumber("id").longValue()).collect(Collectors.toSet()));
        claims.forEach(c -> assertEquals("VERIFIED", c.getString("status")));
        for (JsonObject claim : demoClaims(false)) {
            assertFalse(body.contains(claim.getString("statement")), "non-public claim " + claim.getString("key"));
        }

        List<JsonObject> sources = dump.getJsonArray("sources").getValuesAs(JsonObject.class);
        List<JsonObject> stubs = sources.stream().filter(s -> s.getBoolean("restricted")).toList();
        Map<Long, Long> written = sources.stream().collect(Collectors.groupingBy(s -> s.getJsonNumber("id").longValue(),
                Collectors.counting()));
        assertTrue(written.values().stream().allMatch(n -> n == 1), "each source is written once: " + written);
        JsonObject heldStub = stubs.stream().filter(s -> s.getJsonNumber("id").longValue() == held).findFirst()
                .orElseThrow(() -> new AssertionError("a source held in confidence by its holder appears, as a stub"));
        assertFalse(heldStub.containsKey("title"), heldStub.toString());
        assertEquals("REPORT", heldStub.getString("kind"));
        assertEquals("hrnk", heldStub.getJsonObject("holder").getString("slug"));
        assertEquals("2024", heldStub.getString("issued"));
        assertFalse(body.contains(heldTitle) || body.contains("protect the guards " + run), "its title and note stay secret");
        assertFalse(written.containsKey(membersOnly), "a members-only source does not appear at all");
        assertFalse(body.contains(membersOnlyTitle));

        List<JsonObject> confidential = confidentialDemoSources();
        for (JsonObject source : confidential) {
            assertFalse(body.contains(source.getString("title")), "confidential title leaked");
            if (source.containsKey("note") && !source.isNull("note")) {
                assertFalse(body.contains(source.getString("note")), "confidential note leaked");
            }
            if (!heldByItsHolderOnly(source)) {
                continue;
            }
            assertTrue(stubs.stream().anyMatch(s -> s.getString("kind").equals(source.getString("kind"))
                    && s.getJsonObject("holder").getString("slug").equals(source.getString("holder"))
                    && s.getString("issued").equals(source.getString("issued").substring(0, 4))),
                    "the demo's " + source.getString("key") + " appears as a stub");
            for (JsonObject demoClaim : demoClaimsCiting(source.getString("key"))) {
                demoClaim.getJsonArray("citations").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("source").equals(source.getString("key")) && !c.isNull("locator"))
                        .forEach(c -> assertFalse(body.contains("\"" + c.getJsonObject("locator").getString("value") + "\""),
                                "the locator within a confidential source is confidential too"));
                JsonObject exported = claims.stream().filter(c -> c.getString("statement").equals(demoClaim.getString("statement")))
                        .findFirst().orElseThrow();
                // the exported claim cites the demo source by the id of its stub, without locator or quote
                JsonObject citation = exported.getJsonArray("citations").getValuesAs(JsonObject.class).stream()
                        .filter(c -> stubs.stream().anyMatch(st -> st.getJsonNumber("id").longValue() == c.getJsonNumber("source").longValue()
                                && st.getString("kind").equals(source.getString("kind"))
                                && st.getJsonObject("holder").getString("slug").equals(source.getString("holder"))))
                        .findFirst().orElseThrow(() -> new AssertionError(demoClaim.getString("key") + " cites its stub"));
                assertFalse(citation.containsKey("locator") || citation.containsKey("quoteExact"), citation.toString());
            }
        }

        Map<String, JsonObject> reconciliations = dump.getJsonArray("reconciliations").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("measure"), r -> r));
        for (JsonObject expected : read(DEMO_RECONCILIATIONS).asJsonArray().getValuesAs(JsonObject.class)) {
            String measure = expected.getString("measure");
            JsonObject reconciliation = reconciliations.get(measure);
            assertNotNull(reconciliation, "published reconciliation of " + measure);
            JsonObject first = reconciliation.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getJsonObject("version").getInt("number") == 1).findFirst().orElseThrow();
            assertEquals("/measures/" + measure + "/reconciliation/1", first.getString("permalink"));
            assertEquals(0, expected.getJsonNumber("low").bigDecimalValue()
                    .compareTo(first.getJsonObject("version").getJsonNumber("low").bigDecimalValue()));
            assertEquals(0, expected.getJsonNumber("high").bigDecimalValue()
                    .compareTo(first.getJsonObject("version").getJsonNumber("high").bigDecimalValue()));
        }
    }

    @Test
    void theBibliographyIsCslJsonOfThePublicSourcesThatCiteprocFormats() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/v1/exports/sources.csl.json", "*/*");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"));

        List<Object> parsed = new JsonParser(new JsonLexer(new StringReader(response.body()))).parseArray();
        @SuppressWarnings("unchecked")
        CSLItemData[] items = parsed.stream().map(o -> CSLItemData.fromJson((Map<String, Object>) o)).toArray(CSLItemData[]::new);
        Set<String> titles = new HashSet<>();
        for (CSLItemData item : items) {
            assertNotNull(item.getId());
            assertNotNull(item.getType(), item.getId());
            titles.add(item.getTitle());
        }
        demo().getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("confidentiality").equals("PUBLIC"))
                .forEach(s -> assertTrue(titles.contains(s.getString("title")), s.getString("title")));
        confidentialDemoSources().forEach(s -> assertFalse(response.body().contains(s.getString("title"))));

        Bibliography bibliography = CSL.makeAdhocBibliography("apa", "text", items);
        assertEquals(items.length, bibliography.getEntries().length);
        for (String entry : bibliography.getEntries()) {
            assertFalse(entry.isBlank());
        }
        assertTrue(bibliography.makeString().contains("Committee for Human Rights in North Korea"), "authors are formatted");
    }

    @Test
    void theFeedIsAtomWithTheNewestPublicEntriesLinkingToTheirPermalinks() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/v1/feed.atom", "application/atom+xml");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertNotNull(feed.getUri());
        assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())
                && l.getHref().endsWith("/api/v1/feed.atom")), "a rel=self link");
        List<SyndEntry> entries = feed.getEntries();
        assertFalse(entries.isEmpty());
        assertTrue(entries.size() <= 50, "at most 50 entries: " + entries.size());

        Set<Long> publicIds = publicClaimIds();
        Set<String> ids = new HashSet<>();
        Date previous = null;
        boolean reconciliationSeen = false;
        for (SyndEntry entry : entries) {
            assertTrue(entry.getUri().startsWith("tag:"), entry.getUri());
            assertTrue(ids.add(entry.getUri()), "entry ids are unique: " + entry.getUri());
            assertFalse(entry.getTitle().isBlank());
            assertNotNull(entry.getDescription(), "a summary");
            Date updated = entry.getUpdatedDate();
            assertNotNull(updated);
            assertTrue(previous == null || !updated.after(previous), "newest first");
            previous = updated;
            String link = entry.getLink();
            assertTrue(link.startsWith(base.toString()), link + " is on the site " + base);
            Matcher claim = CLAIM_LINK.matcher(link);
            Matcher reconciliation = RECONCILIATION_LINK.matcher(link);
            if (claim.matches()) {
                assertTrue(publicIds.contains(Long.parseLong(claim.group(1))), "only public claims: " + link);
            } else {
                assertTrue(reconciliation.matches(), "a claim's or a reconciliation's permalink: " + link);
                reconciliationSeen = true;
            }
        }
        assertTrue(reconciliationSeen, "the demo's published reconciliations are among the newest entries");
        assertTrue(feed.getLinks().stream().map(SyndLink::getHref).allMatch(Objects::nonNull));
    }

    // ---------------------------------------------------------------- helpers

    /** The ids of the claims an anonymous reader sees through the read API. */
    private Set<Long> publicClaimIds() {
        HttpResponse<String> response = Http.get(base, "api/v1/measures?limit=500");
        assertEquals(200, response.statusCode());
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("claims").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static JsonObject demo() {
        return read(DEMO).asJsonObject();
    }

    private static JsonValue read(String resource) {
        InputStream in = Objects.requireNonNull(OpenDataIT.class.getResourceAsStream(resource), resource);
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readValue();
        }
    }

    /** The demo's verified claims, or the others (drafts, submitted, ...). */
    private static List<JsonObject> demoClaims(boolean verified) {
        return demo().getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("status").equals("VERIFIED") == verified).toList();
    }

    private static List<JsonObject> demoClaimsCiting(String sourceKey) {
        return demoClaims(true).stream().filter(c -> c.getJsonArray("citations").getValuesAs(JsonObject.class).stream()
                .anyMatch(ci -> ci.getString("source").equals(sourceKey))).toList();
    }

    private static List<JsonObject> confidentialDemoSources() {
        List<JsonObject> confidential = demo().getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getString("confidentiality").equals("PUBLIC")).toList();
        assertFalse(confidential.isEmpty(), "the demo holds a confidential source to test with");
        return confidential;
    }

    private static boolean heldByItsHolderOnly(JsonObject source) {
        return source.getString("confidentiality").equals("HOLDER_ONLY");
    }

    private static String figurePhrase(JsonObject claim) {
        return claim.isNull("figure") ? "" : claim.getJsonObject("figure").getString("phrase");
    }

    private static Set<String> names(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).collect(Collectors.toSet());
    }
}
