package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browsing as the public: the home page (latest and contested reconciled figures, latest verified claims, topics),
 * topic, organization and source-list pages, and the read API behind them, on the demo knowledge base. The pages
 * and the API show the same things, paged; nothing that is not public (drafts, claims under review, members-only
 * or confidential sources) appears on any of them.
 */
@ExtendWith(TestServer.class)
class BrowseIT {

    private static final String PRISON_TOPIC = "Detention and prison camps";
    private static final String CONFIDENTIAL_TITLE = "Interview records: former prisoners of Camp 12";
    private static final String SUBMITTED_TEXT = "tolerated thousands of North Koreans";
    private static final String DRAFT_TEXT = "Work done abroad by North Koreans is said to bring";
    private static final Pattern ITEM = Pattern.compile(
            "<li class=\"browse-item\" data-measure=\"([a-z0-9-]+)\" data-contested=\"(true|false)\">");
    private static final Pattern ROW_MEASURE = Pattern.compile("<tr data-measure=\"([a-z0-9-]+)\">");
    private static final Pattern CLAIM_ITEM = Pattern.compile("<li data-claim=\"(\\d+)\">");
    private static final Pattern SOURCE_ITEM = Pattern.compile("<li data-source=\"(\\d+)\"");
    private static final Pattern TOPIC_ITEM = Pattern.compile(
            "<li data-topic=\"([^\"]+)\">\\s*<a href=\"([^\"]+)\">[^<]*</a>\\s*<span class=\"kb-badge\">(\\d+)");

    @TestServer.Base
    URL base;

    // ---------------------------------------------------------------- helpers

    private String page(String path) {
        return Http.page(base, path);
    }

    private JsonObject api(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    private JsonArray apiArray(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> groups(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The part of a page inside the element with this id, up to the end of the enclosing section. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element " + id);
        int end = html.indexOf("</section>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }

    private static String topic(JsonObject measure) {
        return measure.containsKey("topic") && !measure.isNull("topic") ? measure.getString("topic") : null;
    }

    /** Every claim the read API lists for the public, by measure: the reference the browse lists are checked against. */
    private List<JsonObject> publicMeasures() {
        return objects(api("api/v1/measures?limit=500").getJsonArray("items"));
    }

    // ---------------------------------------------------------------- home

    @Test
    void theHomePageShowsTheLatestReconciliationsAndMarksTheContestedOne() {
        // two reconciliations of this test's own, published last: one agreed, then one an organization dissents from
        Contributions members = new Contributions(base);
        long source = members.source("hrnk-contributor", "hrnk", "Holding centre survey " + UUID.randomUUID(), "PUBLIC", null);
        String agreed = members.measure("hrnk-contributor", "hrnk", "Detainees in a provincial holding centre");
        String disputedOne = members.measure("hrnk-contributor", "hrnk", "Detainees in a border jail");
        for (String measure : List.of(agreed, disputedOne)) {
            long claim = members.draft("hrnk-contributor", "hrnk", measure, "Up to 120,000 detainees (" + measure + ").", source, null);
            members.verify("heritage-editor", claim, members.submit("hrnk-contributor", claim));
            members.reconcile("nauh-editor", measure, claim, "The survey's figure.", "ENVELOPE_OF_INDEPENDENT", 80_000, 120_000);
        }
        HttpResponse<String> dissent = members.call("POST", "api/v1/measures/" + disputedOne + "/reconciliation/versions/1/responses",
                "link-editor", "application/json", "{\"stance\": \"DISSENT\", \"comment\": \"The survey missed the winter.\"}");
        assertEquals(200, dissent.statusCode(), dissent.body());

        String html = page("");
        String latest = section(html, "latest-reconciliations");
        Map<String, String> contested = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(latest);
        while (m.find()) {
            contested.put(m.group(1), m.group(2));
        }
        assertEquals(List.of(disputedOne, agreed), List.copyOf(contested.keySet()).subList(0, 2), "the newest first");
        assertEquals("false", contested.get(agreed), contested.toString());
        assertEquals("true", contested.get(disputedOne), contested.toString());
        assertTrue(latest.contains("/measures/" + agreed + "/reconciliation/1"), "links to the version permalink");
        assertTrue(latest.contains("80,000 – 120,000"), "the figure is shown");
        assertTrue(latest.contains("Envelope of independent figures"), "the rule is named");
        assertTrue(latest.contains("1 dissent"), latest);

        String disputed = section(html, "contested-reconciliations");
        assertTrue(groups(ITEM, disputed).contains(disputedOne), disputed);
        assertFalse(groups(ITEM, disputed).contains(agreed), disputed);

        JsonObject home = api("api/v1/home");
        List<JsonObject> reconciliations = objects(home.getJsonArray("reconciliations"));
        assertEquals(List.copyOf(contested.keySet()),
                reconciliations.stream().map(f -> f.getJsonObject("measure").getString("slug")).toList(),
                "the page lists what the API answers, in the same order");
        JsonObject contestedFigure = reconciliations.stream()
                .filter(f -> f.getJsonObject("measure").getString("slug").equals(disputedOne))
                .findFirst().orElseThrow();
        assertTrue(contestedFigure.getBoolean("contested"));
        assertEquals(1, contestedFigure.getJsonNumber("dissents").longValue());
        assertEquals("/measures/" + disputedOne + "/reconciliation/1", contestedFigure.getString("permalink"));
        assertEquals(200, Http.get(base, contestedFigure.getString("permalink"), "text/html").statusCode());
        assertTrue(objects(home.getJsonArray("disputed")).stream()
                .map(f -> f.getJsonObject("measure").getString("slug")).toList().contains(disputedOne));
        assertEquals(reconciliations, objects(apiArray("api/v1/reconciliations/latest")));

        // the measures with open major conflicts are measures with public figures, each a link
        for (JsonObject c : objects(home.getJsonArray("conflicts"))) {
            assertTrue(c.getJsonNumber("majorConflicts").longValue() > 0);
            assertTrue(section(html, "conflicted-measures").contains(
                    "data-measure=\"" + c.getJsonObject("measure").getString("slug") + "\""));
        }
    }

    @Test
    void theConflictedMeasuresAreThoseWhoseVerifiedFiguresHoldMajorConflicts() {
        Set<String> reconciled = Set.of("political-prisoners", "defectors-in-south-korea");
        Set<String> withMajor = new TreeSet<>();
        for (JsonObject m : publicMeasures()) {
            String slug = m.getString("slug");
            boolean major = objects(api("api/v1/measures/" + slug + "/comparisons").getJsonArray("comparisons")).stream()
                    .anyMatch(c -> ("CONFLICTS".equals(c.getString("verdict")) || "CUMULATIVE_DECREASE".equals(c.getString("verdict")))
                            && "MAJOR".equals(c.containsKey("level") ? c.getString("level") : null));
            if (major) {
                withMajor.add(slug);
            }
        }
        Set<String> listed = objects(api("api/v1/home?limit=100").getJsonArray("conflicts")).stream()
                .map(c -> c.getJsonObject("measure").getString("slug")).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(withMajor.containsAll(listed), "listed " + listed + ", with major conflicts " + withMajor);
        Set<String> open = new TreeSet<>(withMajor);
        open.removeAll(reconciled);
        assertTrue(listed.containsAll(open), "listed " + listed + ", unreconciled with major conflicts " + open);
        String html = section(page(""), "conflicted-measures");
        objects(api("api/v1/home").getJsonArray("conflicts")).forEach(c -> assertTrue(
                html.contains("data-measure=\"" + c.getJsonObject("measure").getString("slug") + "\"")));
    }

    @Test
    void theHomePageListsALimitedNumberOfLatestVerifiedClaims() {
        String html = page("index.xhtml");
        List<String> shown = groups(CLAIM_ITEM, section(html, "latest-claims"));
        assertEquals(10, shown.size(), "a bounded list");
        JsonObject home = api("api/v1/home");
        assertEquals(shown, objects(home.getJsonArray("claims")).stream()
                .map(c -> String.valueOf(c.getJsonNumber("id").longValue())).toList());
        Set<String> verified = publicMeasures().stream()
                .flatMap(m -> objects(m.getJsonArray("claims")).stream())
                .map(c -> String.valueOf(c.getJsonNumber("id").longValue())).collect(Collectors.toSet());
        assertTrue(verified.containsAll(shown), "only public claims");
        assertEquals(3, objects(api("api/v1/home?limit=3").getJsonArray("claims")).size());
        assertEquals(400, Http.get(base, "api/v1/home?limit=1000").statusCode());
    }

    @Test
    void theHomePageListsTheTopicsWithTheirCountsOfPublicMeasures() {
        String html = page("");
        Map<String, Long> onPage = new LinkedHashMap<>();
        Matcher m = TOPIC_ITEM.matcher(section(html, "topics"));
        while (m.find()) {
            onPage.put(m.group(1), Long.parseLong(m.group(3)));
            assertEquals("/topics/" + enc(m.group(1)), m.group(2));
        }
        Map<String, Long> expected = publicMeasures().stream().filter(x -> topic(x) != null)
                .collect(Collectors.groupingBy(BrowseIT::topic, java.util.TreeMap::new, Collectors.counting()));
        assertEquals(expected, new java.util.TreeMap<>(onPage));
        Map<String, Long> fromApi = objects(apiArray("api/v1/topics")).stream()
                .collect(Collectors.toMap(t -> t.getString("name"), t -> t.getJsonNumber("measures").longValue()));
        assertEquals(expected, new java.util.TreeMap<>(fromApi));
    }

    // ---------------------------------------------------------------- topics

    @Test
    void aTopicPageListsItsMeasuresWithTheirPublicFiguresPageByPage() {
        List<String> expected = publicMeasures().stream()
                .filter(x -> PRISON_TOPIC.equals(topic(x)))
                .map(x -> x.getString("slug")).sorted().toList();
        assertFalse(expected.isEmpty());
        String html = page("topics/" + enc(PRISON_TOPIC));
        assertTrue(html.contains("<h1 id=\"topic-name\">" + PRISON_TOPIC + "</h1>"));
        List<String> rows = groups(ROW_MEASURE, html);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(rows));

        JsonObject topic = api("api/v1/topics/" + enc(PRISON_TOPIC) + "/measures?limit=100");
        JsonObject page = topic.getJsonObject("measures");
        assertEquals(expected.size(), page.getJsonNumber("total").longValue());
        List<JsonObject> items = objects(page.getJsonArray("items"));
        assertEquals(rows, items.stream().map(i -> i.getJsonObject("measure").getString("slug")).toList(),
                "the page and the API list the same measures in the same order");
        JsonObject prisoners = items.stream()
                .filter(i -> i.getJsonObject("measure").getString("slug").equals("political-prisoners"))
                .findFirst().orElseThrow();
        JsonObject figure = prisoners.getJsonObject("figure");
        assertEquals(80000, figure.getJsonNumber("low").intValue());
        assertEquals(120000, figure.getJsonNumber("high").intValue());
        assertFalse(figure.getBoolean("contested"));
        JsonObject measure = publicMeasures().stream().filter(x -> x.getString("slug").equals("political-prisoners"))
                .findFirst().orElseThrow();
        assertEquals(measure.getJsonArray("claims").size(), prisoners.getJsonNumber("claims").intValue());

        // paging: two at a time gives the same measures
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 2) {
            JsonObject p = api("api/v1/topics/" + enc(PRISON_TOPIC) + "/measures?limit=2&offset=" + offset)
                    .getJsonObject("measures");
            assertTrue(p.getJsonArray("items").size() <= 2);
            objects(p.getJsonArray("items")).forEach(i -> paged.add(i.getJsonObject("measure").getString("slug")));
        }
        assertEquals(rows, paged);
    }

    @Test
    void anUnknownTopicOrOrganizationIsNotFound() {
        for (String path : List.of("topics/No%20such%20topic", "topic.xhtml?name=Nothing", "topic.xhtml",
                "organizations/no-such-organization", "organization.xhtml?slug=nobody", "organization.xhtml")) {
            assertEquals(404, Http.get(base, path, "text/html").statusCode(), path);
        }
        for (String path : List.of("api/v1/topics/No%20such%20topic/measures", "api/v1/organizations/nobody",
                "api/v1/organizations/nobody/claims", "api/v1/organizations/Bad_Slug")) {
            assertEquals(404, Http.get(base, path).statusCode(), path);
        }
    }

    // ---------------------------------------------------------------- organizations

    @Test
    void anOrganizationPageShowsItsProfileVerifiedClaimsSourcesAndResponses() {
        Set<Long> verified = publicMeasures().stream()
                .flatMap(m -> objects(m.getJsonArray("claims")).stream())
                .filter(c -> c.getJsonObject("organization").getString("slug").equals("heritage"))
                .map(c -> c.getJsonNumber("id").longValue()).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(verified.isEmpty());

        JsonObject profile = api("api/v1/organizations/heritage");
        assertEquals("The Heritage Foundation", profile.getString("name"));
        assertEquals(verified.size(), profile.getJsonNumber("verifiedClaims").intValue());
        JsonObject claims = api("api/v1/organizations/heritage/claims?limit=100");
        assertEquals(verified, objects(claims.getJsonArray("items")).stream().map(c -> c.getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(TreeSet::new)));
        List<JsonObject> responses = objects(profile.getJsonArray("responses"));
        assertTrue(responses.stream().anyMatch(r -> r.getString("stance").equals("ENDORSE")
                && r.getJsonObject("measure").getString("slug").equals("political-prisoners")), responses.toString());

        String html = page("organizations/heritage");
        assertTrue(html.contains("<h1 id=\"organization-name\">The Heritage Foundation</h1>"));
        assertEquals(verified.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(groups(CLAIM_ITEM, section(html, "organization-claims"))));
        assertTrue(section(html, "organization-responses").contains("data-measure=\"political-prisoners\" data-stance=\"ENDORSE\""));
        JsonObject sources = api("api/v1/sources?organization=heritage&limit=100");
        assertEquals(sources.getJsonNumber("total").intValue(), profile.getJsonNumber("publicSources").intValue());
        assertEquals(objects(sources.getJsonArray("items")).stream().map(s -> String.valueOf(s.getJsonNumber("id").longValue())).toList(),
                groups(SOURCE_ITEM, section(html, "organization-sources")));

        // the dissenting organization's profile shows its dissent
        String tongil = page("organizations/tongil-mom");
        assertTrue(section(tongil, "organization-responses")
                .contains("data-measure=\"defectors-in-south-korea\" data-stance=\"DISSENT\""));

        // HRNK has more verified claims than a page holds: the pages together give them all, once each
        JsonObject hrnk = api("api/v1/organizations/hrnk");
        int total = hrnk.getJsonNumber("verifiedClaims").intValue();
        assertTrue(total > 20, "HRNK's claims fill more than one page: " + total);
        String first = page("organizations/hrnk");
        assertTrue(first.contains("id=\"claims-next\""));
        Set<String> seen = new LinkedHashSet<>(groups(CLAIM_ITEM, section(first, "organization-claims")));
        String second = page("organizations/hrnk?claims=2");
        seen.addAll(groups(CLAIM_ITEM, section(second, "organization-claims")));
        String third = page("organizations/hrnk?claims=3");
        seen.addAll(groups(CLAIM_ITEM, section(third, "organization-claims")));
        assertEquals(Math.min(total, 60), seen.size());
        // the demo's organizations, and any that other tests have added since (they share the database)
        List<String> listed = objects(apiArray("api/v1/organizations")).stream().map(o -> o.getString("slug")).toList();
        assertTrue(listed.containsAll(List.of("heritage", "hrnk", "link", "nauh", "tongil-mom")), listed.toString());
    }

    // ---------------------------------------------------------------- sources

    @Test
    void theSourcesPageListsPublicSourcesFilteredByKindAndOrganization() {
        JsonObject all = api("api/v1/sources?limit=100");
        long total = all.getJsonNumber("total").longValue();
        List<JsonObject> items = objects(all.getJsonArray("items"));
        assertEquals(Math.min(total, 100), items.size(), "a page of at most 100 (other tests add sources of their own)");
        assertTrue(total >= 40, "the demo's public sources: " + total);
        assertFalse(all.toString().contains(CONFIDENTIAL_TITLE), "a confidential source is never listed");

        String html = page("sources");
        assertEquals(items.subList(0, 20).stream().map(s -> String.valueOf(s.getJsonNumber("id").longValue())).toList(),
                groups(SOURCE_ITEM, html), "the first page lists the first 20, as the API does");
        assertTrue(html.contains("id=\"sources-next\""));
        String second = page("sources?page=2");
        assertEquals(items.subList(20, 40).stream().map(s -> String.valueOf(s.getJsonNumber("id").longValue())).toList(),
                groups(SOURCE_ITEM, second));

        JsonObject reports = api("api/v1/sources?kind=REPORT&limit=100");
        assertTrue(reports.getJsonNumber("total").intValue() > 0);
        objects(reports.getJsonArray("items")).forEach(s -> assertEquals("REPORT", s.getString("kind")));
        String reportPage = page("sources.xhtml?kind=REPORT");
        assertTrue(reportPage.contains("<option value=\"REPORT\" selected=\"selected\">"));
        assertEquals(objects(reports.getJsonArray("items")).stream().limit(20)
                        .map(s -> String.valueOf(s.getJsonNumber("id").longValue())).toList(),
                groups(SOURCE_ITEM, reportPage));

        JsonObject link = api("api/v1/sources?organization=link&kind=NEWS_ARTICLE");
        objects(link.getJsonArray("items")).forEach(s -> {
            assertEquals("link", s.getJsonObject("holder").getString("slug"));
            assertEquals("NEWS_ARTICLE", s.getString("kind"));
        });
        assertEquals(400, Http.get(base, "api/v1/sources?kind=POEM").statusCode());
        assertEquals(400, Http.get(base, "api/v1/sources?limit=0").statusCode());
        assertEquals(0, api("api/v1/sources?organization=nobody").getJsonNumber("total").intValue());
    }

    // ---------------------------------------------------------------- nothing private

    @Test
    void nothingThatIsNotPublicAppearsOnAnyBrowsePageOrEndpoint() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String token = WebClient.apiToken(base, "hrnk-contributor");
        String membersOnly = "Members-only briefing " + suffix;
        String confidential = "Confidential field notes " + suffix;
        String draft = "A draft figure nobody verified " + suffix + ".";
        String submitted = "A submitted figure under review " + suffix + ".";
        for (String[] s : new String[][]{{membersOnly, "MEMBERS_ONLY"}, {confidential, "HOLDER_ONLY"}}) {
            HttpResponse<String> created = WebClient.api(base, "POST", "api/v1/sources", token, "application/json",
                    newSource(s[0], s[1]));
            assertEquals(201, created.statusCode(), created.body());
        }
        HttpResponse<String> publicOne = WebClient.api(base, "POST", "api/v1/sources", token, "application/json",
                newSource("Public field report " + suffix, "PUBLIC"));
        assertEquals(201, publicOne.statusCode(), publicOne.body());
        long publicSource = Http.json(publicOne).getJsonNumber("id").longValue();
        String measure = new Contributions(base).measure("hrnk-contributor", "hrnk", "People held in provincial jails");
        HttpResponse<String> drafted = WebClient.api(base, "POST", "api/v1/claims", token, "application/json",
                newClaim(draft, publicSource, measure));
        assertEquals(201, drafted.statusCode(), drafted.body());
        HttpResponse<String> second = WebClient.api(base, "POST", "api/v1/claims", token, "application/json",
                newClaim(submitted, publicSource, measure));
        assertEquals(201, second.statusCode(), second.body());
        JsonObject toSubmit = Http.json(second);
        HttpResponse<String> sent = WebClient.api(base, "POST", "api/v1/claims/" + toSubmit.getJsonNumber("id").longValue()
                + "/submit", token, null, null, java.util.Map.of("If-Match", second.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, sent.statusCode(), sent.body());
        // the holder sees its sources in full elsewhere, so the checks below can fail
        assertTrue(WebClient.api(base, "GET", "api/v1/sources/suggestions?q=" + enc(confidential), token, null, null)
                .body().contains(confidential));

        List<String> secrets = List.of(membersOnly, confidential, draft, submitted, CONFIDENTIAL_TITLE, SUBMITTED_TEXT,
                DRAFT_TEXT);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("home page", Http.get(base, "", "text/html"));
        answers.put("home page in Korean", Http.get(base, "index.xhtml?lang=ko", "text/html"));
        answers.put("API home", Http.get(base, "api/v1/home?limit=100"));
        answers.put("API latest reconciliations", Http.get(base, "api/v1/reconciliations/latest?limit=100"));
        answers.put("API topics", Http.get(base, "api/v1/topics"));
        for (JsonObject t : objects(apiArray("api/v1/topics"))) {
            String name = t.getString("name");
            answers.put("topic page " + name, Http.get(base, "topics/" + enc(name), "text/html"));
            answers.put("API topic " + name, Http.get(base, "api/v1/topics/" + enc(name) + "/measures?limit=100"));
        }
        answers.put("API organizations", Http.get(base, "api/v1/organizations"));
        for (JsonObject o : objects(apiArray("api/v1/organizations"))) {
            String slug = o.getString("slug");
            for (int p = 1; p <= 3; p++) {
                answers.put("organization page " + slug + " " + p,
                        Http.get(base, "organizations/" + slug + "?claims=" + p + "&sources=" + p, "text/html"));
            }
            answers.put("API organization " + slug, Http.get(base, "api/v1/organizations/" + slug));
            answers.put("API organization claims " + slug, Http.get(base, "api/v1/organizations/" + slug + "/claims?limit=100"));
        }
        for (int p = 1; p <= 4; p++) {
            answers.put("sources page " + p, Http.get(base, "sources?page=" + p, "text/html"));
        }
        answers.put("API sources", Http.get(base, "api/v1/sources?limit=100"));
        answers.put("API sources of HRNK", Http.get(base, "api/v1/sources?organization=hrnk&limit=100"));
        answers.put("API interviews", Http.get(base, "api/v1/sources?kind=INTERVIEW&limit=100"));
        // a member of another organization gets the same public lists
        answers.put("heritage API sources", WebClient.api(base, "GET", "api/v1/sources?organization=hrnk&limit=100",
                WebClient.apiToken(base, "heritage-contributor"), null, null));

        List<Executable> checks = new ArrayList<>();
        answers.forEach((what, response) -> checks.add(() -> {
            assertEquals(200, response.statusCode(), what + ": " + response.body());
            secrets.forEach(secret -> assertFalse(response.body().contains(secret), what + " shows \"" + secret + "\""));
        }));
        assertAll(checks);
        JsonObject hrnk = Http.json(answers.get("API sources of HRNK"));
        assertEquals(hrnk.getJsonNumber("total").intValue(), hrnk.getJsonArray("items").size());
    }

    // ---------------------------------------------------------------- Korean

    @Test
    void theBrowsePagesSpeakKorean() {
        String home = page("index.xhtml?lang=ko");
        assertTrue(home.contains("<h1 id=\"home-heading\">교차 검증한 북한 인권 수치</h1>"), home);
        assertTrue(home.contains("최근 조정된 수치"));
        assertTrue(home.contains("lang=\"ko\""));
        String topic = page("topics/" + enc(PRISON_TOPIC) + "?lang=ko");
        assertTrue(topic.contains("검증된 수치가 있는 측정 항목"), "Korean labels");
        assertTrue(topic.contains("공개 수치"), "Korean column headings");
        String organization = page("organizations/tongil-mom?lang=ko");
        assertTrue(organization.contains("지지와 반대") && organization.contains(">반대</span>"));
        String sources = page("sources?lang=ko");
        assertTrue(sources.contains("<h1 id=\"sources-heading\">공개 출처</h1>"));
        assertNotNull(sources);
    }

    // ---------------------------------------------------------------- data

    private static String newSource(String title, String confidentiality) {
        return Json.createObjectBuilder().add("holder", "hrnk").add("kind", "INTERVIEW").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("literal", "Committee for Human Rights in North Korea")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", confidentiality)
                .add("relays", Json.createArrayBuilder()).build().toString();
    }

    private static String newClaim(String statement, long sourceId, String measure) {
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 9,999,999").add("qualifier", "UP_TO")
                        .add("value", 9999999).add("unit", "PERSONS"))
                .add("measure", measure)
                .add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "North Korea").add("topics", Json.createArrayBuilder().add("prison camps"))
                .build();
        return Json.createObjectBuilder().add("organization", "hrnk").add("content", content)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", sourceId)
                        .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS")))
                .build().toString();
    }

}
