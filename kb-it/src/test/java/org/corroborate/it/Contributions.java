package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Material created through the API with the demo accounts' personal tokens, as members' scripts would: sources,
 * claims drafted, submitted and verified by an editor of another organization (the four-eyes rule).
 */
final class Contributions {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;

    Contributions(URL base) {
        this.base = base;
    }

    /** A personal API token of this demo account (one per account and server). */
    String token(String account) {
        return TOKENS.computeIfAbsent(base + " " + account, k -> WebClient.apiToken(base, account));
    }

    /**
     * Asserts that the job (or any resource) at this path answers each of these callers (an account, or null for the
     * anonymous) exactly as an address of the same shape that names nothing, apart from the path, and never names
     * the file it holds.
     */
    void assertAnswersLikeMissing(String path, String fileName, String why, String... callers) {
        String missingPath = path.substring(0, path.lastIndexOf('/') + 1) + "0".repeat(32);
        for (String other : callers) {
            HttpResponse<String> hidden = call("GET", path, other, null, null);
            HttpResponse<String> missing = call("GET", missingPath, other, null, null);
            assertEquals(404, hidden.statusCode(), other + ": " + hidden.body());
            assertEquals(missing.statusCode(), hidden.statusCode());
            assertEquals(missing.headers().firstValue("Content-Type"), hidden.headers().firstValue("Content-Type"));
            assertEquals(missing.body().replace(missingPath, "<path>"), hidden.body().replace(path, "<path>"),
                    other + " learns nothing from " + why);
            assertFalse(hidden.body().contains(fileName), hidden.body());
        }
    }

    HttpResponse<String> call(String method, String path, String account, String contentType, String body) {
        return WebClient.api(base, method, path, account == null ? null : token(account), contentType, body);
    }

    /** As {@link #call}, naming the version the change is based on as the API takes it: {@code If-Match: "N"}. */
    HttpResponse<String> call(String method, String path, String account, String contentType, String body, long ifMatch) {
        return WebClient.api(base, method, path, account == null ? null : token(account), contentType, body,
                Map.of("If-Match", ifMatch(ifMatch)));
    }

    /** The If-Match header naming this version, as the ETag of a GET gives it. */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    /** The version an answer's ETag names (the value a change sends back as If-Match). */
    static long etag(HttpResponse<String> answer) {
        String tag = answer.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + answer.headers().map()));
        return Long.parseLong(tag.replace("\"", ""));
    }

    /** As {@link #call}, asking for the answer in this language (Accept-Language), as a script of a Korean member would. */
    HttpResponse<String> call(String method, String path, String account, String contentType, String body, String language) {
        return call(method, path, account, contentType, body, language, null);
    }

    /** As {@link #call(String, String, String, String, String, String)}, with If-Match naming this version (null: none). */
    HttpResponse<String> call(String method, String path, String account, String contentType, String body, String language,
                              Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").header("Accept-Language", language).timeout(Duration.ofSeconds(30));
        if (account != null) {
            request.header("Authorization", "Bearer " + token(account));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch(ifMatch));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** Replaces the fields of a source {@link #source} made, as its holder's {@code account} would. */
    void editSource(String account, long id, String holder, String title, String confidentiality, String note) {
        JsonObjectBuilder source = Json.createObjectBuilder().add("holder", holder).add("kind", "REPORT").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", "Field team")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", confidentiality)
                .add("relays", Json.createArrayBuilder());
        if (note != null) {
            source.add("note", note);
        }
        long version = etag(call("GET", "api/v1/sources/" + id, account, null, null));
        HttpResponse<String> edited = call("PUT", "api/v1/sources/" + id, account, "application/json", source.build().toString(), version);
        assertEquals(200, edited.statusCode(), edited.body());
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
        return draft(account, organization, measure, statement, source, quote,
                Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO").add("value", 120000)
                        .add("unit", "PERSONS").build(), "2024", "Abroad");
    }

    /**
     * A claim of {@code organization} on the measure with an exact figure of persons as of {@code asOf}, drafted by
     * {@code account}, submitted and verified by {@code editor} (of another organization); returns its id.
     */
    long verified(String account, String organization, String editor, String measure, String statement, long source,
                  String phrase, long value, String asOf) {
        return verified(account, organization, editor, measure, statement, source, phrase, value, asOf, "Abroad");
    }

    /** As {@link #verified(String, String, String, String, String, long, String, long, String)}, held in {@code place}. */
    long verified(String account, String organization, String editor, String measure, String statement, long source,
                  String phrase, long value, String asOf, String place) {
        long claim = draft(account, organization, measure, statement, source, null,
                Json.createObjectBuilder().add("phrase", phrase).add("qualifier", "EXACT").add("value", value)
                        .add("unit", "PERSONS").build(), asOf, place);
        verify(editor, claim, submit(account, claim));
        return claim;
    }

    private long draft(String account, String organization, String measure, String statement, long source, String quote,
                       JsonObject figure, String asOf, String place) {
        JsonObjectBuilder citation = Json.createObjectBuilder().add("source", source)
                .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS");
        if (quote != null) {
            citation.add("quote", quote);
        }
        JsonArrayBuilder topics = Json.createArrayBuilder().add("overseas labour");
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", figure)
                .add("measure", measure)
                .add("period", Json.createObjectBuilder().add("asOf", asOf))
                .add("place", place).add("topics", topics).build();
        String body = Json.createObjectBuilder().add("organization", organization).add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).build().toString();
        HttpResponse<String> drafted = call("POST", "api/v1/claims", account, "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        return Http.json(drafted).getJsonNumber("id").longValue();
    }

    /**
     * A new measure of persons (a stock) of the caller's own, named {@code name} (no secret in it: measures are
     * public): proposed with a draft claim of {@code organization}, which is then withdrawn. Returns its slug, unique
     * to this call, so that a test class changes only measures it created.
     */
    String measure(String account, String organization, String name) {
        String slug = "it-" + java.util.UUID.randomUUID().toString().substring(0, 13);
        JsonObject proposed = Json.createObjectBuilder().add("slug", slug).add("name", name)
                .add("definition", name + ", as a test of the integration suite counts them.").add("unit", "PERSONS")
                .add("kind", "STOCK").add("place", "Abroad").add("topic", "Integration tests").build();
        JsonObject content = Json.createObjectBuilder().add("statement", "Proposes the measure " + slug + ".")
                .add("language", "en").add("measure", slug).add("topics", Json.createArrayBuilder()).build();
        String body = Json.createObjectBuilder().add("organization", organization).add("content", content)
                .add("citations", Json.createArrayBuilder()).add("proposedMeasure", proposed).build().toString();
        HttpResponse<String> drafted = call("POST", "api/v1/claims", account, "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject claim = Http.json(drafted);
        HttpResponse<String> withdrawn = call("POST", "api/v1/claims/" + claim.getJsonNumber("id").longValue()
                + "/withdraw", account, null, null, etag(drafted));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        return slug;
    }

    /**
     * A draft claim of {@code organization} (a figure of "up to 120,000" persons, as of 2024, citing the source) that
     * proposes a new measure of persons (a stock) with this slug, name, definition and topic; the draft is kept, so the
     * measure stays a proposal until a claim on it is verified. Returns the claim's id.
     */
    long proposal(String account, String organization, String slug, String name, String definition, String topic,
                  long source) {
        JsonObject proposed = Json.createObjectBuilder().add("slug", slug).add("name", name).add("definition", definition)
                .add("unit", "PERSONS").add("kind", "STOCK").add("place", "Abroad").add("topic", topic).build();
        JsonObject content = Json.createObjectBuilder().add("statement", "Up to 120,000 people, by a proposed measure.")
                .add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", slug).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", Json.createArrayBuilder()).build();
        JsonObject citation = Json.createObjectBuilder().add("source", source).add("locatorType", "PAGE").add("locator", "4")
                .add("stance", "SUPPORTS").build();
        String body = Json.createObjectBuilder().add("organization", organization).add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).add("proposedMeasure", proposed).build().toString();
        HttpResponse<String> drafted = call("POST", "api/v1/claims", account, "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        return Http.json(drafted).getJsonNumber("id").longValue();
    }

    /**
     * A new measure as {@link #measure} makes it, made public (and visible to every member) by a claim of
     * {@code organization} that {@code editor}, of another organization, verifies. Returns its slug.
     */
    String shownMeasure(String account, String organization, String editor, String name) {
        String slug = measure(account, organization, name);
        long source = source(account, organization, "A source for " + slug, "PUBLIC", null);
        long claim = draft(account, organization, slug, "The first public figure of " + slug + ".", source, null);
        verify(editor, claim, submit(account, claim));
        return slug;
    }

    /**
     * An editor saves a reconciliation draft of the measure recommending this verified claim's figure (up to 120,000,
     * as {@link #draft} writes it), an editor of another organization approves it, and the first publishes it as the
     * measure's next version.
     */
    void reconcile(String editor, String measure, long recommended, String rationale) {
        reconcile(editor, measure, recommended, rationale, "EDITORS_JUDGEMENT", 0, 120_000);
    }

    /**
     * An editor publishes the measure's next version: this rule and figure, recommending this verified claim, once an
     * editor of another organization ({@link #approverFor}) has approved it.
     */
    void reconcile(String editor, String measure, long recommended, String rationale, String rule, long low, long high) {
        String path = "api/v1/measures/" + measure + "/reconciliation/";
        HttpResponse<String> opened = call("GET", path + "draft", editor, null, null);
        assertEquals(200, opened.statusCode(), opened.body());
        String draft = Json.createObjectBuilder().add("rule", rule).add("low", low).add("high", high)
                .add("period", Json.createObjectBuilder().add("asOf", "2024")).add("rationale", rationale)
                .add("roles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("claim", recommended)
                        .add("role", "RECOMMENDED"))).build().toString();
        HttpResponse<String> saved = call("PUT", path + "draft", editor, "application/json", draft, etag(opened));
        assertEquals(200, saved.statusCode(), saved.body());
        String approver = approverFor(editor);
        HttpResponse<String> approved = call("POST", path + "approve", approver, null, null, etag(saved));
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> published = call("POST", path + "publish", editor, null, null, etag(approved));
        assertEquals(200, published.statusCode(), published.body());
    }

    /** A demo editor of another organization than this demo editor's, to approve its reconciliation drafts. */
    static String approverFor(String editor) {
        return editor.equals("nauh-editor") ? "link-editor" : "nauh-editor";
    }

    /** Submits the author's draft for review; returns the claim's new version. */
    long submit(String account, long claim) {
        long version = claim(account, claim).getJsonNumber("version").longValue();
        HttpResponse<String> submitted = call("POST", "api/v1/claims/" + claim + "/submit", account, null, null, version);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        return Http.json(submitted).getJsonNumber("version").longValue();
    }

    /** An editor (of another organization than the claim's) verifies the submitted claim: it becomes public. */
    void verify(String editor, long claim, long version) {
        String decision = Json.createObjectBuilder().add("decision", "VERIFY").build().toString();
        HttpResponse<String> verified = call("POST", "api/v1/claims/" + claim + "/review", editor, "application/json", decision, version);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", Http.json(verified).getString("status"));
    }

    /** The claim as this member sees it. */
    JsonObject claim(String account, long claim) {
        HttpResponse<String> read = call("GET", "api/v1/claims/" + claim, account, null, null);
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read);
    }

    /**
     * Sends a claims CSV file as a script does ({@code POST api/v1/claims/imports}), checks it answered 202 with its
     * job, and follows the job until DONE or FAILED: the job's last state, in this language.
     */
    JsonObject importClaims(String account, String name, String csv, boolean dryRun, String language) {
        HttpResponse<String> accepted = call("POST", "api/v1/claims/imports?name=" + name + (dryRun ? "&dryRun=true" : ""),
                account, "text/csv; charset=UTF-8", csv, language);
        assertEquals(202, accepted.statusCode(), accepted.body());
        List<JsonObject> seen = followImport(account, accepted.headers().firstValue("Location").orElseThrow(), language);
        return seen.get(seen.size() - 1);
    }

    /** Every state a claim import job is seen in, polled often, until it is DONE or FAILED (within three minutes). */
    List<JsonObject> followImport(String account, String location, String language) {
        String path = URI.create(location).getPath().substring(1);
        List<JsonObject> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            HttpResponse<String> answer = call("GET", path, account, null, null, language);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            JsonObject job = Http.json(answer);
            seen.add(job);
            String state = job.getString("state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                return seen;
            }
            assertTrue(System.nanoTime() < deadline, "still " + job + " after three minutes");
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
