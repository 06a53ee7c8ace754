package org.corroborate.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bodies no caller can use to hang or crash the server: a truncated body with an unknown nested key (which looped for
 * ever in the JSON parser), malformed, mistyped, too deep, too large or outlandish numbers. Each answers a 4xx
 * problem document at once (within the ten seconds any request gets here), in the caller's language, and changes
 * nothing; an anonymous write answers 401 before its body is read.
 */
@ExtendWith(TestServer.class)
class RequestBodiesIT {

    /** The probe that pinned a CPU core until restart: 12 bytes, truncated, with an unknown nested key. */
    private static final String PROBE = "{\"zz\":{\"a\":1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestServer.Base
    URL base;

    private record Endpoint(String method, String path) {
    }

    /** The JSON endpoints that bind a body to a record, each at an address that exists (of this test's own). */
    private List<Endpoint> jsonEndpoints(Contributions members) {
        long source = members.source("hrnk-contributor", "hrnk", "Body probe target", "PUBLIC", null);
        String measure = members.measure("hrnk-contributor", "hrnk", "Bodies sent by a prober");
        long claim = members.draft("hrnk-contributor", "hrnk", measure, "A draft a prober aims at.", source, null);
        return List.of(new Endpoint("POST", "api/v1/claims"),
                new Endpoint("PUT", "api/v1/claims/" + claim),
                new Endpoint("PUT", "api/v1/claims/" + claim + "/citations"),
                new Endpoint("POST", "api/v1/sources"),
                new Endpoint("PUT", "api/v1/sources/" + source),
                new Endpoint("POST", "api/v1/claims/" + claim + "/review"),
                new Endpoint("POST", "api/v1/claims/" + claim + "/comments"),
                new Endpoint("PUT", "api/v1/measures/" + measure + "/tolerance"),
                new Endpoint("PUT", "api/v1/measures/" + measure + "/reconciliation/draft"));
    }

    @Test
    void theProbeThatLoopedForEverIsRefusedAtOnceByEveryJsonEndpoint() {
        Contributions members = new Contributions(base);
        String member = members.token("hrnk-editor");
        for (Endpoint endpoint : jsonEndpoints(members)) {
            HttpResponse<String> asMember = send(endpoint.method(), endpoint.path(), member, PROBE, "en");
            assertEquals(400, asMember.statusCode(), endpoint + ": " + asMember.body());
            assertProblem(asMember, "not well-formed JSON");
            HttpResponse<String> anonymous = send(endpoint.method(), endpoint.path(), null, PROBE, "en");
            assertEquals(401, anonymous.statusCode(), endpoint + ": " + anonymous.body());
        }
        // the server is not busy with any of them: the next reader is answered
        assertEquals(200, send("GET", "api/v1/measures?limit=1", null, null, "en").statusCode());
    }

    @Test
    void malformedMistypedDeepLargeAndOutlandishBodiesAre4xxAndChangeNothing() {
        Contributions members = new Contributions(base);
        String token = members.token("hrnk-contributor");
        int before = mine(token);
        Map<String, Integer> bodies = new LinkedHashMap<>();
        bodies.put("{\"statement\": NaN}", 400);
        bodies.put("[]", 400);
        bodies.put("\"a string\"", 400);
        bodies.put("{\"organization\": \"hrnk\", \"content\": []}", 400);
        bodies.put("{\"organization\": \"hrnk\", \"content\": {\"statement\": \"x\", \"language\": \"en\", \"topics\": [], "
                + "\"figure\": {\"phrase\": \"x\", \"qualifier\": \"EXACT\", \"value\": 1e309, \"unit\": \"PERSONS\"}}}", 400);
        bodies.put("{\"organization\": \"hrnk\", \"content\": {\"statement\": \"x\", \"language\": \"en\", \"topics\": [], "
                + "\"figure\": {\"phrase\": \"x\", \"qualifier\": \"EXACT\", \"value\": 1e999999999, \"unit\": \"PERSONS\"}}}", 400);
        bodies.put("[".repeat(100_000), 400);
        bodies.put("{\"statement\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413);
        bodies.put("{\"organization\": 12}", 400);
        for (Map.Entry<String, Integer> body : bodies.entrySet()) {
            String shown = body.getKey().length() > 60 ? body.getKey().substring(0, 60) + "…" : body.getKey();
            HttpResponse<String> answer = send("POST", "api/v1/claims", token, body.getKey(), "en");
            assertEquals(body.getValue(), answer.statusCode(), shown + ": " + answer.body());
            assertProblem(answer, "othing was changed");
            HttpResponse<String> anonymous = send("POST", "api/v1/claims", null, body.getKey(), "en");
            assertEquals(401, anonymous.statusCode(), shown + " anonymously: " + anonymous.body());
        }
        assertEquals(before, mine(token), "no refused body wrote a claim");
    }

    @Test
    void refusalsSpeakTheCallersLanguageAndAWellFormedAnonymousWriteIs401() {
        Contributions members = new Contributions(base);
        HttpResponse<String> korean = send("POST", "api/v1/claims", members.token("hrnk-contributor"), PROBE, "ko");
        assertEquals(400, korean.statusCode());
        assertProblem(korean, "올바른 JSON이 아닙니다");

        String wellFormed = "{\"organization\": \"hrnk\", \"content\": {\"statement\": \"x\", \"language\": \"en\", \"topics\": []}}";
        HttpResponse<String> anonymous = send("POST", "api/v1/claims", null, wellFormed, "ko");
        assertEquals(401, anonymous.statusCode(), "who may write is known before what is written: " + anonymous.body());
        assertProblem(anonymous, "로그인");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        // an Accept-Language the runtime cannot read is answered in English, not with a 500
        for (String language : List.of(";;;q=x", "en;q=2;q=3", "-;q=", "ko-KR;q=0.x")) {
            HttpResponse<String> odd = send("POST", "api/v1/claims", members.token("hrnk-contributor"), PROBE, language);
            assertEquals(400, odd.statusCode(), language + ": " + odd.body());
            HttpResponse<String> read = send("GET", "api/v1/measures/nk-population", null, null, language);
            assertTrue(read.statusCode() < 500, language + ": " + read.statusCode());
        }
    }

    @Test
    void parametersIdsAddressesAndMethodsJaxRsRefusesAre4xxInTheCallersLanguage() {
        Contributions members = new Contributions(base);
        String token = members.token("hrnk-contributor");
        long source = members.source("hrnk-contributor", "hrnk", "Parameter probe target", "PUBLIC", null);
        String measure = members.measure("hrnk-contributor", "hrnk", "Parameters sent by a prober");
        long claim = members.draft("hrnk-contributor", "hrnk", measure, "A draft a prober submits.", source, null);
        String submit = "api/v1/claims/" + claim + "/submit";

        // a version (If-Match) that is no ETag makes the request malformed: it is not an address that names nothing (404)
        HttpResponse<String> english = send("POST", submit, token, null, "en", "abc");
        assertEquals(400, english.statusCode(), english.body());
        assertProblem(english, "If-Match must be the ETag of the entry you edited");
        HttpResponse<String> korean = send("POST", submit, token, null, "ko", "abc");
        assertEquals(400, korean.statusCode(), korean.body());
        assertProblem(korean, "If-Match에는");
        assertEquals(401, send("POST", submit, null, null, "ko", "abc").statusCode(), "who may write is known first");
        // a boolean that is neither true nor false names the parameter
        HttpResponse<String> notABoolean = send("GET", "api/v1/conflicts?verifiedOnly=1", token, null, "en");
        assertEquals(400, notABoolean.statusCode(), notABoolean.body());
        assertProblem(notABoolean, "verifiedOnly must be true or false");
        HttpResponse<String> draft = send("GET", "api/v1/claims/" + claim, token, null, "en");
        assertEquals("DRAFT", Http.json(draft).getString("status"), "nothing was submitted");

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("GET api/v1/claims/abc 400", "\"abc\"은(는) ID가 아닙니다");
        refusals.put("GET api/v1/search?q=camps&limit=abc 400", "limit은(는) 정수여야 합니다");
        refusals.put("GET api/v1/claims/" + Long.MAX_VALUE + " 404", "주장 " + Long.MAX_VALUE);
        refusals.put("GET api/v1/no-such-address 404", "이 주소에는 아무것도 없습니다");
        refusals.put("DELETE api/v1/measures 405", "이 메서드를 받지 않습니다");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String[] request = refusal.getKey().split(" ");
            HttpResponse<String> answer = send(request[0], request[1], null, null, "ko");
            assertEquals(Integer.parseInt(request[2]), answer.statusCode(), refusal.getKey() + ": " + answer.body());
            assertProblem(answer, refusal.getValue());
        }
    }

    @Test
    void titlesAndStatementsOfInvisibleCharactersAreRefusedLikeEmptyOnes() {
        Contributions members = new Contributions(base);
        String token = members.token("hrnk-contributor");
        for (String invisible : List.of("\u200B\u200B\u200B", "\u2060\uFEFF", "\u3164\u3164")) {
            String body = "{\"holder\": \"hrnk\", \"kind\": \"REPORT\", \"title\": \"" + invisible + "\", "
                    + "\"authors\": [], \"confidentiality\": \"PUBLIC\", \"relays\": []}";
            HttpResponse<String> answer = send("POST", "api/v1/sources", token, body, "en");
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    private int mine(String token) {
        HttpResponse<String> mine = send("GET", "api/v1/claims/mine", token, null, "en");
        assertEquals(200, mine.statusCode(), mine.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(mine.body())).read() instanceof jakarta.json.JsonArray claims
                ? claims.size() : Http.json(mine).getJsonArray("items").size();
    }

    private static void assertProblem(HttpResponse<String> answer, String inDetail) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        JsonObject problem = Http.json(answer);
        assertEquals(answer.statusCode(), problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(inDetail), problem.toString());
    }

    /** Sends a request that must be answered within ten seconds. */
    private HttpResponse<String> send(String method, String path, String token, String body, String language) {
        return send(method, path, token, body, language, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String language, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return fail(method + " " + path + " was not answered within ten seconds");
        } catch (IOException e) {
            return fail(method + " " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
