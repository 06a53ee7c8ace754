package org.corroborate.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payara Micro's operational endpoints are for platform admins: anonymous callers and members get no metrics, no
 * health details and no OpenAPI document (401 or 403 problem documents, in their language); health probes tell
 * anyone the status alone; the WADL is gone for everyone. A platform admin gets each, with a session or an API token.
 */
@ExtendWith(TestServer.class)
class OperationalEndpointsIT {

    /** Addresses of metrics and of the OpenAPI document, with what their content would show. */
    private static final Map<String, String> ADMIN_ONLY = Map.of(
            "metrics", "# TYPE",
            "metrics?scope=base", "memory_usedHeap_bytes",
            "metrics/", "# TYPE",
            "openapi", "Corroborate API",
            "openapi?format=JSON", "Corroborate API",
            "openapi/", "Corroborate API");

    private static final List<String> HEALTH = List.of("health", "health/ready", "health/live", "health/started");

    @TestServer.Base
    URL base;

    @Test
    void anonymousCallersGetNoMetricsNoOpenApiAndOnlyTheHealthStatus() {
        ADMIN_ONLY.forEach((path, content) -> {
            HttpResponse<String> answer = Http.get(base, path, "*/*");
            assertEquals(401, answer.statusCode(), path + ": " + answer.body());
            assertEquals("Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(null), path);
            assertRefused(answer, path, content);
        });
        HttpResponse<String> korean = new WebClient(base).request("GET", "metrics", null, null, Map.of("Accept-Language", "ko"));
        assertEquals(401, korean.statusCode());
        assertTrue(korean.body().contains("플랫폼 관리자"), korean.body());
        for (String path : HEALTH) {
            assertStatusAlone(Http.get(base, path), path);
        }
    }

    @Test
    void membersGetNoMetricsNoOpenApiAndOnlyTheHealthStatus() {
        String token = new Contributions(base).token("link-editor");
        WebClient session = WebClient.signedIn(base, "link-admin");
        ADMIN_ONLY.forEach((path, content) -> {
            HttpResponse<String> withToken = Http.get(base, path, "*/*", token);
            assertEquals(403, withToken.statusCode(), path + ": " + withToken.body());
            assertRefused(withToken, path, content);
            HttpResponse<String> withSession = any(session, path);
            assertEquals(403, withSession.statusCode(), path + ": " + withSession.body());
            assertRefused(withSession, path, content);
        });
        for (String path : HEALTH) {
            assertStatusAlone(Http.get(base, path, "application/json", token), path);
            assertStatusAlone(session.get(path), path);
        }
    }

    @Test
    void aPlatformAdminGetsEveryOperationalEndpoint() {
        String token = WebClient.platformAdminToken(base);
        WebClient session = WebClient.signedIn(base, "admin", System.getProperty("kb.it.admin.password"));
        ADMIN_ONLY.forEach((path, content) -> {
            for (HttpResponse<String> answer : List.of(Http.get(base, path, "*/*", token), any(session, path))) {
                assertEquals(200, answer.statusCode(), path + ": " + answer.body());
                assertTrue(answer.body().contains(content), path + ": " + answer.body());
            }
        });
        for (HttpResponse<String> answer : List.of(Http.get(base, "health/ready", "application/json", token), session.get("health/ready"))) {
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject database = Http.json(answer).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
            assertEquals("UP", database.getString("status"));
            assertTrue(database.getJsonObject("data").getString("schemaVersion").matches("\\d+(\\.\\d+)*"), answer.body());
        }
        assertTrue(Http.get(base, "health", "application/json", token).body().contains("\"checks\""));
    }

    @Test
    void theApiIsDescribedOnlyByItsOpenApiDocument() {
        String admin = WebClient.platformAdminToken(base);
        for (String token : new String[]{null, admin}) {
            HttpResponse<String> wadl = Http.get(base, "api/v1/application.wadl", "*/*", token);
            assertEquals(404, wadl.statusCode(), wadl.body());
            assertFalse(wadl.body().contains("wadl.dev.java.net"), wadl.body());
            HttpResponse<String> options = WebClient.api(base, "OPTIONS", "api/v1/measures", token, null, null);
            assertFalse(options.body().contains("wadl"), options.body());
        }
    }

    /** GETs {@code path} in this browser's session, accepting any type (metrics are text, not HTML). */
    private static HttpResponse<String> any(WebClient session, String path) {
        return session.request("GET", path, null, null, Map.of("Accept", "*/*"));
    }

    private static void assertRefused(HttpResponse<String> answer, String path, String content) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        assertTrue(answer.body().contains("platform admins"), path + ": " + answer.body());
        assertFalse(answer.body().contains(content), path + ": " + answer.body());
    }

    private static void assertStatusAlone(HttpResponse<String> answer, String path) {
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        assertEquals("{\"status\":\"UP\"}", answer.body(), path);
    }
}
