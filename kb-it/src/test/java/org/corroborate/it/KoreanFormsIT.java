package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Korean as a first language, on the demo knowledge base: Korean pages show measures', topics' and places' Korean
 * forms (English where none is given, and English pages stay English); a Korean search term finds what its English
 * synonyms find and the other way round; an editor extends the synonym list and search follows at once, audited;
 * nobody else may change it.
 */
@ExtendWith(TestServer.class)
class KoreanFormsIT {

    @TestServer.Base
    URL base;

    @Test
    void koreanPagesShowTheKoreanFormsOfMeasuresTopicsAndPlaces() {
        String ko = Http.page(base, "measures/political-prisoners?lang=ko");
        assertTrue(ko.contains("북한 정치범수용소 수감자"), "the Korean name");
        assertTrue(ko.contains("북한 정치범수용소 체계(관리소 및 관련 수용소)에 특정 시점에 구금된 사람의 수."), "the Korean definition");
        assertTrue(ko.contains("구금과 정치범수용소"), "the topic in Korean");
        assertTrue(ko.matches("(?s).*id=\"measure-place\">북한</dd>.*"), "the place in Korean");
        assertFalse(ko.contains("<p class=\"kb-lead\" id=\"measure-definition\" lang=\"en\""), "no English definition shown");

        String en = Http.page(base, "measures/political-prisoners?lang=en");
        assertTrue(en.contains("Number of people detained at one time"), "the English page keeps the English definition");
        assertTrue(en.contains("Detention and prison camps"));
        assertFalse(en.contains("구금과 정치범수용소"));

        String home = Http.page(base, "?lang=ko");
        assertTrue(home.contains(">난민과 탈북민</a>"), "the home page lists topics in Korean");
        assertTrue(home.contains(">화학무기</a>"));
        String topic = Http.page(base, "topics/Refugees%20and%20defectors?lang=ko");
        assertTrue(topic.matches("(?s).*<h1 id=\"topic-name\">난민과 탈북민</h1>.*"), "the topic page's title in Korean");
        assertTrue(topic.contains("한국에 정착한 탈북민"), "its measures by their Korean names");

        String search = Http.page(base, "search.xhtml?q=" + enc("political prisoners") + "&lang=ko");
        assertTrue(search.contains("북한 정치범수용소 수감자"), "search hits by their Korean names on Korean pages");
        assertTrue(search.contains("구금과 정치범수용소"), "and topic facets in Korean");
    }

    @Test
    void aKoreanTermFindsWhatItsEnglishSynonymsFindAndTheOtherWayRound() {
        Set<String> defectors = paths("defectors");
        Set<String> talbukmin = paths("탈북민");
        Set<String> talbukja = paths("탈북자");
        assertTrue(defectors.size() >= 20, "defectors: " + defectors.size());
        assertTrue(talbukmin.containsAll(defectors), "탈북민 finds every entry 'defectors' finds");
        assertTrue(defectors.containsAll(talbukmin), "and 'defectors' every entry 탈북민 finds");
        assertEquals(talbukmin, talbukja, "탈북민 and 탈북자 find the same entries");

        Set<String> camps = paths("political prison camps");
        Set<String> kwanliso = paths("정치범수용소");
        assertTrue(kwanliso.containsAll(camps), "정치범수용소 finds what 'political prison camps' finds");
        assertTrue(camps.containsAll(kwanliso));
        assertFalse(kwanliso.contains("measures/defectors-in-south-korea"), "still no unrelated measure: " + kwanliso);

        Set<String> repatriation = paths("강제북송");
        assertTrue(repatriation.contains("measures/nk-forcibly-repatriated-by-china"), repatriation.toString());
        assertTrue(repatriation.size() >= paths("forced repatriation").size());
    }

    @Test
    void anEditorExtendsTheSynonymListAndSearchFollowsAtOnce() {
        Contributions members = new Contributions(base);
        String made = "zq" + Http.randomWord(8) + "komid";
        assertEquals(0, total(made), "a word nothing holds finds nothing");
        int komid = total("KOMID");
        assertTrue(komid > 0, "the demo names KOMID");

        String group = Json.createObjectBuilder().add("terms", Json.createArrayBuilder().add(made).add("KOMID")).build().toString();
        HttpResponse<String> refused = members.call("POST", "api/v1/search/synonyms", "hrnk-contributor", "application/json", group);
        assertEquals(403, refused.statusCode(), refused.body());
        HttpResponse<String> anonymous = members.call("POST", "api/v1/search/synonyms", null, "application/json", group);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> tooFew = members.call("POST", "api/v1/search/synonyms", "hrnk-editor", "application/json",
                "{\"terms\": [\"" + made + "\", \" " + made.toUpperCase() + " \"]}");
        assertEquals(400, tooFew.statusCode(), tooFew.body());
        assertEquals(0, total(made), "refusals change nothing");

        HttpResponse<String> added = members.call("POST", "api/v1/search/synonyms", "hrnk-editor", "application/json", group);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject created = Http.json(added);
        long id = created.getJsonNumber("id").longValue();
        assertEquals(komid, total(made), "the new word finds what KOMID finds, at once");

        HttpResponse<String> changed = members.call("PUT", "api/v1/search/synonyms/" + id, "hrnk-editor", "application/json",
                "{\"terms\": [\"" + made + "\", \"zzz-nothing-" + made + "\"]}", created.getJsonNumber("version").longValue());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(0, total(made), "the group no longer holds KOMID");

        HttpResponse<String> removed = members.call("DELETE", "api/v1/search/synonyms/" + id, "hrnk-editor", null, null);
        assertEquals(204, removed.statusCode(), removed.body());

        HttpResponse<String> audit = members.call("GET", "api/v1/audit?entityType=search-synonym&entityId=" + id,
                "hrnk-editor", null, null);
        assertEquals(200, audit.statusCode(), audit.body());
        List<String> actions = Http.json(audit.body()).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("synonyms.removed", "synonyms.changed", "synonyms.added"), actions);
        assertTrue(audit.body().contains("KOMID"), "the audit keeps the terms before the change");
    }

    private Set<String> paths(String q) {
        JsonObject answer = search(q);
        assertTrue(answer.getInt("total") <= 100, q + " finds more than a page");
        return answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("path"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private int total(String q) {
        return search(q).getInt("total");
    }

    private JsonObject search(String q) {
        HttpResponse<String> answer = Http.get(base, "api/v1/search?limit=100&q=" + enc(q));
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
