package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
@ExtendWith(ArquillianExtension.class)
class MemberAccessIT {

    private static final String CONFIDENTIAL_TITLE = "Interview records: former prisoners of Camp 12";
    private static final String CONFIDENTIAL_LOCATOR = "interviews 3, 7 and 11";
    private static final String CONFIDENTIAL_NOTE = "protect the witnesses";
    private static final String STUB_TEXT = "held in confidence";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSourceHeldInConfidenceShowsOnlyItsStubToOthersOnEveryChannel() {
        Confidential c = confidential();
        String marker = "Witness W-" + UUID.randomUUID() + " counted 1,234 women in the sewing unit.";
        HttpResponse<String> attached = api("PUT", "api/v1/sources/" + c.source() + "/text", "hrnk-contributor",
                "text/plain; charset=UTF-8", "Transcript excerpt. " + marker);
        assertEquals(200, attached.statusCode(), attached.body());
        List<String> secrets = List.of(CONFIDENTIAL_TITLE, CONFIDENTIAL_LOCATOR, CONFIDENTIAL_NOTE, marker);

        // the holder sees it all: the checks below can fail
        assertTrue(api("GET", "api/v1/sources/" + c.source(), "hrnk-contributor", null, null).body().contains(CONFIDENTIAL_TITLE));
        assertTrue(api("GET", "api/v1/sources/" + c.source() + "/text", "hrnk-contributor", null, null).body().contains(marker));
        WebClient holder = WebClient.signedIn(base, "hrnk-contributor");
        assertTrue(holder.get("source.xhtml?id=" + c.source()).body().contains(CONFIDENTIAL_TITLE));
        assertTrue(holder.get("claim.xhtml?id=" + c.claim()).body().contains(CONFIDENTIAL_LOCATOR));

        Map<String, HttpResponse<String>> channels = new LinkedHashMap<>();
        String heritage = token("heritage-contributor");
        for (String who : new String[]{null, heritage}) {
            String label = who == null ? "anonymous " : "heritage ";
            channels.put(label + "API source", WebClient.api(base, "GET", "api/v1/sources/" + c.source(), who, null, null));
            channels.put(label + "API citing claims", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/claims", who, null, null));
            channels.put(label + "API text", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/text", who, null, null));
            channels.put(label + "API figures", WebClient.api(base, "GET", "api/v1/sources/" + c.source() + "/figures", who, null, null));
            channels.put(label + "API claim", WebClient.api(base, "GET", "api/v1/claims/" + c.claim(), who, null, null));
            channels.put(label + "API measure", WebClient.api(base, "GET", "api/v1/measures/" + c.measure(), who, null, null));
            channels.put(label + "API measures", WebClient.api(base, "GET", "api/v1/measures?limit=500", who, null, null));
            channels.put(label + "API suggestions", WebClient.api(base, "GET", "api/v1/sources/suggestions?q=Interview", who, null, null));
            // cross-referencing and reconciliation show origin chains and the sources of weighed claims
            channels.put(label + "API measure comparisons", WebClient.api(base, "GET", "api/v1/measures/camp12-women-prisoners/comparisons", who, null, null));
            channels.put(label + "API claim comparisons", WebClient.api(base, "GET", "api/v1/claims/" + c.claim() + "/comparisons", who, null, null));
            channels.put(label + "API origins through a relay", WebClient.api(base, "GET", "api/v1/measures/political-prisoners/comparisons", who, null, null));
            channels.put(label + "API reconciliation", WebClient.api(base, "GET", "api/v1/measures/political-prisoners/reconciliation", who, null, null));
        }
        channels.put("heritage API conflicts", WebClient.api(base, "GET", "api/v1/conflicts", heritage, null, null));
        channels.put("heritage API my claims", WebClient.api(base, "GET", "api/v1/claims/mine", heritage, null, null));

        WebClient anonymous = new WebClient(base);
        WebClient member = WebClient.signedIn(base, "heritage-contributor");
        for (WebClient browser : new WebClient[]{anonymous, member}) {
            String label = browser == anonymous ? "anonymous " : "heritage ";
            channels.put(label + "source page", browser.get("source.xhtml?id=" + c.source()));
            channels.put(label + "claim page", browser.get("claim.xhtml?id=" + c.claim()));
            channels.put(label + "measure page", browser.get("measure.xhtml?slug=camp12-women-prisoners"));
            channels.put(label + "home page", browser.get("index.xhtml"));
        }
        channels.put("heritage text page", member.get("contribute/source-text.xhtml?id=" + c.source()));
        channels.put("heritage figures page", member.get("contribute/source-figures.xhtml?id=" + c.source()));
        channels.put("heritage source form", member.get("contribute/source-edit.xhtml?id=" + c.source()));
        channels.put("heritage claim form", member.get("contribute/claim-edit.xhtml?source=" + c.source() + "&quote=Transcript"));

        List<Executable> checks = new ArrayList<>();
        channels.forEach((channel, response) -> checks.add(() -> {
            assertTrue(response.statusCode() < 500, channel + " answered " + response.statusCode());
            secrets.forEach(secret -> assertFalse(response.body().contains(secret),
                    channel + " shows \"" + secret + "\": " + response.body()));
        }));
        assertAll(checks);

        // the stub itself: kind, year and holder, and that it is held in confidence
        JsonObject stub = json(channels.get("anonymous API source"));
        assertTrue(stub.getBoolean("restricted"));
        assertEquals("INTERVIEW", stub.getString("kind"));
        assertEquals("hrnk", stub.getJsonObject("holder").getString("slug"));
        assertTrue(channels.get("anonymous source page").body().contains(STUB_TEXT));
        assertTrue(channels.get("heritage source page").body().contains(STUB_TEXT));
        for (String endpoint : new String[]{"API citing claims", "API text", "API figures"}) {
            assertEquals(404, channels.get("anonymous " + endpoint).statusCode(), endpoint);
            assertEquals(404, channels.get("heritage " + endpoint).statusCode(), endpoint);
        }
        JsonObject claim = json(channels.get("heritage API claim"));
        JsonObject citation = claim.getJsonArray("citations").stream().map(JsonValue::asJsonObject)
                .filter(ci -> ci.getJsonObject("source").getBoolean("restricted")).findFirst().orElseThrow();
        assertTrue(absent(citation, "locator") && absent(citation, "quoteExact"), citation.toString());
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
        HttpResponse<String> drafted = api("POST", "api/v1/claims", "hrnk-contributor", "application/json",
                newClaim("Up to 120,000 people are held " + suffix + ".", sourceId));
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
                new Action("revise HRNK's draft", "PUT", "api/v1/claims/" + claimId + "?version=" + version, "application/json",
                        claimContent("Rewritten by someone else."),
                        () -> assertEquals(version, claimVersion(claimId))),
                new Action("submit HRNK's draft", "POST", "api/v1/claims/" + claimId + "/submit?version=" + version, null, null,
                        () -> assertEquals("DRAFT", claimStatus(claimId))),
                new Action("withdraw HRNK's draft", "POST", "api/v1/claims/" + claimId + "/withdraw?version=" + version, null, null,
                        () -> assertEquals("DRAFT", claimStatus(claimId))));

        List<Executable> checks = new ArrayList<>();
        for (String actor : new String[]{null, "hrnk-editor", "heritage-contributor", "heritage-admin"}) {
            for (Action action : actions) {
                checks.add(() -> {
                    HttpResponse<String> answer = WebClient.api(base, action.method(), action.path(),
                            actor == null ? null : token(actor), action.contentType(), action.body());
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
        JsonArray trail = jsonArray(api("GET", "api/v1/audit?entityType=claim&entityId=" + claimId, "hrnk-admin", null, null));
        assertEquals("claim.drafted", trail.getJsonObject(trail.size() - 1).getString("action"));
        assertEquals("API", trail.getJsonObject(trail.size() - 1).getString("channel"));
        assertEquals("hrnk-contributor", trail.getJsonObject(trail.size() - 1).getString("actor"));
        for (String refused : new String[]{"hrnk-contributor", "heritage-contributor"}) {
            assertEquals(403, api("GET", "api/v1/audit", refused, null, null).statusCode(), refused);
        }
        assertTrue(jsonArray(api("GET", "api/v1/audit?entityType=claim&entityId=" + claimId, "heritage-admin", null, null)).isEmpty(),
                "another organization's admin sees none of HRNK's audit entries");
        assertEquals(403, WebClient.api(base, "GET", "api/v1/audit", null, null, null).statusCode());

        // the allowed actor does the same things
        assertEquals(200, api("PUT", "api/v1/sources/" + sourceId, "hrnk-contributor", "application/json",
                newSource("Renamed " + suffix, "PUBLIC")).statusCode());
        assertEquals(200, api("PUT", "api/v1/sources/" + sourceId + "/text", "hrnk-contributor", "text/plain", "Some text.").statusCode());
        HttpResponse<String> submitted = api("POST", "api/v1/claims/" + claimId + "/submit?version=" + version, "hrnk-contributor", null, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", claimStatus(claimId));
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------------

    private record Confidential(long source, long claim, long measure) {
    }

    private record Action(String what, String method, String path, String contentType, String body, Executable unchanged) {
    }

    /** The demo's confidential source, the verified claim citing it and its measure, found as the public finds them. */
    private Confidential confidential() {
        JsonObject page = json(WebClient.api(base, "GET", "api/v1/measures?limit=500", null, null, null));
        JsonObject measure = page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("slug").equals("camp12-women-prisoners")).findFirst().orElseThrow();
        for (JsonValue c : measure.getJsonArray("claims")) {
            for (JsonValue s : c.asJsonObject().getJsonArray("sources")) {
                if (s.asJsonObject().getBoolean("restricted")) {
                    return new Confidential(s.asJsonObject().getJsonNumber("id").longValue(),
                            c.asJsonObject().getJsonNumber("id").longValue(), measure.getJsonNumber("id").longValue());
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

    private static String newClaim(String statement, long sourceId) {
        return Json.createObjectBuilder().add("organization", "hrnk")
                .add("content", Json.createReader(new StringReader(claimContent(statement))).readObject())
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", sourceId)
                        .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS")))
                .build().toString();
    }

    private static String claimContent(String statement) {
        return Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", "political-prisoners")
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
