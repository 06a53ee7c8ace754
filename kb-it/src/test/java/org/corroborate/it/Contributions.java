package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Material created through the API with the demo accounts' personal tokens, as members' scripts would: sources,
 * claims drafted, submitted and verified by an editor of another organization (the four-eyes rule).
 */
final class Contributions {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final URL base;

    Contributions(URL base) {
        this.base = base;
    }

    /** A personal API token of this demo account (one per account and server). */
    String token(String account) {
        return TOKENS.computeIfAbsent(base + " " + account, k -> WebClient.apiToken(base, account));
    }

    HttpResponse<String> call(String method, String path, String account, String contentType, String body) {
        return WebClient.api(base, method, path, account == null ? null : token(account), contentType, body);
    }

    /** A new source held by {@code holder}, added by {@code account}; returns its id. */
    long source(String account, String holder, String title, String confidentiality, String note) {
        JsonObjectBuilder source = Json.createObjectBuilder().add("holder", holder).add("kind", "REPORT").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", "Field team")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", confidentiality)
                .add("relays", Json.createArrayBuilder());
        if (note != null) {
            source.add("note", note);
        }
        HttpResponse<String> created = call("POST", "api/v1/sources", account, "application/json", source.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    void attachText(String account, long source, String text) {
        HttpResponse<String> attached = call("PUT", "api/v1/sources/" + source + "/text", account,
                "text/plain; charset=UTF-8", text);
        assertEquals(200, attached.statusCode(), attached.body());
    }

    /**
     * A draft claim of {@code organization} on the measure (a figure of "up to 120,000" persons, as of 2024), citing the source (with this quote, or none);
     * returns its id.
     */
    long draft(String account, String organization, String measure, String statement, long source, String quote) {
        JsonObjectBuilder citation = Json.createObjectBuilder().add("source", source)
                .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS");
        if (quote != null) {
            citation.add("quote", quote);
        }
        JsonArrayBuilder topics = Json.createArrayBuilder().add("overseas labour");
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", measure)
                .add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", topics).build();
        String body = Json.createObjectBuilder().add("organization", organization).add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).build().toString();
        HttpResponse<String> drafted = call("POST", "api/v1/claims", account, "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        return Http.json(drafted).getJsonNumber("id").longValue();
    }

    /** Submits the author's draft for review; returns the claim's new version. */
    long submit(String account, long claim) {
        long version = claim(account, claim).getJsonNumber("version").longValue();
        HttpResponse<String> submitted = call("POST", "api/v1/claims/" + claim + "/submit?version=" + version, account, null, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        return Http.json(submitted).getJsonNumber("version").longValue();
    }

    /** An editor (of another organization than the claim's) verifies the submitted claim: it becomes public. */
    void verify(String editor, long claim, long version) {
        String decision = Json.createObjectBuilder().add("decision", "VERIFY").add("version", version).build().toString();
        HttpResponse<String> verified = call("POST", "api/v1/claims/" + claim + "/review", editor, "application/json", decision);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", Http.json(verified).getString("status"));
    }

    /** The claim as this member sees it. */
    JsonObject claim(String account, long claim) {
        HttpResponse<String> read = call("GET", "api/v1/claims/" + claim, account, null, null);
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read);
    }
}
