package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as members' scripts use it: personal tokens issued, listed and revoked through the API; one way to name
 * the version a change is based on (If-Match with the ETag the GET answered: 428 without it, 412 when stale, and
 * nothing changes); booleans that are true or false and nothing else; a measure named by its slug or its id alike;
 * the audit trail a page at a time with its total; a web page cited by a fragment or heading, and a quote that needs
 * no locator; a claim without its period not sent to review. The organization LINK's accounts; its own fixtures.
 */
@ExtendWith(TestServer.class)
class ScriptApiIT {

    private static final String CONTRIBUTOR = "link-contributor";
    private static final String EDITOR = "nauh-editor";
    private static final String JSON = "application/json";

    @TestServer.Base
    URL base;

    @Test
    void aTokenIsCreatedWithASessionOrAToken_listedWithoutItsText_andRevokedForGood() {
        Contributions members = new Contributions(base);
        String label = "nightly script " + UUID.randomUUID().toString().substring(0, 8);

        // with a signed-in session, as a member's browser would
        WebClient session = WebClient.signedIn(base, "link-admin");
        HttpResponse<String> bySession = session.request("POST", "api/v1/account/tokens", JSON,
                Json.createObjectBuilder().add("label", label + " (session)").build().toString(),
                Map.of("Origin", origin(), "Accept", JSON));
        assertEquals(201, bySession.statusCode(), bySession.body());
        String sessionToken = Http.json(bySession).getString("token");
        assertTrue(WebClient.TOKEN.matcher(sessionToken).matches(), sessionToken);
        assertEquals("link-admin", account(sessionToken).getString("username"));

        // with an existing token, as a script renews its own; an expiry is kept and listed
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = members.call("POST", "api/v1/account/tokens", CONTRIBUTOR, JSON,
                Json.createObjectBuilder().add("label", label).add("expiresAt", expiry.toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject issued = Http.json(created);
        String token = issued.getString("token");
        long id = issued.getJsonNumber("id").longValue();
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getPath().endsWith("/api/v1/account/tokens/" + id), location.toString());
        assertEquals(expiry, Instant.parse(issued.getString("expiresAt")));
        assertEquals(CONTRIBUTOR, account(token).getString("username"), "the new token acts as its account");

        HttpResponse<String> listed = WebClient.api(base, "GET", "api/v1/account/tokens", token, null, null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertFalse(listed.body().contains(token), "a token's text is shown once, when it is made");
        JsonObject mine = Json.createReader(new StringReader(listed.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(label, mine.getString("name"));
        assertEquals(expiry, Instant.parse(mine.getString("expiresAt")));
        assertEquals(200, WebClient.api(base, "GET", location.getPath().substring(1), token, null, null).statusCode());

        // refused: an expiry in the past, no label; another account's token is answered as missing
        HttpResponse<String> past = members.call("POST", "api/v1/account/tokens", CONTRIBUTOR, JSON,
                Json.createObjectBuilder().add("label", label).add("expiresAt", "2020-01-01T00:00:00Z").build().toString(), "ko");
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(Http.json(past).getString("detail").contains("미래"), past.body());
        assertEquals(400, members.call("POST", "api/v1/account/tokens", CONTRIBUTOR, JSON, "{}").statusCode());
        assertEquals(401, WebClient.api(base, "POST", "api/v1/account/tokens", null, JSON, "{\"label\":\"x\"}").statusCode());
        assertEquals(404, WebClient.api(base, "DELETE", "api/v1/account/tokens/" + id, sessionToken, null, null).statusCode());
        assertEquals(CONTRIBUTOR, account(token).getString("username"), "another account cannot revoke it");

        // revoked: it stops working at once, and says so in the list
        HttpResponse<String> revoked = WebClient.api(base, "DELETE", "api/v1/account/tokens/" + id, token, null, null);
        assertEquals(204, revoked.statusCode(), revoked.body());
        assertEquals(401, WebClient.api(base, "GET", "api/v1/account", token, null, null).statusCode());
        assertEquals(401, WebClient.api(base, "POST", "api/v1/account/tokens", token, JSON, "{\"label\":\"x\"}").statusCode());
        JsonObject after = Http.json(members.call("GET", "api/v1/account/tokens/" + id, CONTRIBUTOR, null, null));
        assertFalse(after.isNull("revokedAt"), after.toString());
        assertEquals(204, WebClient.api(base, "DELETE", "api/v1/account/tokens/" + Http.json(bySession).getJsonNumber("id"),
                sessionToken, null, null).statusCode());
    }

    @Test
    void everyChangeNamesItsVersionWithIfMatch_428WithoutIt_412WhenStale_andNothingChanges() {
        Contributions members = new Contributions(base);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure(CONTRIBUTOR, "link", "People counted by a script " + marker);
        long source = members.source(CONTRIBUTOR, "link", "Script report " + marker, "PUBLIC", null);
        long claim = members.draft(CONTRIBUTOR, "link", measure, "Up to 120,000 people, " + marker + ".", source, null);

        // the claim: its GET answers the ETag the change sends back
        HttpResponse<String> read = members.call("GET", "api/v1/claims/" + claim, CONTRIBUTOR, null, null);
        long version = Contributions.etag(read);
        assertEquals(Http.json(read).getJsonNumber("version").longValue(), version);
        String submit = "api/v1/claims/" + claim + "/submit";
        for (String language : List.of("en", "ko")) {
            HttpResponse<String> missing = members.call("POST", submit, CONTRIBUTOR, null, null, language);
            assertEquals(428, missing.statusCode(), missing.body());
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(Http.json(missing).getString("detail").contains("If-Match"), missing.body());
            assertEquals(428, Http.json(missing).getInt("status"));
        }
        assertTrue(Http.json(members.call("POST", submit, CONTRIBUTOR, null, null, "ko")).getString("detail").contains("보내 주세요"));
        HttpResponse<String> stale = members.call("POST", submit, CONTRIBUTOR, null, null, version + 1);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("DRAFT", members.claim(CONTRIBUTOR, claim).getString("status"), "nothing was submitted");
        assertEquals(version, members.claim(CONTRIBUTOR, claim).getJsonNumber("version").longValue());
        HttpResponse<String> submitted = members.call("POST", submit, CONTRIBUTOR, null, null, version);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals(Http.json(submitted).getJsonNumber("version").longValue(), Contributions.etag(submitted),
                "a change answers the new ETag");

        // a review decision: the version is If-Match, no longer a field of the body
        String verify = Json.createObjectBuilder().add("decision", "VERIFY").build().toString();
        HttpResponse<String> undecided = members.call("POST", "api/v1/claims/" + claim + "/review", EDITOR, JSON, verify);
        assertEquals(428, undecided.statusCode(), undecided.body());
        assertEquals(412, members.call("POST", "api/v1/claims/" + claim + "/review", EDITOR, JSON, verify, version).statusCode());
        assertEquals("SUBMITTED", members.claim(CONTRIBUTOR, claim).getString("status"));
        members.verify(EDITOR, claim, Contributions.etag(submitted));

        // a source
        HttpResponse<String> sourceRead = members.call("GET", "api/v1/sources/" + source, CONTRIBUTOR, null, null);
        long sourceVersion = Contributions.etag(sourceRead);
        String renamed = Json.createObjectBuilder().add("holder", "link").add("kind", "REPORT").add("title", "Renamed " + marker)
                .add("authors", Json.createArrayBuilder()).add("confidentiality", "PUBLIC").add("relays", Json.createArrayBuilder())
                .build().toString();
        assertEquals(428, members.call("PUT", "api/v1/sources/" + source, CONTRIBUTOR, JSON, renamed).statusCode());
        assertEquals(412, members.call("PUT", "api/v1/sources/" + source, CONTRIBUTOR, JSON, renamed, sourceVersion + 1).statusCode());
        assertEquals("Script report " + marker, Http.json(members.call("GET", "api/v1/sources/" + source, CONTRIBUTOR, null, null))
                .getString("title"), "nothing was changed");
        HttpResponse<String> edited = members.call("PUT", "api/v1/sources/" + source, CONTRIBUTOR, JSON, renamed, sourceVersion);
        assertEquals(200, edited.statusCode(), edited.body());
        assertNotEquals(sourceVersion, Contributions.etag(edited));

        // a measure's tolerance, by slug and by id alike
        HttpResponse<String> bySlug = members.call("GET", "api/v1/measures/" + measure, EDITOR, null, null);
        long measureId = Http.json(bySlug).getJsonNumber("id").longValue();
        long measureVersion = Contributions.etag(bySlug);
        String tolerance = Json.createObjectBuilder().add("percent", 7).build().toString();
        assertEquals(428, members.call("PUT", "api/v1/measures/" + measureId + "/tolerance", EDITOR, JSON, tolerance).statusCode());
        assertEquals(412, members.call("PUT", "api/v1/measures/" + measureId + "/tolerance", EDITOR, JSON, tolerance,
                measureVersion + 1).statusCode());
        HttpResponse<String> set = members.call("PUT", "api/v1/measures/" + measureId + "/tolerance", EDITOR, JSON, tolerance,
                measureVersion);
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(0, new java.math.BigDecimal("7").compareTo(Http.json(set).getJsonNumber("aboutTolerancePercent").bigDecimalValue()));

        // a reconciliation draft: 428, then 412 with the draft as it is (its ETag) so that nothing is lost
        String draftPath = "api/v1/measures/" + measureId + "/reconciliation/draft";
        HttpResponse<String> opened = members.call("GET", draftPath, EDITOR, null, null);
        assertEquals(200, opened.statusCode(), opened.body());
        String draft = Json.createObjectBuilder().add("rationale", "Weighed by a script " + marker + ".")
                .add("roles", Json.createArrayBuilder()).build().toString();
        assertEquals(428, members.call("PUT", draftPath, EDITOR, JSON, draft).statusCode());
        HttpResponse<String> saved = members.call("PUT", draftPath, EDITOR, JSON, draft, Contributions.etag(opened));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> conflict = members.call("PUT", draftPath, EDITOR, JSON, draft, Contributions.etag(opened));
        assertEquals(412, conflict.statusCode(), conflict.body());
        assertEquals(Contributions.etag(saved), Contributions.etag(conflict));
        assertEquals("Weighed by a script " + marker + ".", Http.json(conflict).getJsonObject("current").getString("rationale"));
        assertEquals(428, members.call("POST", "api/v1/measures/" + measure + "/reconciliation/approve", "link-editor", null, null)
                .statusCode());
    }

    @Test
    void aMeasureIsNamedBySlugOrIdAlike() {
        Contributions members = new Contributions(base);
        JsonObject bySlug = Http.json(Http.get(base, "api/v1/measures/nk-population"));
        long id = bySlug.getJsonNumber("id").longValue();
        assertEquals(bySlug, Http.json(Http.get(base, "api/v1/measures/" + id)));
        for (String sibling : List.of("comparisons", "reconciliation")) {
            HttpResponse<String> slugAnswer = Http.get(base, "api/v1/measures/defectors-in-south-korea/" + sibling);
            long siblingId = Http.json(Http.get(base, "api/v1/measures/defectors-in-south-korea")).getJsonNumber("id").longValue();
            HttpResponse<String> idAnswer = Http.get(base, "api/v1/measures/" + siblingId + "/" + sibling);
            assertEquals(200, slugAnswer.statusCode(), slugAnswer.body());
            assertEquals(slugAnswer.body(), idAnswer.body(), sibling);
        }
        HttpResponse<String> queue = members.call("GET", "api/v1/review/queue?measure=" + id, EDITOR, null, null);
        assertEquals(200, queue.statusCode(), queue.body());
        assertEquals(queue.body(), members.call("GET", "api/v1/review/queue?measure=nk-population", EDITOR, null, null).body());

        // a proposed measure is unknown to the public by either name, and known to its organization by both
        String proposed = "it-" + UUID.randomUUID().toString().substring(0, 13);
        long source = members.source(CONTRIBUTOR, "link", "A source of a proposal named two ways", "PUBLIC", null);
        members.proposal(CONTRIBUTOR, "link", proposed, "People counted by a proposal named two ways",
                "People counted by a proposal, as a test of the integration suite counts them.", "Integration tests", source);
        long proposedId = Http.json(members.call("GET", "api/v1/measures/" + proposed, CONTRIBUTOR, null, null))
                .getJsonNumber("id").longValue();
        assertEquals(200, members.call("GET", "api/v1/measures/" + proposedId, CONTRIBUTOR, null, null).statusCode());
        HttpResponse<String> hiddenById = Http.get(base, "api/v1/measures/" + proposedId);
        HttpResponse<String> missing = Http.get(base, "api/v1/measures/999999999");
        assertEquals(404, hiddenById.statusCode());
        assertEquals(missing.body().replace("999999999", "N"), hiddenById.body().replace(String.valueOf(proposedId), "N"));
        assertEquals(404, Http.get(base, "api/v1/measures/" + proposedId + "/comparisons").statusCode());
        assertFalse(Http.get(base, "api/v1/measures/" + proposedId + "/reconciliation").body().contains(proposed),
                "the slug of a hidden measure is not told to whoever names it by its id");
    }

    @Test
    void booleansAreTrueOrFalseAndNothingElse_andNothingRuns() {
        Contributions members = new Contributions(base);
        String title = "Strict boolean book " + UUID.randomUUID().toString().substring(0, 8);
        String bibtex = "@book{strict, title = {" + title + "}, author = {Kim, Min}, year = 2021}";
        for (String value : List.of("1", "yes", "0", "True")) {
            HttpResponse<String> refused = members.call("POST", "api/v1/sources/imports?dryRun=" + value, CONTRIBUTOR,
                    "application/x-bibtex", bibtex, "en");
            assertEquals(400, refused.statusCode(), value + ": " + refused.body());
            assertEquals("dryRun must be true or false.", Http.json(refused).getString("detail"));
        }
        assertFalse(members.call("GET", "api/v1/sources/suggestions?q=" + title.replace(' ', '+'), CONTRIBUTOR, null, null)
                .body().contains(title), "no source was imported");
        HttpResponse<String> preview = members.call("POST", "api/v1/sources/imports?dryRun=true", CONTRIBUTOR,
                "application/x-bibtex", bibtex);
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(400, members.call("GET", "api/v1/review/queue?othersOnly=yes", EDITOR, null, null).statusCode());
        assertEquals(200, members.call("GET", "api/v1/review/queue?othersOnly=true", EDITOR, null, null).statusCode());
    }

    @Test
    void theAuditTrailComesAPageAtATimeWithItsTotal() {
        Contributions members = new Contributions(base);
        String measure = members.measure(CONTRIBUTOR, "link", "People counted for the audit's pages");
        long source = members.source(CONTRIBUTOR, "link", "Audit pages report", "PUBLIC", null);
        long claim = members.draft(CONTRIBUTOR, "link", measure, "Up to 120,000 people, audited.", source, null);
        members.submit(CONTRIBUTOR, claim);
        String trail = "api/v1/audit?entityType=claim&entityId=" + claim;
        JsonObject all = Http.json(members.call("GET", trail, "link-editor", null, null));
        assertEquals(2, all.getJsonNumber("total").longValue(), all.toString());
        assertEquals(List.of("claim.submitted", "claim.drafted"), all.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList());
        JsonObject second = Http.json(members.call("GET", trail + "&offset=1&limit=1", "link-editor", null, null));
        assertEquals(2, second.getJsonNumber("total").longValue());
        assertEquals(1, second.getInt("offset"));
        assertEquals(1, second.getInt("limit"));
        JsonArray items = second.getJsonArray("items");
        assertEquals(1, items.size());
        assertEquals("claim.drafted", items.getJsonObject(0).getString("action"));
        assertEquals(400, members.call("GET", "api/v1/audit?limit=0", "link-editor", null, null).statusCode());
        JsonObject others = Http.json(members.call("GET", trail, "hrnk-editor", null, null));
        assertEquals(0, others.getJsonNumber("total").longValue(), "another organization's editor counts none of LINK's");
    }

    @Test
    void aWebPageIsCitedByFragmentOrHeading_aQuoteNeedsNoLocator_andAClaimGoesToReviewWithItsPeriod() {
        Contributions members = new Contributions(base);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure(CONTRIBUTOR, "link", "People counted on a web page " + marker);
        long page = members.source(CONTRIBUTOR, "link", "Web page " + marker, "PUBLIC", null);
        long claim = members.draft(CONTRIBUTOR, "link", measure, "Up to 120,000 people, on a web page " + marker + ".", page, null);

        JsonArray citations = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("source", page).add("locatorType", "WEB_ANCHOR")
                        .add("locator", "#arrivals").add("stance", "SUPPORTS"))
                .add(Json.createObjectBuilder().add("source", page).add("quote", "up to 120,000 people")
                        .add("stance", "SUPPORTS"))
                .build();
        long version = Contributions.etag(members.call("GET", "api/v1/claims/" + claim, CONTRIBUTOR, null, null));
        HttpResponse<String> recited = members.call("PUT", "api/v1/claims/" + claim + "/citations", CONTRIBUTOR, JSON,
                citations.toString(), version);
        assertEquals(200, recited.statusCode(), recited.body());
        List<JsonObject> saved = Http.json(recited).getJsonArray("citations").getValuesAs(JsonObject.class);
        assertTrue(saved.stream().anyMatch(c -> "WEB_ANCHOR".equals(c.getString("locatorType", null))
                && "#arrivals".equals(c.getString("locator", null))), saved.toString());
        assertTrue(saved.stream().anyMatch(c -> "up to 120,000 people".equals(c.getString("quoteExact", null))
                && (!c.containsKey("locator") || c.isNull("locator"))), "a quote from a source whose text is not held needs no locator: " + saved);

        // the claim form offers the locator type in both languages; the public claim page shows it
        WebClient contributor = WebClient.signedIn(base, CONTRIBUTOR);
        assertTrue(contributor.get("contribute/claim-edit.xhtml?id=" + claim + "&lang=en").body()
                .contains("place in a web page (#fragment or heading)"));
        assertTrue(contributor.get("contribute/claim-edit.xhtml?id=" + claim + "&lang=ko").body()
                .contains("웹 페이지 안의 위치(#조각 또는 제목)"));
        members.verify(EDITOR, claim, members.submit(CONTRIBUTOR, claim));
        assertTrue(new WebClient(base).get("claims/" + claim + "?lang=en").body().contains("at #arrivals"));

        // a claim that states no period is not sent to review: it could agree or conflict with any figure
        String content = Json.createObjectBuilder().add("statement", "Up to 120,000 people, undated " + marker + ".")
                .add("language", "en").add("measure", measure)
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("topics", Json.createArrayBuilder()).build().toString();
        String body = "{\"organization\":\"link\",\"content\":" + content + ",\"citations\":" + citations + "}";
        HttpResponse<String> undated = members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, body);
        assertEquals(201, undated.statusCode(), undated.body());
        long undatedId = Http.json(undated).getJsonNumber("id").longValue();
        HttpResponse<String> refused = members.call("POST", "api/v1/claims/" + undatedId + "/submit", CONTRIBUTOR, null, null,
                "en", Contributions.etag(undated));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Http.json(refused).getString("detail").contains("give the period it holds for"), refused.body());
        HttpResponse<String> korean = members.call("POST", "api/v1/claims/" + undatedId + "/submit", CONTRIBUTOR, null, null,
                "ko", Contributions.etag(undated));
        assertEquals(400, korean.statusCode(), korean.body());
        assertEquals("DRAFT", members.claim(CONTRIBUTOR, undatedId).getString("status"));
    }

    private JsonObject account(String token) {
        HttpResponse<String> me = WebClient.api(base, "GET", "api/v1/account", token, null, null);
        assertEquals(200, me.statusCode(), me.body());
        return Http.json(me);
    }

    private String origin() {
        String root = base.toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}
