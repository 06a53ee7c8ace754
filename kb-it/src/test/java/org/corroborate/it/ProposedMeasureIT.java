package org.corroborate.it;

import jakarta.json.Json;

import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A measure proposed inside a claim is its organization's proposal until a claim on it is verified. Created fresh: one
 * measure proposed in a draft that is kept, one proposed in a claim then submitted for review, each with a marker of
 * its own in its name, definition and topic. To an anonymous reader both answer exactly as a measure that never
 * existed does (status, problem body, headers) on their pages and permalinks in English and Korean and on every read
 * API address, and are listed nowhere public (the measures list, search by API and page, the home page, topics,
 * organization and source pages, the CSV, JSON, CSL-JSON and Atom exports). The proposing organization still finds
 * them where its members work (the API, the measure page signed in, the claim form, its items); an editor of another
 * organization finds the submitted one on its review page, but not the other organization's draft. Once that editor
 * verifies the submitted claim, its measure is public everywhere, and the draft's stays hidden.
 */
@ExtendWith(TestServer.class)
class ProposedMeasureIT {

    /** A page or API address of one measure: {slug}, {id} and {topic} stand for the measure's. */
    private static final List<String> PAGES = List.of(
            "measures/{slug}", "measures/{slug}?lang=en", "measures/{slug}?lang=ko",
            "measure.xhtml?slug={slug}&lang=en", "measure.xhtml?slug={slug}&lang=ko",
            "measures/{slug}/reconciliation/1?lang=en", "measures/{slug}/reconciliation/1?lang=ko",
            "topics/{topic}?lang=en", "topics/{topic}?lang=ko");
    private static final List<String> API = List.of(
            "api/v1/measures/{id}", "api/v1/measures/{slug}/comparisons", "api/v1/measures/{slug}/reconciliation",
            "api/v1/measures/{slug}/reconciliation/versions/1", "api/v1/topics/{topic}/measures");
    /** Addresses that answer a measure that never existed with something else than 404: the same for a hidden one. */
    private static final List<String> API_NOT_404 = List.of(
            "api/v1/measures/{slug}", "api/v1/measures/{slug}/reconciliation/draft");
    /** Headers that differ from one answer to the next whatever was asked. */
    private static final Set<String> VOLATILE = Set.of("date", "content-length", "set-cookie");
    private static final Pattern VIEW_STATE = Pattern.compile("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]*\"");

    @TestServer.Base
    URL base;

    /**
     * A measure of this test's own: its slug and id, the marker in its name, definition and topic, its topic, and the
     * claim of HRNK proposing it. A ghost is the same with a slug, id and marker no measure has.
     */
    private record Measure(String slug, long id, String marker, String topic, long claim) {

        static Measure ghost() {
            String marker = newMarker();
            return new Measure("it-" + UUID.randomUUID().toString().substring(0, 13), 9_000_000_000_000_000L, marker,
                    topic(marker), 0);
        }

        static String newMarker() {
            return "pm" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        }

        static String topic(String marker) {
            return "Proposed measures " + marker;
        }

        String address(String template) {
            return template.replace("{slug}", slug).replace("{id}", Long.toString(id))
                    .replace("{topic}", URLEncoder.encode(topic, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        /** The answer about this measure, written as if it were about the other one. */
        String as(Measure other, String template, String body) {
            String said = body.replace(slug, other.slug).replace(marker, other.marker);
            return template.contains("{id}") ? said.replace(Long.toString(id), Long.toString(other.id)) : said;
        }
    }

    // ---------------------------------------------------------------- the public

    @Test
    void aMeasureOnlyADraftOrASubmittedClaimProposesAnswersLikeOneThatNeverExisted() {
        Contributions members = new Contributions(base);
        long source = publicSource(members);
        Measure drafted = propose(members, source, "a draft");
        Measure submitted = propose(members, source, "a submitted claim");
        members.submit("hrnk-contributor", submitted.claim());

        List<Executable> checks = new ArrayList<>();
        for (Measure m : List.of(drafted, submitted)) {
            checks.addAll(answersLikeAMissingMeasure(m));
            checks.addAll(listedNowhere(m, source));
        }
        assertAll(checks);
    }

    // ---------------------------------------------------------------- members

    @Test
    void anotherOrganizationProposingTheSameShortAddressLearnsNothingOfTheHiddenProposal() {
        Contributions members = new Contributions(base);
        long source = publicSource(members);
        Measure hidden = propose(members, source, "a draft");
        long heritageSource = members.source("heritage-contributor", "heritage", "Labour notes " + UUID.randomUUID(), "PUBLIC", null);
        Measure ghost = Measure.ghost();

        // the same draft of Heritage, once with the hidden measure's address and once with an address nobody has
        // that is refused all the same (an existing public measure's address would name that measure instead)
        HttpResponse<String> onHidden = proposeAs(members, hidden.slug(), heritageSource);
        HttpResponse<String> onPublic = proposeAs(members, "nk-population", heritageSource);
        assertEquals(400, onHidden.statusCode(), onHidden.body());
        assertEquals(400, onPublic.statusCode(), onPublic.body());
        for (String secret : List.of(hidden.marker(), "Workers", "hrnk", "HRNK", "exists")) {
            assertFalse(onHidden.body().contains(secret), secret + " in " + onHidden.body());
        }
        assertTrue(onHidden.body().contains("cannot be used"), onHidden.body());
        assertTrue(onPublic.body().contains("already exists"), "a measure Heritage may know of is named: " + onPublic.body());
        // nothing was created: the hidden proposal is still HRNK's alone, and a free address still works
        assertEquals(201, proposeAs(members, ghost.slug(), heritageSource).statusCode());
        assertEquals(hidden.id(), members.claim("hrnk-contributor", hidden.claim()).getJsonObject("measure")
                .getJsonNumber("id").longValue());
    }

    private static HttpResponse<String> proposeAs(Contributions members, String slug, long source) {
        JsonObject proposed = Json.createObjectBuilder().add("slug", slug).add("name", "Labourers abroad by Heritage's count")
                .add("definition", "Labourers abroad, as Heritage counts them.").add("unit", "PERSONS").add("kind", "STOCK")
                .add("place", "Abroad").add("topic", "Labour").build();
        JsonObject content = Json.createObjectBuilder().add("statement", "Up to 120,000 labourers.").add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "up to 120,000").add("qualifier", "UP_TO")
                        .add("value", 120000).add("unit", "PERSONS"))
                .add("measure", slug).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", Json.createArrayBuilder()).build();
        JsonObject citation = Json.createObjectBuilder().add("source", source).add("locatorType", "PAGE").add("locator", "4")
                .add("stance", "SUPPORTS").build();
        String body = Json.createObjectBuilder().add("organization", "heritage").add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).add("proposedMeasure", proposed).build().toString();
        return members.call("POST", "api/v1/claims", "heritage-contributor", "application/json", body);
    }

    @Test
    void theProposingOrganizationStillSeesItsProposalWhereMembersWork() {
        Contributions members = new Contributions(base);
        long source = publicSource(members);
        Measure drafted = propose(members, source, "a draft");
        Measure submitted = propose(members, source, "a submitted claim");
        members.submit("hrnk-contributor", submitted.claim());
        WebClient hrnk = WebClient.signedIn(base, "hrnk-contributor");
        WebClient heritage = WebClient.signedIn(base, "heritage-editor");

        List<Executable> checks = new ArrayList<>();
        for (Measure m : List.of(drafted, submitted)) {
            checks.add(() -> {
                HttpResponse<String> read = members.call("GET", "api/v1/measures/" + m.id(), "hrnk-contributor", null, null);
                assertEquals(200, read.statusCode(), read.body());
                assertEquals(m.slug(), Http.json(read).getString("slug"));
                assertTrue(Http.json(read).getString("definition").contains(m.marker()), read.body());
            });
            checks.add(() -> assertTrue(measureSlugs(members, "hrnk-contributor").contains(m.slug()),
                    "the member API lists " + m.slug()));
            checks.add(() -> assertEquals(200, members.call("GET", "api/v1/measures/" + m.slug() + "/comparisons",
                    "hrnk-contributor", null, null).statusCode()));
            checks.add(() -> assertEquals(m.slug(), members.claim("hrnk-contributor", m.claim())
                    .getJsonObject("measure").getString("slug"), "the claim names its measure"));
            for (String lang : List.of("en", "ko")) {
                checks.add(() -> {
                    HttpResponse<String> page = hrnk.get("measures/" + m.slug() + "?lang=" + lang);
                    assertEquals(200, page.statusCode(), "the measure page signed in, " + lang);
                    assertTrue(page.body().contains(m.marker()), "the measure page signed in shows the name, " + lang);
                });
            }
        }
        checks.add(() -> {
            HttpResponse<String> form = hrnk.get("contribute/claim-edit.xhtml?id=" + drafted.claim());
            assertEquals(200, form.statusCode());
            assertTrue(form.body().contains(drafted.marker()), "the claim form names the measure");
        });
        checks.add(() -> {
            HttpResponse<String> mine = hrnk.get("contribute/my-items.xhtml");
            assertEquals(200, mine.statusCode());
            assertTrue(mine.body().contains(drafted.marker()) && mine.body().contains(submitted.marker()),
                    "the organization's own items name both measures");
        });
        // an editor of another organization reviews the submitted claim, with its measure; another organization's
        // draft, and so the measure only it proposes, it does not see
        checks.add(() -> {
            HttpResponse<String> review = heritage.get("review/claim.xhtml?id=" + submitted.claim());
            assertEquals(200, review.statusCode());
            assertTrue(review.body().contains(submitted.marker()), "the review page names the measure");
        });
        checks.add(() -> assertEquals(200, members.call("GET", "api/v1/measures/" + submitted.id(), "heritage-editor",
                null, null).statusCode()));
        checks.add(() -> assertEquals(404, members.call("GET", "api/v1/measures/" + drafted.id(), "heritage-editor",
                null, null).statusCode()));
        checks.add(() -> assertFalse(measureSlugs(members, "heritage-editor").contains(drafted.slug()),
                "another organization's proposal in a draft is not listed"));
        assertAll(checks);
    }

    // ---------------------------------------------------------------- verification

    @Test
    void onceAnEditorOfAnotherOrganizationVerifiesAClaimOnItTheMeasureIsPublicEverywhere() {
        Contributions members = new Contributions(base);
        // the start-up build of the search index has ended, so that what verification adds is not rebuilt over
        SearchIT.awaitIndex(base);
        long source = publicSource(members);
        Measure drafted = propose(members, source, "a draft");
        Measure submitted = propose(members, source, "a submitted claim");
        long version = members.submit("hrnk-contributor", submitted.claim());
        // read while hidden: what is kept of the public answers must not outlive the verification
        assertAll(answersLikeAMissingMeasure(submitted));
        assertAll(listedNowhere(submitted, source));

        members.verify("heritage-editor", submitted.claim(), version);

        WebClient anonymous = new WebClient(base);
        List<Executable> checks = new ArrayList<>();
        for (String lang : List.of("en", "ko")) {
            for (String page : List.of("measures/" + submitted.slug(), "measure.xhtml?slug=" + submitted.slug())) {
                checks.add(() -> {
                    HttpResponse<String> shown = anonymous.get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                    assertEquals(200, shown.statusCode(), page + " " + lang);
                    assertTrue(shown.body().contains(submitted.marker()), page + " " + lang + " names the measure");
                });
            }
            checks.add(() -> {
                HttpResponse<String> topic = anonymous.get(submitted.address("topics/{topic}") + "?lang=" + lang);
                assertEquals(200, topic.statusCode(), "topic page " + lang);
                assertTrue(topic.body().contains(submitted.slug()), "the topic page lists the measure, " + lang);
            });
            checks.add(() -> {
                HttpResponse<String> home = anonymous.get("index.xhtml?lang=" + lang);
                assertEquals(200, home.statusCode());
                assertTrue(home.body().contains(submitted.slug()), "the home page lists the newly verified claim's measure, " + lang);
            });
            checks.add(() -> {
                HttpResponse<String> found = anonymous.get("search.xhtml?q=" + submitted.marker() + "&lang=" + lang);
                assertEquals(200, found.statusCode());
                assertTrue(SearchIT.hitsOf(found.body()).contains("measures/" + submitted.slug()), "the search page finds it, " + lang);
            });
        }
        checks.add(() -> {
            JsonObject read = ok(submitted.address("api/v1/measures/{id}"));
            assertTrue(read.getString("name").contains(submitted.marker()));
            assertTrue(read.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> c.getJsonNumber("id").longValue() == submitted.claim()), "with its verified claim");
        });
        checks.add(() -> assertTrue(measureSlugs(members, null).contains(submitted.slug()), "the measures list has it"));
        checks.add(() -> ok(submitted.address("api/v1/measures/{slug}/comparisons")));
        checks.add(() -> ok(submitted.address("api/v1/measures/{slug}/reconciliation")));
        checks.add(() -> assertEquals(submitted.slug(), ok(submitted.address("api/v1/topics/{topic}/measures"))
                .getJsonObject("measures").getJsonArray("items").getJsonObject(0).getJsonObject("measure").getString("slug")));
        checks.add(() -> assertTrue(get("api/v1/topics").body().contains(submitted.topic()), "the topics list has its topic"));
        checks.add(() -> assertTrue(get("api/v1/home?limit=100").body().contains(submitted.slug()), "the home API"));
        checks.add(() -> assertTrue(get("api/v1/search?q=" + submitted.marker() + "&limit=100").body()
                .contains("\"measures/" + submitted.slug() + "\""), "the search API finds it"));
        checks.add(() -> {
            List<CSVRecord> rows = csv(get("api/v1/exports/claims.csv", "text/csv").body());
            assertTrue(rows.stream().anyMatch(r -> r.get("measure_slug").equals(submitted.slug())
                    && r.get("measure_name").contains(submitted.marker())), "the CSV has its claim");
        });
        checks.add(() -> assertTrue(Http.json(get("api/v1/exports/dump.json")).getJsonArray("measures")
                .getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("slug").equals(submitted.slug())
                        && m.getString("definition").contains(submitted.marker())), "the dump has it"));
        checks.add(() -> assertTrue(get("api/v1/feed.atom", "application/atom+xml").body().contains(submitted.marker()),
                "the feed announces its claim"));
        // the measure only a draft proposes stays hidden
        checks.addAll(answersLikeAMissingMeasure(drafted));
        checks.addAll(listedNowhere(drafted, source));
        assertAll(checks);
    }

    // ---------------------------------------------------------------- checks

    /** Each page and read API address of the measure answers as it does for a measure that never existed. */
    private List<Executable> answersLikeAMissingMeasure(Measure m) {
        Measure ghost = Measure.ghost();
        List<Executable> checks = new ArrayList<>();
        for (String template : PAGES) {
            // each a first visit (no cookie), as the pages answer differently to a returning browser
            HttpResponse<String> hidden = get(m.address(template), "text/html");
            HttpResponse<String> missing = get(ghost.address(template), "text/html");
            checks.add(() -> assertEquals(404, hidden.statusCode(), m.address(template)));
            checks.add(() -> assertSameAnswer(m, ghost, template, hidden, missing));
        }
        for (String template : API) {
            HttpResponse<String> hidden = get(m.address(template));
            HttpResponse<String> missing = get(ghost.address(template));
            checks.add(() -> assertEquals(404, hidden.statusCode(), m.address(template)));
            checks.add(() -> assertSameAnswer(m, ghost, template, hidden, missing));
        }
        for (String template : API_NOT_404) {
            HttpResponse<String> hidden = get(m.address(template));
            HttpResponse<String> missing = get(ghost.address(template));
            checks.add(() -> assertSameAnswer(m, ghost, template, hidden, missing));
        }
        return checks;
    }

    private static void assertSameAnswer(Measure m, Measure ghost, String template, HttpResponse<String> hidden,
                                         HttpResponse<String> missing) {
        String address = m.address(template);
        assertEquals(missing.statusCode(), hidden.statusCode(), address);
        assertEquals(headers(missing), headers(hidden), address + ": the headers");
        assertEquals(withoutViewState(missing.body()), withoutViewState(m.as(ghost, template, hidden.body())),
                address + ": the body");
        if (!template.contains("{topic}")) { // where the topic is asked for, the answer may repeat it, as it does the ghost's
            assertFalse(hidden.body().contains(m.marker()), address + " shows the name");
        }
    }

    /** The measure is on no public list, in no search hit and in no export. */
    private List<Executable> listedNowhere(Measure m, long source) {
        WebClient anonymous = new WebClient(base);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        for (String lang : List.of("en", "ko")) {
            answers.put("home page " + lang, anonymous.get("index.xhtml?lang=" + lang));
            answers.put("organization page " + lang, anonymous.get("organizations/hrnk?lang=" + lang));
            answers.put("page of the cited source " + lang, anonymous.get("sources/" + source + "?lang=" + lang));
        }
        answers.put("home page at the root", anonymous.get(""));
        answers.put("API home", get("api/v1/home?limit=100"));
        answers.put("API topics", get("api/v1/topics"));
        answers.put("API latest reconciliations", get("api/v1/reconciliations/latest?limit=100"));
        answers.put("API claims citing the source", get("api/v1/sources/" + source + "/claims"));
        answers.put("CSV export", get("api/v1/exports/claims.csv", "text/csv"));
        answers.put("JSON dump", get("api/v1/exports/dump.json"));
        answers.put("CSL-JSON bibliography", get("api/v1/exports/sources.csl.json", "*/*"));
        answers.put("Atom feed", get("api/v1/feed.atom", "application/atom+xml"));
        HttpResponse<String> searched = get("api/v1/search?q=" + m.marker() + "&limit=100");
        HttpResponse<String> bySlug = get("api/v1/search?q=" + m.slug() + "&limit=100");

        List<Executable> checks = new ArrayList<>();
        answers.forEach((channel, r) -> checks.add(() -> {
            assertEquals(200, r.statusCode(), channel);
            assertFalse(r.body().contains(m.marker()), channel + " shows the measure's name");
            assertFalse(r.body().contains(m.slug()), channel + " links to the measure");
        }));
        checks.add(() -> assertFalse(measureSlugs(new Contributions(base), null).contains(m.slug()), "API measures"));
        checks.add(() -> {
            assertEquals(200, searched.statusCode(), searched.body());
            assertEquals(0, Http.json(searched).getInt("total"), searched.body());
        });
        checks.add(() -> assertFalse(bySlug.body().contains("measures/" + m.slug()), "search by the slug: " + bySlug.body()));
        for (String lang : List.of("en", "ko")) {
            HttpResponse<String> page = anonymous.get("search.xhtml?q=" + m.marker() + "&lang=" + lang);
            checks.add(() -> {
                assertEquals(200, page.statusCode());
                String hits = SearchIT.hitsOf(page.body());
                assertFalse(hits.contains("kb-hit\"") || hits.contains(m.marker()), "search page " + lang + " lists " + hits);
            });
        }
        return checks;
    }

    // ---------------------------------------------------------------- fixtures and helpers

    private static long publicSource(Contributions members) {
        return members.source("hrnk-contributor", "hrnk", "Overseas labour survey " + UUID.randomUUID(), "PUBLIC", null);
    }

    /** A new measure proposed by HRNK in a draft claim citing the source. */
    private static Measure propose(Contributions members, long source, String how) {
        String marker = Measure.newMarker();
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 13);
        String topic = Measure.topic(marker);
        long claim = members.proposal("hrnk-contributor", "hrnk", slug, "Workers sent abroad, proposed in " + how + " " + marker,
                "Workers the state sends abroad, as " + how + " (" + marker + ") would count them.", topic, source);
        long id = members.claim("hrnk-contributor", claim).getJsonObject("measure").getJsonNumber("id").longValue();
        return new Measure(slug, id, marker, topic, claim);
    }

    /** The slugs of every measure the API lists to this member (null: to the public), page by page. */
    private static List<String> measureSlugs(Contributions members, String account) {
        List<String> slugs = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 500) {
            HttpResponse<String> page = members.call("GET", "api/v1/measures?limit=500&offset=" + offset, account, null, null);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject json = Http.json(page);
            total = json.getInt("total");
            json.getJsonArray("items").getValuesAs(JsonObject.class).forEach(m -> slugs.add(m.getString("slug")));
        }
        return slugs;
    }

    /** The headers of an answer that do not change from one request to the next, by lower-case name. */
    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> kept = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            kept.put(key, VOLATILE.contains(key) ? List.of() : values);
        });
        return kept;
    }

    private static String withoutViewState(String html) {
        return VIEW_STATE.matcher(html).replaceAll("$1\"");
    }

    private HttpResponse<String> get(String path) {
        return Http.get(base, path);
    }

    private HttpResponse<String> get(String path, String accept) {
        return Http.get(base, path, accept);
    }

    private JsonObject ok(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    private static List<CSVRecord> csv(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
