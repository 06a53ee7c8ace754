package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figure-level provenance as readers see it: a figure's origins are the sources its citation's chain reaches (the
 * cited source, then the sources its passage says the figure came from), never the sources a cited source is
 * recorded as relaying. Every public measure page of the demo shows as origins exactly the sources the API's chains
 * end at; a claim citing a compilation that relays two sources has the compilation as its one origin; two claims
 * whose citations relay the same source are one origin group; a relayed source the reader may not see is not leaked.
 */
@ExtendWith(TestServer.class)
class FigureOriginsIT {

    private static final Pattern ORIGIN = Pattern.compile("class=\"xref-origin-source\" data-source=\"(\\d+)\"");
    private static final Pattern SUMMARY = Pattern.compile("id=\"origins-summary\">\\s*([^<]*?)\\s*</p>");

    @TestServer.Base
    URL base;

    @Test
    void everyPublicMeasurePageShowsAsOriginsExactlyTheSourcesItsFiguresChainsEndAt() {
        List<String> slugs = Http.json(Http.get(base, "api/v1/measures?limit=500")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("slug")).toList();
        assertTrue(slugs.size() >= 20, "the demo's measures: " + slugs.size());
        int withOrigins = 0;
        for (String slug : slugs) {
            Set<Long> expected = chainEnds(Http.json(Http.get(base, "api/v1/measures/" + slug + "/comparisons")));
            String page = Http.page(base, "measures/" + slug);
            assertEquals(expected, shownOrigins(page), slug + ": the origins the page lists");
            withOrigins += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withOrigins >= 20, "measures with origins: " + withOrigins);

        // the compilation relays (as a source) an article that relays "nuclear and missile experts working in Iran":
        // the defector count it states itself is not traced there
        String defectors = Http.page(base, "measures/defectors-in-south-korea");
        assertFalse(defectors.contains("missile experts"), "a source relayed by a cited source is no origin");
        assertTrue(defectors.contains("Committee for Human Rights in North Korea web posts"), "the compilation is");
        // the Heritage commentary's camp figure goes back to the Commission of Inquiry, which the Commission's own
        // figure cites: one origin; HRNK's own estimate is another
        String prisoners = Http.page(base, "measures/political-prisoners");
        Matcher summary = SUMMARY.matcher(prisoners);
        assertTrue(summary.find(), "the origins summary");
        assertTrue(summary.group(1).startsWith("3 figure(s), 2 independent origin(s)."), summary.group(1));
    }

    @Test
    void aClaimCitingACompilationThatRelaysTwoSourcesHasTheCompilationAsItsOneOrigin() {
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "Defectors counted by a compilation");
        long first = members.source("hrnk-contributor", "hrnk", "Survey of resettlement offices", "PUBLIC", null);
        long second = members.source("hrnk-contributor", "hrnk", "Ministry count of arrivals", "PUBLIC", null);
        long compilation = source(members, "Compilation of resettlement figures", "PUBLIC", List.of(first, second));

        long claim = verified(members, measure, "A compilation's own count.", 31000, compilation);

        JsonObject chains = Http.json(Http.get(base, "api/v1/claims/" + claim + "/comparisons")).getJsonObject("origins");
        assertEquals(List.of(List.of(compilation)), chainIds(chains));
        assertEquals(Set.of(compilation), chainEnds(Http.json(Http.get(base, "api/v1/measures/" + measure + "/comparisons"))));
        String page = Http.page(base, "measures/" + measure);
        assertEquals(Set.of(compilation), shownOrigins(page));
        assertFalse(page.contains("Survey of resettlement offices"), "the compilation's own relays are not origins");
        assertFalse(page.contains("Ministry count of arrivals"));

        // citing the compilation, the claim form offers its recorded relays as suggestions, and takes the relay the
        // extraction assistant found (?relay=) as the citation's first hop
        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        HttpResponse<String> form = contributor.get("contribute/claim-edit.xhtml?source=" + compilation
                + "&quote=Compiled&relay=" + first);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("This source is recorded as relaying:"), "the suggestions");
        assertTrue(form.body().contains(">Ministry count of arrivals<") || form.body().contains("Ministry count of arrivals</span>"),
                "the compilation's other recorded relay is offered");
        assertTrue(Pattern.compile("relay-source_hinput\"[^>]*value=\"" + first + "\"").matcher(form.body()).find(),
                "the relay from the assistant is the first hop");
    }

    @Test
    void twoClaimsWhoseCitationsRelayTheSameSourceAreOneOriginGroup() {
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "Arrivals relayed by newspapers");
        long ministry = members.source("hrnk-contributor", "hrnk", "Ministry of Unification arrivals table", "PUBLIC", null);
        long herald = members.source("hrnk-contributor", "hrnk", "Herald article on arrivals", "PUBLIC", null);
        long times = members.source("hrnk-contributor", "hrnk", "Times article on arrivals", "PUBLIC", null);
        long fieldWork = members.source("hrnk-contributor", "hrnk", "Our own interviews at the border", "PUBLIC", null);

        long viaHerald = verified(members, measure, "The Herald, citing the Ministry.", 1418, herald,
                relay(ministry, "table 2"));
        long viaTimes = verified(members, measure, "The Times, citing the Ministry.", 1420, times, relay(ministry, null));
        long own = verified(members, measure, "Our own count.", 1500, fieldWork);

        JsonObject xref = Http.json(Http.get(base, "api/v1/measures/" + measure + "/comparisons"));
        assertEquals(2, xref.getInt("independentOrigins"));
        assertEquals(3, xref.getInt("figures"));
        List<Set<Long>> groups = xref.getJsonArray("originGroups").getValuesAs(JsonObject.class).stream()
                .map(g -> Set.copyOf(g.getJsonArray("claimIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue).toList()))
                .toList();
        assertTrue(groups.contains(Set.of(viaHerald, viaTimes)), groups.toString());
        assertTrue(groups.contains(Set.of(own)), groups.toString());
        assertEquals(Set.of(ministry, fieldWork), chainEnds(xref));
        for (JsonObject pair : xref.getJsonArray("comparisons").getValuesAs(JsonObject.class)) {
            Set<Long> ids = Set.of(pair.getJsonObject("a").getJsonNumber("id").longValue(),
                    pair.getJsonObject("b").getJsonNumber("id").longValue());
            assertEquals(ids.equals(Set.of(viaHerald, viaTimes)), pair.getBoolean("sameOrigin"), ids.toString());
        }

        String page = Http.page(base, "measures/" + measure);
        assertEquals(Set.of(ministry, fieldWork), shownOrigins(page));
        Matcher summary = SUMMARY.matcher(page);
        assertTrue(summary.find());
        assertTrue(summary.group(1).startsWith("3 figure(s), 2 independent origin(s)."), summary.group(1));
        String claimPage = Http.page(base, "claims/" + viaHerald);
        assertTrue(claimPage.contains("The passage says its figure comes from"), "the claim page shows the relay");
        assertTrue(claimPage.contains("(table 2)"), "with its locator");
        assertTrue(Pattern.compile("class=\"xref-hop xref-hop--origin\"\\s+data-source=\"" + ministry + "\"")
                .matcher(claimPage).find(), "the Ministry is the figure's origin");
    }

    @Test
    void aRelayedSourceTheReaderMayNotSeeIsNeitherShownNorAcceptedFromThoseWhoMayNotSeeIt() {
        Contributions members = new Contributions(base);
        String marker = "members-only-" + UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure("hrnk-contributor", "hrnk", "Figures relayed from a members-only report");
        long membersOnly = members.source("hrnk-contributor", "hrnk", "Briefing " + marker, "MEMBERS_ONLY", null);
        long article = members.source("hrnk-contributor", "hrnk", "Public article relaying a briefing", "PUBLIC", null);
        long claim = verified(members, measure, "A public article relaying a members-only briefing.", 700, article,
                relay(membersOnly, "p. 3 " + marker));

        // a member sees the whole chain
        JsonObject asMember = members.claim("nauh-contributor", claim);
        JsonObject memberCitation = asMember.getJsonArray("citations").getJsonObject(0);
        assertEquals(membersOnly, memberCitation.getJsonArray("relayedFrom").getJsonObject(0).getJsonObject("source")
                .getJsonNumber("id").longValue());
        // the public sees that the chain goes on, never where
        HttpResponse<String> publicClaim = Http.get(base, "api/v1/claims/" + claim);
        assertEquals(200, publicClaim.statusCode());
        JsonObject citation = Http.json(publicClaim).getJsonArray("citations").getJsonObject(0);
        assertEquals(0, citation.getJsonArray("relayedFrom").size());
        assertFalse(citation.getBoolean("relaysComplete"));
        JsonObject chains = Http.json(Http.get(base, "api/v1/claims/" + claim + "/comparisons")).getJsonObject("origins");
        assertEquals(List.of(List.of(article)), chainIds(chains));
        assertFalse(chains.getJsonArray("chains").getJsonObject(0).getBoolean("complete"));
        assertEquals(Set.of(), chainEnds(Http.json(Http.get(base, "api/v1/measures/" + measure + "/comparisons"))),
                "no origin is shown for a chain the reader sees only in part");
        for (String path : List.of("api/v1/claims/" + claim, "api/v1/claims/" + claim + "/comparisons",
                "api/v1/measures/" + measure + "/comparisons", "claims/" + claim, "measures/" + measure,
                "api/v1/exports/dump.json")) {
            HttpResponse<String> response = Http.get(base, path, path.startsWith("api") ? "application/json" : "text/html");
            assertEquals(200, response.statusCode(), path);
            assertFalse(response.body().contains(marker), path + " leaks the members-only source");
            assertFalse(response.body().contains("data-source=\"" + membersOnly + "\""), path);
        }
        JsonObject dump = Http.json(Http.get(base, "api/v1/exports/dump.json"));
        assertTrue(dump.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .noneMatch(x -> x.getJsonNumber("id").longValue() == membersOnly), "the dump lists no members-only source");
        JsonObject dumped = dump.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("slug").equals(measure))
                .flatMap(x -> x.getJsonArray("claims").getValuesAs(JsonObject.class).stream())
                .filter(x -> x.getJsonNumber("id").longValue() == claim).findFirst().orElseThrow();
        assertEquals(0, dumped.getJsonArray("citations").getJsonObject(0).getJsonArray("relayedFrom").size(),
                "the dump's citation names no relay the public may not see");
        assertTrue(Http.page(base, "claims/" + claim).contains("a source you may not see"));

        // a source held in confidence by another organization answers exactly as a missing one
        long heldByHrnk = members.source("hrnk-contributor", "hrnk", "Held by HRNK " + marker, "HOLDER_ONLY", null);
        long nauhSource = members.source("nauh-contributor", "nauh", "NAUH field notes", "PUBLIC", null);
        HttpResponse<String> confidential = draft(members, "nauh-contributor", "nauh", measure, nauhSource,
                relay(heldByHrnk, null));
        HttpResponse<String> missing = draft(members, "nauh-contributor", "nauh", measure, nauhSource,
                relay(987654321L, null));
        assertEquals(400, confidential.statusCode(), confidential.body());
        assertEquals(missing.statusCode(), confidential.statusCode());
        assertEquals(missing.body().replace("987654321", "<id>"), confidential.body().replace(String.valueOf(heldByHrnk), "<id>"));
        assertFalse(confidential.body().contains(marker));

        // the cited source itself, a source named twice and six hops are refused, each saying what to fix
        HttpResponse<String> self = draft(members, "nauh-contributor", "nauh", measure, nauhSource, relay(nauhSource, null));
        assertEquals(400, self.statusCode(), self.body());
        assertTrue(self.body().contains("names that same source"), self.body());
        HttpResponse<String> twice = draft(members, "hrnk-contributor", "hrnk", measure, article,
                relay(membersOnly, null), relay(membersOnly, "p. 4"));
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("twice"), twice.body());
        JsonObjectBuilder[] six = new JsonObjectBuilder[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = relay(members.source("hrnk-contributor", "hrnk", "Hop " + i + " " + marker, "PUBLIC", null), null);
        }
        HttpResponse<String> tooMany = draft(members, "hrnk-contributor", "hrnk", measure, article, six);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
    }

    @Test
    void theExtractionAssistantOffersTheRelayAFiguresSentenceNames() {
        Contributions members = new Contributions(base);
        String tag = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
        long register = members.source("hrnk-contributor", "hrnk", "Arrivals Register " + tag, "PUBLIC", null);
        long notes = members.source("hrnk-contributor", "hrnk", "Field notes " + tag, "PUBLIC", null);
        members.attachText("hrnk-contributor", notes, "According to the Arrivals Register " + tag
                + ", 1,418 defectors reached the South in 2016. We met 12 of them in Seoul.");

        HttpResponse<String> figures = members.call("GET", "api/v1/sources/" + notes + "/figures", "hrnk-contributor", null, null);
        assertEquals(200, figures.statusCode(), figures.body());
        List<JsonObject> found = Json.createReader(new java.io.StringReader(figures.body())).readArray()
                .getValuesAs(JsonObject.class);
        JsonObject arrivals = found.stream().filter(f -> f.getJsonObject("candidate").getString("phrase").contains("1,418"))
                .findFirst().orElseThrow(() -> new AssertionError(figures.body()));
        assertEquals(register, arrivals.getJsonObject("relay").getJsonNumber("id").longValue(), "the register is offered");
        JsonObject met = found.stream().filter(f -> f.getJsonObject("candidate").getString("phrase").contains("12"))
                .findFirst().orElseThrow(() -> new AssertionError(figures.body()));
        assertFalse(met.containsKey("relay") && !met.isNull("relay"), "a sentence naming no body offers no relay");
    }

    /** The ids of the sources the chains end at, for the chains the reader sees whole. */
    private static Set<Long> chainEnds(JsonObject measureCrossReference) {
        Set<Long> ends = new LinkedHashSet<>();
        for (JsonObject figure : measureCrossReference.getJsonArray("chains").getValuesAs(JsonObject.class)) {
            for (JsonObject chain : figure.getJsonArray("chains").getValuesAs(JsonObject.class)) {
                List<JsonObject> hops = chain.getJsonArray("hops").getValuesAs(JsonObject.class);
                if (chain.getBoolean("complete")) {
                    ends.add(hops.get(hops.size() - 1).getJsonObject("source").getJsonNumber("id").longValue());
                }
            }
        }
        return ends;
    }

    private static List<List<Long>> chainIds(JsonObject originChainView) {
        List<List<Long>> chains = new ArrayList<>();
        for (JsonObject chain : originChainView.getJsonArray("chains").getValuesAs(JsonObject.class)) {
            chains.add(chain.getJsonArray("hops").getValuesAs(JsonObject.class).stream()
                    .map(h -> h.getJsonObject("source").getJsonNumber("id").longValue()).toList());
        }
        return chains;
    }

    private static Set<Long> shownOrigins(String page) {
        Set<Long> shown = new LinkedHashSet<>();
        Matcher m = ORIGIN.matcher(page);
        while (m.find()) {
            shown.add(Long.parseLong(m.group(1)));
        }
        return shown;
    }

    private static JsonObjectBuilder relay(long source, String locator) {
        JsonObjectBuilder relay = Json.createObjectBuilder().add("source", source);
        if (locator != null) {
            relay.add("locator", locator);
        }
        return relay;
    }

    /** A public source of HRNK recorded as relaying these sources (source-level relays). */
    private static long source(Contributions members, String title, String confidentiality, List<Long> relays) {
        JsonArrayBuilder relayIds = Json.createArrayBuilder();
        relays.forEach(relayIds::add);
        String body = Json.createObjectBuilder().add("holder", "hrnk").add("kind", "REPORT").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", "Field team")))
                .add("issued", "2024-05").add("language", "en").add("confidentiality", confidentiality)
                .add("relays", relayIds).build().toString();
        HttpResponse<String> created = members.call("POST", "api/v1/sources", "hrnk-contributor", "application/json", body);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** A claim of HRNK with an exact figure of persons, citing the source with these relays, verified by NAUH. */
    private static long verified(Contributions members, String measure, String statement, long value, long source,
                                 JsonObjectBuilder... relays) {
        HttpResponse<String> drafted = draft(members, "hrnk-contributor", "hrnk", measure, statement, value, source, relays);
        assertEquals(201, drafted.statusCode(), drafted.body());
        long claim = Http.json(drafted).getJsonNumber("id").longValue();
        members.verify("nauh-editor", claim, members.submit("hrnk-contributor", claim));
        return claim;
    }

    private static HttpResponse<String> draft(Contributions members, String account, String organization, String measure,
                                              long source, JsonObjectBuilder... relays) {
        return draft(members, account, organization, measure, "A relayed figure.", 100, source, relays);
    }

    private static HttpResponse<String> draft(Contributions members, String account, String organization, String measure,
                                              String statement, long value, long source, JsonObjectBuilder... relays) {
        JsonArrayBuilder relayedFrom = Json.createArrayBuilder();
        for (JsonObjectBuilder r : relays) {
            relayedFrom.add(r);
        }
        JsonObject citation = Json.createObjectBuilder().add("source", source).add("locatorType", "PAGE")
                .add("locator", "4").add("stance", "SUPPORTS").add("relayedFrom", relayedFrom).build();
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", String.valueOf(value)).add("qualifier", "EXACT")
                        .add("value", value).add("unit", "PERSONS"))
                .add("measure", measure).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", Json.createArrayBuilder()).build();
        String body = Json.createObjectBuilder().add("organization", organization).add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).build().toString();
        return members.call("POST", "api/v1/claims", account, "application/json", body);
    }
}
