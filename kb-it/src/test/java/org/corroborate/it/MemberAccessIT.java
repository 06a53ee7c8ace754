package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see and do what, over every channel a person or a script has: the pages (signed in with the form) and
 * the API (with personal tokens), for the demo accounts of two organizations. Nothing here calls a service directly.
 * <ul>
 *     <li>HRNK's Camp 12 interview records are held in confidence: everyone but HRNK sees a stub, on every page and
 *     endpoint that shows sources, quotes or texts.</li>
 *     <li>A members-only source does not exist for the public.</li>
 *     <li>A matrix of role × organization × action: each refused action answers 401/403 (404 for a draft the
 *     caller may not even see) and changes nothing;
 *     the allowed actor then does the same thing successfully, so the refusals are not an accident.</li>
 * </ul>
 */
@ExtendWith(TestServer.class)
class MemberAccessIT {

    private static final String CONFIDENTIAL_TITLE = "Interview records: former prisoners of Camp 12";
    private static final String CONFIDENTIAL_LOCATOR = "interviews 3, 7 and 11";
    private static final String CONFIDENTIAL_NOTE = "protect the witnesses";
    private static final String STUB_TEXT = "held in confidence";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @TestServer.Base
    URL base;

    @Test
    void aPageTheAccountsRolesDoNotOpenIsTheSitesOwnForbiddenPageInEnglishAndKorean() {
        WebClient contributor = WebClient.signedIn(base, "heritage-contributor");
        Map<String, String[]> languages = Map.of(
                "en", new String[] {"Not open to your account", "Sign in with another account", "Go to my claims and sources"},
                "ko", new String[] {"이 계정으로는 열 수 없는 페이지입니다", "다른 계정으로 로그인", "내 주장과 출처로 가기"});
        languages.forEach((language, texts) -> {
            HttpResponse<String> page = contributor.request("GET", "review/queue.xhtml", null, null,
                    Map.of("Accept-Language", language));
            String body = page.body();
            assertEquals(403, page.statusCode(), language);
            assertTrue(body.contains("<h1 id=\"error-title\">" + texts[0] + "</h1>"), language + ": " + body);
            assertTrue(body.contains("lang=\"" + language + "\""), "the page's language: " + language);
            assertTrue(body.contains("class=\"kb-header\"") && body.contains("corroborate.css"), "the site's layout");
            assertTrue(body.contains("id=\"error-sign-in\"") && body.contains(texts[1]) && body.contains("login.xhtml"),
                    "a way to sign in with another account: " + language);
            assertTrue(body.contains("id=\"error-my-items\"") && body.contains(texts[2]), "a way back to the member's work");
            assertFalse(body.contains("Payara") || body.contains("HTTP Status"), "not the server's own page");
        });
    }

    @Test
    void aPageAskedForWithARefusedTokenIsTheSitesOwnUnauthorizedPageInEnglishAndKorean() {
        Map<String, String> titles = Map.of("en", "Sign in again", "ko", "다시 로그인하세요");
        titles.forEach((language, title) -> {
            HttpResponse<String> page = new WebClient(base).request("GET", "contribute/my-items.xhtml", null, null,
                    Map.of("Accept-Language", language, "Accept", "text/html",
                            "Authorization", "Bearer cbt_" + "x".repeat(43)));
            String body = page.body();
            assertEquals(401, page.statusCode(), language);
            assertTrue(page.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), language);
            assertTrue(body.contains("<h1 id=\"error-title\">" + title + "</h1>"), language + ": " + body);
            assertTrue(body.contains("class=\"kb-header\""), "the site's layout");
            assertTrue(body.contains("id=\"error-sign-in\"") && body.contains("login.xhtml"), "a way to sign in");
            assertFalse(body.contains(">My items<") || body.contains(">내 항목<"), "nothing of the page asked for");
        });
    }

    @Test
    void aSourceHeldInConfidenceShowsOnlyItsStubToOthersOnEveryChannel() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Confidential own = ownConfidential(run);
        Confidential demo = demoConfidential();
        String marker = "Witness W-" + run + " counted 1,234 women in the sewing unit.";
        HttpResponse<String> attached = api("PUT", "api/v1/sources/" + own.source() + "/text", "hrnk-contributor",
                "text/plain; charset=UTF-8", "Transcript excerpt. " + marker);
        assertEquals(200, attached.statusCode(), attached.body());
        List<String> secrets = List.of(own.title(), own.locator(), own.note(), marker,
                CONFIDENTIAL_TITLE, CONFIDENTIAL_LOCATOR, CONFIDENTIAL_NOTE);

        // the holder sees it all: the checks below can fail
        for (Confidential c : List.of(own, demo)) {
            assertTrue(api("GET", "api/v1/sources/" + c.source(), "hrnk-contributor", null, null).body().contains(c.title()));
            WebClient holder = WebClient.signedIn(base, "hrnk-contributor");
            assertTrue(holder.get("source.xhtml?id=" + c.source()).body().contains(c.title()));
            assertTrue(holder.get("claim.xhtml?id=" + c.claim()).body().contains(c.locator()));
        }
        assertTrue(api("GET", "api/v1/sources/" + own.source() + "/text", "hrnk-contributor", null, null).body().contains(marker));

        Map<String, HttpResponse<String>> channels = new LinkedHashMap<>();
        String heritage = token("heritage-contributor");
        WebClient anonymous = new WebClient(base);
        WebClient member = WebClient.signedIn(base, "heritage-contributor");
        for (Confidential c : List.of(own, demo)) {
            String which = c == own ? "" : "demo ";
            for (String who : new String[]{null, heritage}) {
                String label = (who == null ? "anonymous " : "heritage ") + which;
                channels.put(label + "API source", WebClient.api(base, "GET", "api/v1/sources/" + c.source(), who, null, null));
                channels.put(label + "API citing claims", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/claims", who, null, null));
                channels.put(label + "API text", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/text", who, null, null));
                channels.put(label + "API figures", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/figures", who, null, null));
                channels.put(label + "API claim", WebClient.api(base, "GET", "api/v1/claims/" + c.claim(), who, null, null));
                channels.put(label + "API measure", WebClient.api(base, "GET", "api/v1/measures/" + c.measure(), who, null, null));
                // cross-referencing shows origin chains and the sources of weighed claims
                channels.put(label + "API measure comparisons", WebClient.api(base, "GET", "api/v1/measures/" + c.measureSlug() + "/comparisons", who, null, null));
                channels.put(label + "API claim comparisons", WebClient.api(base, "GET", "api/v1/claims/" + c.claim() + "/comparisons", who, null, null));
            }
            for (WebClient browser : new WebClient[]{anonymous, member}) {
                String label = (browser == anonymous ? "anonymous " : "heritage ") + which;
                channels.put(label + "source page", browser.get("source.xhtml?id=" + c.source()));
                channels.put(label + "claim page", browser.get("claim.xhtml?id=" + c.claim()));
                channels.put(label + "measure page", browser.get("measure.xhtml?slug=" + c.measureSlug()));
            }
            channels.put("heritage " + which + "text page", member.get("contribute/source-text.xhtml?id=" + c.source()));
            channels.put("heritage " + which + "figures page", member.get("contribute/source-figures.xhtml?id=" + c.source()));
            channels.put("heritage " + which + "source form", member.get("contribute/source-edit.xhtml?id=" + c.source()));
            channels.put("heritage " + which + "claim form", member.get("contribute/claim-edit.xhtml?source=" + c.source() + "&quote=Transcript"));
        }
        for (String who : new String[]{null, heritage}) {
            String label = who == null ? "anonymous " : "heritage ";
            channels.put(label + "API measures", WebClient.api(base, "GET", "api/v1/measures?limit=500", who, null, null));
            channels.put(label + "API suggestions", WebClient.api(base, "GET", "api/v1/sources/suggestions?q=Interview", who, null, null));
            channels.put(label + "API origins through a relay", WebClient.api(base, "GET", "api/v1/measures/political-prisoners/comparisons", who, null, null));
            channels.put(label + "API reconciliation", WebClient.api(base, "GET", "api/v1/measures/political-prisoners/reconciliation", who, null, null));
        }
        channels.put("heritage API conflicts", WebClient.api(base, "GET", "api/v1/conflicts", heritage, null, null));
        channels.put("heritage API my claims", WebClient.api(base, "GET", "api/v1/claims/mine", heritage, null, null));
        channels.put("anonymous home page", anonymous.get("index.xhtml"));
        channels.put("heritage home page", member.get("index.xhtml"));

        List<Executable> checks = new ArrayList<>();
        channels.forEach((channel, response) -> checks.add(() -> {
            assertTrue(response.statusCode() < 500, channel + " answered " + response.statusCode());
            secrets.forEach(secret -> assertFalse(response.body().contains(secret),
                    channel + " shows \"" + secret + "\": " + response.body()));
        }));
        assertAll(checks);

        // the stub itself: kind, year and holder, and that it is held in confidence
        for (String which : List.of("", "demo ")) {
            JsonObject stub = json(channels.get("anonymous " + which + "API source"));
            assertTrue(stub.getBoolean("restricted"), which);
            assertEquals("INTERVIEW", stub.getString("kind"), which);
            assertEquals("hrnk", stub.getJsonObject("holder").getString("slug"), which);
            assertTrue(channels.get("anonymous " + which + "source page").body().contains(STUB_TEXT), which);
            assertTrue(channels.get("heritage " + which + "source page").body().contains(STUB_TEXT), which);
            for (String endpoint : new String[]{"API citing claims", "API text", "API figures"}) {
                assertEquals(404, channels.get("anonymous " + which + endpoint).statusCode(), which + endpoint);
                assertEquals(404, channels.get("heritage " + which + endpoint).statusCode(), which + endpoint);
            }
            JsonObject claim = json(channels.get("heritage " + which + "API claim"));
            JsonObject citation = claim.getJsonArray("citations").stream().map(JsonValue::asJsonObject)
                    .filter(ci -> ci.getJsonObject("source").getBoolean("restricted")).findFirst().orElseThrow();
            assertTrue(absent(citation, "locator") && absent(citation, "quoteExact"), citation.toString());
        }
    }

    @Test
    void aMembersOnlySourceDoesNotExistForThePublic() {
        String title = "Members-only briefing on forced repatriation " + UUID.randomUUID();
        HttpResponse<String> created = api("POST", "api/v1/sources", "hrnk-contributor", "application/json",
                newSource(title, "MEMBERS_ONLY"));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        assertEquals(404, WebClient.api(base, "GET", "api/v1/sources/" + id, null, null, null).statusCode());
        HttpResponse<String> page = new WebClient(base).get("source.xhtml?id=" + id);
        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains(title));

        HttpResponse<String> member = api("GET", "api/v1/sources/" + id, "heritage-contributor", null, null);
        assertEquals(200, member.statusCode());
        assertEquals(title, json(member).getString("title"));
        assertTrue(WebClient.signedIn(base, "heritage-contributor").get("source.xhtml?id=" + id).body().contains(title));
    }

    @Test
    void eachRoleAndOrganizationMayDoOnlyWhatItsRoleAllows() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonObject source = json(api("POST", "api/v1/sources", "hrnk-contributor", "application/json",
                newSource("HRNK field report " + suffix, "PUBLIC")));
        long sourceId = source.getJsonNumber("id").longValue();
        String measure = new Contributions(base).measure("hrnk-contributor", "hrnk", "People held in labour training camps");
        HttpResponse<String> drafted = api("POST", "api/v1/claims", "hrnk-contributor", "application/json",
                newClaim("Up to 120,000 people are held " + suffix + ".", sourceId, measure));
        assertEquals(201, drafted.statusCode(), drafted.body());
        long claimId = json(drafted).getJsonNumber("id").longValue();
        long version = json(drafted).getJsonNumber("version").longValue();

        List<Action> actions = List.of(
                new Action("add a source held by HRNK", "POST", "api/v1/sources", "application/json",
                        newSource("Refused source " + suffix, "PUBLIC"),
                        () -> assertFalse(api("GET", "api/v1/sources/suggestions?q=Refused%20source%20" + suffix,
                                "hrnk-contributor", null, null).body().contains(suffix), "a refused source was written")),
                new Action("edit HRNK's source", "PUT", "api/v1/sources/" + sourceId, "application/json",
                        newSource("Renamed " + suffix, "PUBLIC"),
                        () -> assertEquals("HRNK field report " + suffix, json(api("GET", "api/v1/sources/" + sourceId,
                                "hrnk-contributor", null, null)).getString("title"))),
                new Action("attach text to HRNK's source", "PUT", "api/v1/sources/" + sourceId + "/text", "text/plain",
                        "Some text.",
                        () -> assertEquals(404, api("GET", "api/v1/sources/" + sourceId + "/text", "hrnk-contributor", null, null).statusCode())),
                new Action("revise HRNK's draft", "PUT", "api/v1/claims/" + claimId, "application/json",
                        claimContent("Rewritten by someone else.", measure),
                        () -> assertEquals(version, claimVersion(claimId))),
                new Action("submit HRNK's draft", "POST", "api/v1/claims/" + claimId + "/submit", null, null,
                        () -> assertEquals("DRAFT", claimStatus(claimId))),
                new Action("withdraw HRNK's draft", "POST", "api/v1/claims/" + claimId + "/withdraw", null, null,
                        () -> assertEquals("DRAFT", claimStatus(claimId))),
                // only platform admins send the notification e-mails and digests ahead of the schedule
                new Action("send the notification e-mails now", "POST", "api/v1/notifications/deliveries", null, null,
                        () -> assertTrue(List.of(401, 403).contains(WebClient.api(base, "GET", "api/v1/account/notifications",
                                null, null, null).statusCode()), "the public has no notifications")),
                new Action("watch HRNK's proposed measure", "PUT", "api/v1/measures/" + measure + "/watch", null, null,
                        () -> assertEquals(404, api("GET", "api/v1/measures/" + measure + "/watch", "heritage-contributor",
                                null, null).statusCode(), "another organization's proposal is unknown to heritage")));

        List<Executable> checks = new ArrayList<>();
        for (String actor : new String[]{null, "hrnk-editor", "heritage-contributor", "heritage-admin"}) {
            for (Action action : actions) {
                if ("hrnk-editor".equals(actor) && action.what().startsWith("watch HRNK")) {
                    continue; // HRNK's own editor knows HRNK's proposal and may watch it
                }
                checks.add(() -> {
                    // with the version the change would be based on, so that only who asks can refuse it
                    HttpResponse<String> answer = WebClient.api(base, action.method(), action.path(),
                            actor == null ? null : token(actor), action.contentType(), action.body(),
                            java.util.Map.of("If-Match", Contributions.ifMatch(version)));
                    // another organization's draft does not exist for its members or the public: 404
                    assertTrue(List.of(401, 403, 404).contains(answer.statusCode()),
                            (actor == null ? "anonymous" : actor) + " may not " + action.what() + ", got "
                                    + answer.statusCode() + " " + answer.body());
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                    action.unchanged().execute();
                });
            }
        }
        assertAll(checks);

        // the audit trail: editors and admins of the organization, nobody else
        assertEquals(200, api("GET", "api/v1/audit?entityType=claim&entityId=" + claimId, "hrnk-editor", null, null).statusCode());
        JsonArray trail = json(api("GET", "api/v1/audit?entityType=claim&entityId=" + claimId, "hrnk-admin", null, null)).getJsonArray("items");
        assertEquals("claim.drafted", trail.getJsonObject(trail.size() - 1).getString("action"));
        assertEquals("API", trail.getJsonObject(trail.size() - 1).getString("channel"));
        assertEquals("hrnk-contributor", trail.getJsonObject(trail.size() - 1).getString("actor"));
        for (String refused : new String[]{"hrnk-contributor", "heritage-contributor"}) {
            assertEquals(403, api("GET", "api/v1/audit", refused, null, null).statusCode(), refused);
        }
        assertTrue(json(api("GET", "api/v1/audit?entityType=claim&entityId=" + claimId, "heritage-admin", null, null)).getJsonArray("items").isEmpty(),
                "another organization's admin sees none of HRNK's audit entries");
        assertEquals(403, WebClient.api(base, "GET", "api/v1/audit", null, null, null).statusCode());

        // the allowed actor does the same things
        long sourceVersion = Contributions.etag(api("GET", "api/v1/sources/" + sourceId, "hrnk-contributor", null, null));
        assertEquals(200, WebClient.api(base, "PUT", "api/v1/sources/" + sourceId, token("hrnk-contributor"), "application/json",
                newSource("Renamed " + suffix, "PUBLIC"), java.util.Map.of("If-Match", Contributions.ifMatch(sourceVersion))).statusCode());
        assertEquals(200, api("PUT", "api/v1/sources/" + sourceId + "/text", "hrnk-contributor", "text/plain", "Some text.").statusCode());
        HttpResponse<String> submitted = WebClient.api(base, "POST", "api/v1/claims/" + claimId + "/submit", token("hrnk-contributor"),
                null, null, java.util.Map.of("If-Match", Contributions.ifMatch(version)));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", claimStatus(claimId));
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------------

    /** A source held in confidence by HRNK, the verified claim citing it (with a locator) and its measure. */
    private record Confidential(long source, String title, String locator, String note, long claim, long measure,
                                String measureSlug) {
    }

    private record Action(String what, String method, String path, String contentType, String body, Executable unchanged) {
    }

    /** This test's own interview records held in confidence by HRNK, cited by a verified claim on a measure of its own. */
    private Confidential ownConfidential(String run) {
        String title = "Interview records: former guards of Camp 25, run " + run;
        String note = "protect the guards " + run;
        String locator = "interviews 2, 5 and 9 of run " + run;
        String source = Json.createObjectBuilder().add("holder", "hrnk").add("kind", "INTERVIEW").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", "Field team")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", "HOLDER_ONLY").add("note", note)
                .add("relays", Json.createArrayBuilder()).build().toString();
        HttpResponse<String> created = api("POST", "api/v1/sources", "hrnk-contributor", "application/json", source);
        assertEquals(201, created.statusCode(), created.body());
        long sourceId = json(created).getJsonNumber("id").longValue();
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "Women held in a camp's sewing unit");
        String claim = Json.createObjectBuilder().add("organization", "hrnk")
                .add("content", Json.createReader(new StringReader(claimContent("Up to 120,000 women were held, the guards say ("
                        + run + ").", measure))).readObject())
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", sourceId)
                        .add("locatorType", "PARAGRAPH").add("locator", locator).add("stance", "SUPPORTS")))
                .build().toString();
        HttpResponse<String> drafted = api("POST", "api/v1/claims", "hrnk-contributor", "application/json", claim);
        assertEquals(201, drafted.statusCode(), drafted.body());
        long claimId = json(drafted).getJsonNumber("id").longValue();
        members.verify("heritage-editor", claimId, members.submit("hrnk-contributor", claimId));
        long measureId = json(api("GET", "api/v1/claims/" + claimId, "hrnk-contributor", null, null)).getJsonObject("measure")
                .getJsonNumber("id").longValue();
        return new Confidential(sourceId, title, locator, note, claimId, measureId, measure);
    }

    /** The demo's confidential source, the verified claim citing it and its measure, found as the public finds them (read only). */
    private Confidential demoConfidential() {
        JsonObject page = json(WebClient.api(base, "GET", "api/v1/measures?limit=500", null, null, null));
        JsonObject measure = page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("slug").equals("camp12-women-prisoners")).findFirst().orElseThrow();
        for (JsonValue c : measure.getJsonArray("claims")) {
            for (JsonValue s : c.asJsonObject().getJsonArray("sources")) {
                if (s.asJsonObject().getBoolean("restricted")) {
                    return new Confidential(s.asJsonObject().getJsonNumber("id").longValue(), CONFIDENTIAL_TITLE,
                            CONFIDENTIAL_LOCATOR, CONFIDENTIAL_NOTE, c.asJsonObject().getJsonNumber("id").longValue(),
                            measure.getJsonNumber("id").longValue(), "camp12-women-prisoners");
                }
            }
        }
        throw new AssertionError("the demo's confidential interview records are not cited on camp12-women-prisoners");
    }

    private HttpResponse<String> api(String method, String path, String account, String contentType, String body) {
        return WebClient.api(base, method, path, token(account), contentType, body);
    }

    private String token(String account) {
        return TOKENS.computeIfAbsent(account, a -> WebClient.apiToken(base, a));
    }

    private long claimVersion(long claimId) {
        return json(api("GET", "api/v1/claims/" + claimId, "hrnk-contributor", null, null)).getJsonNumber("version").longValue();
    }

    private String claimStatus(long claimId) {
        return json(api("GET", "api/v1/claims/" + claimId, "hrnk-contributor", null, null)).getString("status");
    }

    private static String newSource(String title, String confidentiality) {
        return Json.createObjectBuilder().add("holder", "hrnk").add("kind", "REPORT").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("literal", "Committee for Human Rights in North Korea")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", confidentiality)
                .add("relays", Json.createArrayBuilder()).build().toString();
    }

    private static String newClaim(String statement, long sourceId, String measure) {
        return Json.createObjectBuilder().add("organization", "hrnk")
                .add("content", Json.createReader(new StringReader(claimContent(statement, measure))).readObject())
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", sourceId)
                        .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS")))
                .build().toString();
    }

    private static String claimContent(String statement, String measure) {
        return Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", measure)
                .add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "North Korea").add("topics", Json.createArrayBuilder().add("prison camps"))
                .build().toString();
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Http.json(response);
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
