package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four eyes on reconciliations, through the API as editors' scripts use it: a draft is published only once an editor
 * of another organization than the one that last changed it has approved it as it stands; the drafting organization's
 * approval is refused; a change after approval withdraws it; every refusal is a problem document in the caller's
 * language and changes nothing. The published version names the drafting and the approving organization, on the API
 * and on the public pages, and never a staff user name. The measure is this class's own; the demo is only read.
 */
@ExtendWith(TestServer.class)
class ReconciliationApprovalIT {

    private static final String DRAFTER = "nauh-editor";
    private static final String APPROVER = "hrnk-editor";

    @TestServer.Base
    URL base;

    @Test
    void aReconciliationIsPublishedOnlyAfterAnEditorOfAnotherOrganizationApprovesItAsItStands() {
        Contributions members = new Contributions(base);
        String measure = members.shownMeasure("heritage-contributor", "heritage", "tongil-mom-editor",
                "Workers sent to logging camps, reconciled under four eyes");
        String path = "api/v1/measures/" + measure + "/reconciliation/";
        JsonObject opened = ok(members.call("GET", path + "draft", DRAFTER, null, null));
        long claim = opened.getJsonArray("candidates").getJsonObject(0).getJsonNumber("claimId").longValue();
        JsonObject saved = ok(members.call("PUT", path + "draft", DRAFTER, "application/json",
                draft(claim, "The only verified count so far."), version(opened)));
        assertFalse(saved.getBoolean("approved"));
        assertFalse(saved.getBoolean("mayApprove"), "the drafting organization may not approve");
        assertEquals("nauh", saved.getJsonObject("draftingOrganization").getString("slug"));

        // not without approval, in the caller's language, and nothing is published
        JsonObject unapproved = problem(members.call("POST", path + "publish", DRAFTER, null, null, "en", version(saved)), 400);
        assertTrue(unapproved.getString("detail").contains("an editor of another organization must approve it"), unapproved.toString());
        JsonObject korean = problem(members.call("POST", path + "publish", DRAFTER, null, null, "ko", version(saved)), 400);
        assertTrue(korean.getString("detail").contains("다른 단체의 편집자가"), korean.toString());
        JsonObject figure = publicFigure(members, measure);
        assertTrue(!figure.containsKey("current") || figure.isNull("current"), "nothing was published: " + figure);

        // the drafting organization's approval is refused, and changes nothing
        JsonObject own = problem(members.call("POST", path + "approve", DRAFTER, null, null, "en", version(saved)), 403);
        assertTrue(own.getString("detail").contains("Your organization drafted"), own.toString());
        assertFalse(ok(members.call("GET", path + "draft", DRAFTER, null, null)).getBoolean("approved"));
        assertEquals(428, members.call("POST", path + "approve", APPROVER, null, null).statusCode(), "the version is required (If-Match)");
        assertEquals(412, members.call("POST", path + "approve", APPROVER, null, null, (version(saved) - 1)).statusCode(),
                "an approval of a draft the approver has not seen is refused");

        // another organization approves; a change afterwards withdraws the approval
        JsonObject approved = ok(members.call("POST", path + "approve", APPROVER, null, null, version(saved)));
        assertTrue(approved.getBoolean("approved"));
        assertEquals("hrnk", approved.getJsonObject("approvingOrganization").getString("slug"));
        assertEquals(412, members.call("POST", path + "approve", APPROVER, null, null, version(saved)).statusCode(),
                "approving again what has since changed (the approval itself) is stale");
        JsonObject changed = ok(members.call("PUT", path + "draft", DRAFTER, "application/json",
                draft(claim, "The only verified count so far; a second survey is under review."), version(approved)));
        assertFalse(changed.getBoolean("approved"), "a change after approval needs approval again");
        problem(members.call("POST", path + "publish", DRAFTER, null, null, "en", version(changed)), 400);

        // approved again as it stands, then published: the version names both organizations, no user names
        JsonObject reapproved = ok(members.call("POST", path + "approve", APPROVER, null, null, version(changed)));
        JsonObject published = ok(members.call("POST", path + "publish", DRAFTER, null, null, version(reapproved)));
        assertEquals(1, published.getInt("number"));
        assertEquals("nauh", published.getJsonObject("draftingOrganization").getString("slug"));
        assertEquals("hrnk", published.getJsonObject("approvingOrganization").getString("slug"));
        assertFalse(ok(members.call("GET", path + "draft", DRAFTER, null, null)).getBoolean("approved"),
                "publishing uses the approval up: the next version needs its own");

        JsonObject current = publicFigure(members, measure).getJsonObject("current");
        assertEquals("Now, Action and Unity for Human Rights", current.getJsonObject("draftingOrganization").getString("name"));
        assertEquals("Committee for Human Rights in North Korea", current.getJsonObject("approvingOrganization").getString("name"));
        String publicAnswer = Http.get(base, path.substring(0, path.length() - 1)).body()
                + Http.get(base, path + "versions/1").body();
        assertFalse(publicAnswer.contains(DRAFTER) || publicAnswer.contains(APPROVER), "no staff user name for the public: " + publicAnswer);

        WebClient reader = new WebClient(base);
        for (String page : new String[]{"measures/" + measure + "/reconciliation/1?lang=en", "measures/" + measure + "?lang=en"}) {
            HttpResponse<String> shown = reader.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertTrue(shown.body().contains("Drafted by NAUH; approved by HRNK."), page + ": " + shown.body());
            assertFalse(shown.body().contains(DRAFTER) || shown.body().contains(APPROVER), "no staff user name on " + page);
        }
        assertTrue(reader.get("measures/" + measure + "/reconciliation/1?lang=ko").body().contains("작성: NAUH, 승인: HRNK."));

        // the trail records who drafted, approved and published (each organization's editors read their own entries)
        long measureId = published.getJsonObject("measure").getJsonNumber("id").longValue();
        assertEquals(List.of("reconciliation.saved", "reconciliation.saved", "reconciliation.published"),
                actions(members, DRAFTER, measureId));
        assertEquals(List.of("reconciliation.approved", "reconciliation.approved"), actions(members, APPROVER, measureId));
    }

    /** The reconciliation actions of the trail of this measure that this editor reads, oldest first. */
    private static List<String> actions(Contributions members, String editor, long measureId) {
        HttpResponse<String> answer = members.call("GET", "api/v1/audit?entityType=measure&entityId=" + measureId, editor, null, null);
        assertEquals(200, answer.statusCode(), answer.body());
        try (var json = Json.createReader(new StringReader(answer.body()))) {
            List<String> actions = new ArrayList<>(json.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("action")).filter(a -> a.startsWith("reconciliation.")).toList());
            Collections.reverse(actions);
            return actions;
        }
    }

    private static String draft(long claim, String rationale) {
        return Json.createObjectBuilder().add("rule", "EDITORS_JUDGEMENT").add("low", 0).add("high", 120_000)
                .add("period", Json.createObjectBuilder().add("asOf", "2024")).add("rationale", rationale)
                .add("roles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("claim", claim)
                        .add("role", "RECOMMENDED"))).build().toString();
    }

    private static long version(JsonObject draft) {
        return draft.getJsonNumber("version").longValue();
    }

    private JsonObject publicFigure(Contributions members, String measure) {
        return ok(members.call("GET", "api/v1/measures/" + measure + "/reconciliation", null, null, null));
    }

    private static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.request().uri() + ": " + answer.body());
        return Http.json(answer);
    }

    private static JsonObject problem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.request().uri() + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.request().uri() + ": " + answer.headers().map());
        return Http.json(answer);
    }
}
