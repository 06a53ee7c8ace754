package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read API as a client sees it: status codes, content types and bodies, on the demo knowledge base. */
@ExtendWith(TestServer.class)
class ReadApiIT {

    @TestServer.Base
    URL base;

    private JsonObject ok(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode(), path + " answered " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Http.json(response);
    }

    private JsonObject measureBySlug(String slug) {
        JsonArray items = ok("api/v1/measures?limit=500").getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + slug));
    }

    @Test
    void listsTheDemoMeasuresWithTheFiguresClaimedForEach() {
        JsonObject page = ok("api/v1/measures");
        assertTrue(page.getInt("total") >= 10, "measures: " + page.getInt("total"));
        JsonObject population = measureBySlug("nk-population");
        assertEquals("PERSONS", population.getString("unit"));
        List<String> phrases = population.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("figure").getString("phrase")).toList();
        assertTrue(phrases.containsAll(List.of("25 million", "24 million civilians")), phrases.toString());
        JsonObject first = population.getJsonArray("claims").getJsonObject(0);
        assertFalse(first.getJsonArray("sources").isEmpty(), "each figure names its sources");
        assertFalse(first.getJsonObject("organization").getString("name").isBlank());
    }

    @Test
    void pagesThroughMeasures() {
        JsonObject all = ok("api/v1/measures?limit=500");
        JsonObject page = ok("api/v1/measures?offset=2&limit=3");
        assertEquals(all.getInt("total"), page.getInt("total"));
        assertEquals(3, page.getJsonArray("items").size());
        assertEquals(all.getJsonArray("items").getJsonObject(2).getString("slug"),
                page.getJsonArray("items").getJsonObject(0).getString("slug"));
        assertTrue(ok("api/v1/measures?offset=100000").getJsonArray("items").isEmpty());
    }

    @Test
    void aMeasureShowsItsClaimsWithIntervalsAndPeriods() {
        long id = measureBySlug("political-prisoners").getJsonNumber("id").longValue();
        JsonObject measure = ok("api/v1/measures/" + id);
        assertEquals("political-prisoners", measure.getString("slug"));
        assertFalse(measure.getString("definition").isBlank());
        List<String> intervals = measure.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("figure").getString("interval")).toList();
        assertTrue(intervals.contains("[80000, 120000]"), intervals.toString());
        assertTrue(intervals.contains("[0, 120000]"), "\"up to\" starts at zero: " + intervals);
    }

    @Test
    void aClaimCarriesItsCitationsWithFullSourcesAndRelays() {
        JsonObject camps = measureBySlug("political-prisoners");
        JsonObject summary = camps.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("figure").getString("phrase").equals("up to 120,000"))
                .findFirst().orElseThrow();
        JsonObject claim = ok("api/v1/claims/" + summary.getJsonNumber("id").longValue());
        assertEquals("VERIFIED", claim.getString("status"));
        assertEquals("political-prisoners", claim.getJsonObject("measure").getString("slug"));
        JsonObject citation = claim.getJsonArray("citations").getJsonObject(0);
        assertTrue(citation.getString("quoteExact").contains("120,000"));
        assertFalse(citation.getString("locator").isBlank());
        JsonObject source = citation.getJsonObject("source");
        assertFalse(source.getString("title").isBlank());
        assertFalse(source.getBoolean("restricted"));
        assertFalse(source.getJsonArray("relays").isEmpty(), "the compilation relays the pieces it reprints");

        long sourceId = source.getJsonNumber("id").longValue();
        JsonObject fetched = ok("api/v1/sources/" + sourceId);
        assertEquals(source.getString("title"), fetched.getString("title"));
        HttpResponse<String> citingResponse = Http.get(base, "api/v1/sources/" + sourceId + "/claims");
        assertEquals(200, citingResponse.statusCode());
        List<Long> citing = Json.createReader(new java.io.StringReader(citingResponse.body())).readArray()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        assertTrue(citing.contains(summary.getJsonNumber("id").longValue()), "the source lists the figures citing it");

        long relayed = fetched.getJsonArray("relays").getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> relayedBy = ok("api/v1/sources/" + relayed).getJsonArray("relayedBy").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertTrue(relayedBy.contains(sourceId), "relays are visible from both ends");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/claims/999999999", "api/v1/measures/999999999", "api/v1/measures/1.5", "api/v1/measures/no-such-measure", "api/v1/sources/999999999", "api/v1/sources/999999999/claims", "api/v1/nothing-here"})
    void anUnknownAddressAnswers404WithAProblemDocument(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(404, response.statusCode());
        assertProblem(response, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/claims/abc", "api/v1/sources/1.5", "api/v1/sources/-3", "api/v1/measures?limit=0", "api/v1/measures?offset=-1"})
    void aMalformedRequestAnswers400WithAProblemDocument(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response, 400);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
    }

    @Test
    void readinessTellsAnyoneTheStatusAlone() {
        HttpResponse<String> response = Http.get(base, "health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"status\":\"UP\"}", response.body(), "no check names, no data (the details are for platform admins)");
    }
}
