package org.corroborate.it;

import jakarta.json.Json;
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

/**
 * Editors keep the measures through the API: create one outside any claim with its Korean forms, rename one in both
 * languages (its address stays), merge one into another (its claims move and are compared there, its address leads
 * there). Each change is audited with before and after; contributors and bad input are refused and change nothing.
 */
@ExtendWith(TestServer.class)
class MeasureEditingIT {

    private static final String EDITOR = "hrnk-editor";
    private static final String OTHER_EDITOR = "heritage-editor";

    @TestServer.Base
    URL base;

    @Test
    void anEditorCreatesAMeasureWithItsKoreanFormsAndRenamesIt() {
        Contributions members = new Contributions(base);
        String slug = "it-created-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder().add("slug", slug).add("name", "Detainees released in a year")
                .add("nameKo", "한 해에 풀려난 수감자").add("definition", "People released from detention in one year.")
                .add("definitionKo", "한 해 동안 구금에서 풀려난 사람의 수.").add("unit", "PERSONS").add("kind", "FLOW")
                .add("flowPeriod", "YEAR").add("place", "North Korea").add("placeKo", "북한")
                .add("topic", "Integration tests").add("topicKo", "통합 시험").build().toString();

        HttpResponse<String> contributor = members.call("POST", "api/v1/measures", "hrnk-contributor", "application/json", body);
        assertEquals(403, contributor.statusCode(), contributor.body());
        HttpResponse<String> badUnit = members.call("POST", "api/v1/measures", EDITOR, "application/json",
                body.replace("\"PERSONS\"", "\"SOULS\""));
        assertEquals(400, badUnit.statusCode(), badUnit.body());
        assertTrue(badUnit.body().contains("PERSONS"), "the answer lists the units: " + badUnit.body());
        assertEquals(404, members.call("GET", "api/v1/measures/" + slug + "/details", EDITOR, null, null).statusCode(),
                "refusals create nothing");

        HttpResponse<String> created = members.call("POST", "api/v1/measures", EDITOR, "application/json", body);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/measures/" + slug + "/details"));
        JsonObject measure = Http.json(created);
        assertEquals("한 해에 풀려난 수감자", measure.getString("nameKo"));
        assertEquals("한 해 동안 구금에서 풀려난 사람의 수.", measure.getString("definitionKo"));
        assertEquals("북한", measure.getString("placeKo"));
        assertEquals("통합 시험", measure.getString("topicKo"));
        long id = measure.getJsonNumber("id").longValue();

        String rename = Json.createObjectBuilder().add("name", "Detainees freed in a year").add("nameKo", "한 해에 석방된 수감자")
                .add("definition", "People freed from detention in one calendar year.")
                .add("definitionKo", "한 해(역년) 동안 구금에서 석방된 사람의 수.").add("place", "North Korea").add("placeKo", "북한")
                .add("topic", "Integration tests").add("topicKo", "통합 시험").build().toString();
        long version = measure.getJsonNumber("version").longValue();
        HttpResponse<String> byContributor = members.call("PUT", "api/v1/measures/" + slug + "/wording", "hrnk-contributor",
                "application/json", rename);
        assertEquals(403, byContributor.statusCode(), byContributor.body());
        HttpResponse<String> blank = members.call("PUT", "api/v1/measures/" + slug + "/wording", EDITOR, "application/json",
                rename.replace("\"Detainees freed in a year\"", "\" \""), version);
        assertEquals(400, blank.statusCode(), blank.body());
        HttpResponse<String> unversioned = members.call("PUT", "api/v1/measures/" + slug + "/wording", EDITOR,
                "application/json", rename);
        assertEquals(428, unversioned.statusCode(), unversioned.body());
        HttpResponse<String> stale = members.call("PUT", "api/v1/measures/" + slug + "/wording", EDITOR, "application/json",
                rename, version + 7);
        assertEquals(412, stale.statusCode(), stale.body());
        JsonObject unchanged = Http.json(members.call("GET", "api/v1/measures/" + slug + "/details", EDITOR, null, null));
        assertEquals("Detainees released in a year", unchanged.getString("name"), "refusals rename nothing");

        HttpResponse<String> renamed = members.call("PUT", "api/v1/measures/" + slug + "/wording", EDITOR, "application/json",
                rename, version);
        assertEquals(200, renamed.statusCode(), renamed.body());
        JsonObject after = Http.json(renamed);
        assertEquals(slug, after.getString("slug"), "the address stays");
        assertEquals("Detainees freed in a year", after.getString("name"));
        assertEquals("한 해에 석방된 수감자", after.getString("nameKo"));

        List<JsonObject> audit = audit(members, id);
        assertEquals(List.of("measure.renamed", "measure.created"), audit.stream().map(e -> e.getString("action")).toList());
        assertTrue(audit.get(0).getString("before").contains("Detainees released in a year"), audit.get(0).toString());
        assertTrue(audit.get(0).getString("after").contains("한 해에 석방된 수감자"), audit.get(0).toString());
    }

    @Test
    void anEditorMergesAMeasureIntoAnotherAndItsClaimsAndAddressFollow() {
        Contributions members = new Contributions(base);
        String into = members.shownMeasure("hrnk-contributor", "hrnk", OTHER_EDITOR, "Workers sent abroad, as one count");
        String from = members.shownMeasure("hrnk-contributor", "hrnk", OTHER_EDITOR, "Workers sent abroad, as another count");
        JsonObject before = measureOf(members, into);
        assertEquals(1, before.getJsonArray("claims").size());
        assertEquals(0, comparisons(into), "one claim has nothing to be compared with");
        long fromId = Http.json(members.call("GET", "api/v1/measures/" + from + "/details", EDITOR, null, null))
                .getJsonNumber("id").longValue();

        String percent = "it-percent-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, members.call("POST", "api/v1/measures", EDITOR, "application/json",
                Json.createObjectBuilder().add("slug", percent).add("name", "A share").add("definition", "A share of something.")
                        .add("unit", "PERCENT").add("kind", "STOCK").build().toString()).statusCode());
        // a measure of percent is not merged into one of persons; a contributor merges nothing
        HttpResponse<String> different = members.call("POST", "api/v1/measures/" + from + "/merge", EDITOR, "application/json",
                "{\"into\": \"" + percent + "\"}");
        assertEquals(400, different.statusCode(), different.body());
        HttpResponse<String> contributor = members.call("POST", "api/v1/measures/" + from + "/merge", "hrnk-contributor",
                "application/json", "{\"into\": \"" + into + "\"}");
        assertEquals(403, contributor.statusCode(), contributor.body());
        HttpResponse<String> itself = members.call("POST", "api/v1/measures/" + from + "/merge", EDITOR, "application/json",
                "{\"into\": \"" + from + "\"}");
        assertEquals(400, itself.statusCode(), itself.body());
        assertEquals(200, Http.get(base, "measures/" + from, "text/html").statusCode(), "refusals merge nothing");

        HttpResponse<String> merged = members.call("POST", "api/v1/measures/" + from + "/merge", EDITOR, "application/json",
                "{\"into\": \"" + into + "\"}");
        assertEquals(200, merged.statusCode(), merged.body());

        JsonObject after = measureOf(members, into);
        assertEquals(2, after.getJsonArray("claims").size(), "the merged measure's claim moved");
        HttpResponse<String> page = Http.get(base, "measures/" + from, "text/html");
        assertEquals(301, page.statusCode(), "the merged measure's address leads to the one it went into");
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/measures/" + into));
        String intoPage = Http.page(base, "measures/" + into);
        for (JsonObject claim : after.getJsonArray("claims").getValuesAs(JsonObject.class)) {
            assertTrue(intoPage.contains("/claims/" + claim.getJsonNumber("id").longValue() + "\""),
                    "the public page shows both claims, the moved one too: " + claim);
        }
        assertEquals(1, comparisons(into), "the two claims are now compared with each other");
        HttpResponse<String> again = members.call("POST", "api/v1/measures/" + from + "/merge", EDITOR, "application/json",
                "{\"into\": \"" + into + "\"}");
        assertEquals(400, again.statusCode(), "a measure merged away is not merged twice: " + again.body());

        List<JsonObject> audit = audit(members, fromId);
        assertEquals("measure.merged", audit.get(0).getString("action"));
        assertTrue(audit.get(0).getString("after").contains(into), audit.get(0).toString());
    }

    @Test
    void editorsRenameAMeasureOnTheirPageAndKeepTheSynonymsOnAnother() {
        Contributions members = new Contributions(base);
        String slug = "it-page-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, members.call("POST", "api/v1/measures", EDITOR, "application/json",
                Json.createObjectBuilder().add("slug", slug).add("name", "Families separated").add("definition", "Families kept apart.")
                        .add("unit", "ITEMS").add("kind", "STOCK").build().toString()).statusCode());

        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        assertEquals(403, contributor.get("review/measures.xhtml").statusCode(), "editors only");

        WebClient editor = WebClient.signedIn(base, EDITOR);
        HttpResponse<String> page = editor.get("review/measures.xhtml?slug=" + slug + "&lang=ko");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("이름 바꾸기") && page.body().contains("Families separated"), "the Korean page, with the measure");
        HttpResponse<String> saved = editor.post("review/measures.xhtml?slug=" + slug, "wording", page.body(), java.util.Map.of(
                "wording:name", "Families kept apart", "wording:nameKo", "이산가족", "wording:definition", "Families kept apart by the border.",
                "wording:definitionKo", "국경으로 갈라진 가족.", "wording:place", "", "wording:placeKo", "", "wording:topic", "",
                "wording:topicKo", "", "wording:rename", "x"));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, saved.statusCode() + " " + saved.body());
        JsonObject renamed = Http.json(members.call("GET", "api/v1/measures/" + slug + "/details", EDITOR, null, null));
        assertEquals("이산가족", renamed.getString("nameKo"));
        assertEquals("Families kept apart", renamed.getString("name"));

        HttpResponse<String> synonyms = editor.get("review/synonyms.xhtml");
        assertEquals(200, synonyms.statusCode());
        assertTrue(synonyms.body().contains("탈북민, 탈북자, 북한이탈주민"), "the seeded groups are listed for editing");
        assertEquals(403, contributor.get("review/synonyms.xhtml").statusCode());
    }

    private int comparisons(String slug) {
        HttpResponse<String> answer = Http.get(base, "api/v1/measures/" + slug + "/comparisons");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer).getJsonArray("comparisons").size();
    }

    private JsonObject measureOf(Contributions members, String slug) {
        long id = Http.json(members.call("GET", "api/v1/measures/" + slug + "/details", EDITOR, null, null))
                .getJsonNumber("id").longValue();
        HttpResponse<String> measure = Http.get(base, "api/v1/measures/" + id);
        assertEquals(200, measure.statusCode(), measure.body());
        return Http.json(measure);
    }

    private static List<JsonObject> audit(Contributions members, long measureId) {
        HttpResponse<String> audit = members.call("GET", "api/v1/audit?entityType=measure&entityId=" + measureId, EDITOR, null, null);
        assertEquals(200, audit.statusCode(), audit.body());
        List<JsonObject> entries = Http.json(audit.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(entries.isEmpty());
        return entries;
    }
}
