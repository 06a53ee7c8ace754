package org.corroborate.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Public pages rendered ahead of readers: once asked, every public page of a single entry is rendered and kept in
 * English and Korean, and from then on a committed change has the pages it reaches rendered again, so that the next
 * reader is sent the new figure at once. The servers under test do not start it by themselves
 * ({@code KB_PAGES_WARM=false} in kb-it/pom.xml, so that the other ITs' servers are not busy rendering): a platform
 * admin asks for it, as an operator would after turning it on. Reads the progress from GET /api/v1/pages.
 */
@ExtendWith(TestServer.class)
class PagesRenderedAheadIT {

    private static final int LANGUAGES = 2;

    @TestServer.Base
    URL base;

    @Test
    void everyPublicPageIsKeptInBothLanguagesOnceAPlatformAdminAsks() {
        assertEquals(200, Http.get(base, "").statusCode(), "a reader opens the home page");
        JsonObject idle = Http.json(Http.get(base, "api/v1/pages"));
        assertFalse(idle.getBoolean("enabled"), "turned off for the ITs: " + idle);

        HttpResponse<String> anonymous = WebClient.api(base, "POST", "api/v1/pages", null, null, null);
        assertTrue(List.of(401, 403).contains(anonymous.statusCode()), anonymous.statusCode() + " " + anonymous.body());
        HttpResponse<String> member = new Contributions(base).call("POST", "api/v1/pages", "heritage-admin", null, null);
        assertEquals(403, member.statusCode(), member.body());
        assertTrue(Http.json(member).getString("detail").contains("platform admins"), member.body());

        askForEveryPage();
        JsonObject status = awaitRenderedAhead();

        JsonObject dump = Http.json(Http.get(base, "api/v1/exports/dump.json"));
        List<JsonObject> measures = dump.getJsonArray("measures").getValuesAs(JsonObject.class);
        long publicMeasures = measures.stream().filter(m -> !m.getJsonArray("claims").isEmpty()).count();
        long claims = measures.stream().mapToLong(m -> m.getJsonArray("claims").size()).sum();
        long sources = dump.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getBoolean("restricted")).count();
        long pages = (1 + publicMeasures + claims + sources) * LANGUAGES;

        assertEquals(0, status.getJsonNumber("failed").longValue(), status.toString());
        assertTrue(status.getJsonNumber("done").longValue() >= pages,
                "every public page of a single entry, in both languages (" + pages + "), was rendered: " + status);
        assertTrue(status.getJsonObject("kept").getInt("pages") >= pages, "and kept: " + status);
        assertTrue(status.getJsonObject("kept").getJsonNumber("bytes").longValue()
                        < status.getJsonObject("kept").getJsonNumber("budget").longValue(), status.toString());
    }

    @Test
    void aChangeHasThePagesItReachesRenderedAgainBeforeTheNextReaderComes() {
        // a measure of this test's own, public with a first verified claim before the pages are rendered ahead
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "North Koreans working abroad, page by page");
        long first = members.draft("hrnk-contributor", "hrnk", measure, "A first figure for the measure's page.",
                members.source("hrnk-contributor", "hrnk", "HRNK survey, first wave", "PUBLIC", null), null);
        members.verify("heritage-editor", first, members.submit("hrnk-contributor", first));
        askForEveryPage();
        long before = rendered(awaitRenderedAhead());
        String measurePage = Http.page(base, "measures/" + measure);

        String marker = "Pre-rendered " + UUID.randomUUID().toString().substring(0, 8);
        long source = members.source("hrnk-contributor", "hrnk", "HRNK survey " + marker, "PUBLIC", null);
        long claim = members.draft("hrnk-contributor", "hrnk", measure, marker + ": up to 120,000 workers abroad",
                source, null);
        assertFalse(Http.page(base, "measures/" + measure).contains(marker), "a draft is not public");
        members.verify("heritage-editor", claim, members.submit("hrnk-contributor", claim));

        // the measure page, the new claim's page and its source's page, and the pages of the claims it is compared with
        JsonObject after = awaitRenderedAhead();
        assertTrue(rendered(after) - before >= 3 * LANGUAGES, "rendered again, not found current: " + after);
        String renewed = Http.page(base, "measures/" + measure);
        assertTrue(renewed.contains(marker), "the measure page shows the new claim");
        assertFalse(renewed.equals(measurePage));
        assertTrue(Http.page(base, "claims/" + claim).contains(marker));
        assertTrue(Http.page(base, "sources/" + source).contains(marker));
    }

    private void askForEveryPage() {
        String token = WebClient.apiToken(base, "admin", System.getProperty("kb.it.admin.password"));
        HttpResponse<String> accepted = WebClient.api(base, "POST", "api/v1/pages", token, null, null);
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    /** Pages rendered (not found current, not failed) since start-up. */
    private static long rendered(JsonObject status) {
        return status.getJsonNumber("done").longValue() - status.getJsonNumber("skipped").longValue()
                - status.getJsonNumber("failed").longValue();
    }

    /** Waits until rendering ahead has done every page asked for; returns its status. */
    private JsonObject awaitRenderedAhead() {
        long deadline = System.nanoTime() + 180_000_000_000L;
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(base, "api/v1/pages");
            assertEquals(200, response.statusCode(), response.body());
            status = Http.json(response);
            long done = status.getJsonNumber("done").longValue();
            if (!status.getBoolean("running") && done > 0 && done >= status.getJsonNumber("expected").longValue()) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("pages were still being rendered ahead after three minutes: " + status);
    }
}
