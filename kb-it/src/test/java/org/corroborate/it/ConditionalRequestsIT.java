package org.corroborate.it;

import jakarta.inject.Inject;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.review.Decision;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.review.Reviews;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.Sources;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional requests on public pages and the read API: every answer to an anonymous reader carries an ETag and a
 * Last-Modified date, a reader whose copy is current gets 304 Not Modified, and a committed change makes exactly
 * the entries that show it answer in full again. Runs in the container (to set up claims through the services) and
 * reads over HTTP as a reader would.
 */
@InContainer
class ConditionalRequestsIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Measures measures;

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    Reviews reviews;

    @Test
    void aReaderWhoseCopyIsCurrentGetsNotModified() {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("home page", "");
        addresses.put("measure permalink", "measures/nk-population");
        addresses.put("measure page", "measure.xhtml?slug=political-prisoners");
        addresses.put("topic page", "topics/Detention%20and%20prison%20camps");
        addresses.put("sources page", "sources.xhtml");
        addresses.put("sources permalink", "sources");
        addresses.put("search page", "search.xhtml?q=defectors");
        addresses.put("API measures", "api/v1/measures?limit=5");
        addresses.put("API search", "api/v1/search?q=defectors");
        addresses.put("CSV export", "api/v1/exports/claims.csv");
        addresses.put("Atom feed", "api/v1/feed.atom");
        assertAll(addresses.entrySet().stream().map(a -> () -> {
            String what = a.getKey() + " (" + a.getValue() + ")";
            HttpResponse<String> first = get(a.getValue(), Map.of());
            assertEquals(200, first.statusCode(), what);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(what + " has no ETag"));
            assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-cache"), what);
            assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), what + " gives an anonymous reader a cookie");

            HttpResponse<String> again = get(a.getValue(), Map.of("If-None-Match", etag));
            assertEquals(304, again.statusCode(), what + " with If-None-Match");
            assertEquals("", again.body(), what);
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null), what);

            assertEquals(200, get(a.getValue(), Map.of("If-None-Match", "\"something-else\"")).statusCode(), what);
        }));

        // a HEAD request keeps nothing: a later GET of the same address still gets the whole answer
        for (String path : List.of("api/v1/measures?limit=7", "measures/defectors-in-south-korea")) {
            HttpResponse<String> head = send(path, "HEAD", Map.of());
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            HttpResponse<String> after = get(path, Map.of());
            assertTrue(after.body().length() > 100, path + " after a HEAD: " + after.body());
            assertEquals(304, get(path, Map.of("If-None-Match", after.headers().firstValue("ETag").orElseThrow())).statusCode());
        }

        // Last-Modified: a copy from after the last change is current, one from before is not. The date is sent
        // once its second has passed (another change in the same second would carry the same date).
        HttpResponse<String> page = get("measures/nk-population", Map.of());
        if (page.headers().firstValue("Last-Modified").isEmpty()) {
            pause(1100);
            page = get("measures/nk-population", Map.of());
        }
        Instant lastModified = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(
                page.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified"))));
        assertEquals(304, get("measures/nk-population", Map.of("If-Modified-Since", http(lastModified))).statusCode());
        assertEquals(304, get("measures/nk-population", Map.of("If-Modified-Since", http(lastModified.plusSeconds(60)))).statusCode());
        assertEquals(200, get("measures/nk-population", Map.of("If-Modified-Since", http(lastModified.minusSeconds(1)))).statusCode());
        assertEquals(200, get("measures/nk-population", Map.of("If-Modified-Since", "yesterday")).statusCode(),
                "a date that is no date is ignored");
    }

    @Test
    void eachLanguageIsItsOwnCopy() {
        HttpResponse<String> english = get("measures/nk-population", Map.of("Accept-Language", "en"));
        HttpResponse<String> korean = get("measures/nk-population", Map.of("Accept-Language", "ko-KR,ko;q=0.9"));
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(korean.body().contains("lang=\"ko\""), "the browser's language is followed");
        String englishTag = english.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(englishTag, korean.headers().firstValue("ETag").orElseThrow());
        assertTrue(english.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertEquals(200, get("measures/nk-population", Map.of("Accept-Language", "ko", "If-None-Match", englishTag)).statusCode(),
                "the English copy is not current for a Korean reader");

        // a reader who picks Korean keeps it in a cookie, not a session
        HttpResponse<String> picked = get("measures/nk-population?lang=ko", Map.of("Accept-Language", "en"));
        String cookie = picked.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kb-lang=ko"))
                .findFirst().orElseThrow(() -> new AssertionError("no language cookie: " + picked.headers().map()));
        assertFalse(picked.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
        HttpResponse<String> later = get("measures/political-prisoners", Map.of("Accept-Language", "en",
                "Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertTrue(later.body().contains("lang=\"ko\""), "the choice holds on the next page");
    }

    @Test
    void aChangeMakesExactlyTheEntriesThatShowItAnswerInFull() {
        Fixture f = fixture();
        long onA = verified(f, f.watch(), f.watchSourceA(), f.measureA(), "up to 120,000", "UP_TO", 120_000);
        long onB = verified(f, f.watch(), f.watchSourceB(), f.measureB(), "about 9,000", "ABOUT", 9_000);

        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("measure A", "measures/" + f.measureA().slug());
        addresses.put("claim on A", "claims/" + onA);
        addresses.put("source of the new claim", "sources/" + f.monitorSource());
        addresses.put("measure B", "measures/" + f.measureB().slug());
        addresses.put("claim on B", "claims/" + onB);
        addresses.put("API claim on B", "api/v1/claims/" + onB);
        addresses.put("source of the claim on A", "sources/" + f.watchSourceA());
        addresses.put("CSV export", "api/v1/exports/claims.csv");
        Map<String, String> tags = new LinkedHashMap<>();
        addresses.forEach((what, path) -> {
            HttpResponse<String> response = get(path, Map.of());
            assertEquals(200, response.statusCode(), what + ": " + response.body());
            tags.put(what, response.headers().firstValue("ETag").orElseThrow());
        });
        assertFalse(get("measures/" + f.measureA().slug(), Map.of()).body().contains("80,000 people"));

        long added = verified(f, f.monitor(), f.monitorSource(), f.measureA(), "80,000 people", "EXACT", 80_000);

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("measure A", 200);                // shows the new figure
        expected.put("claim on A", 200);               // is compared with it
        expected.put("source of the new claim", 200);  // lists it
        expected.put("CSV export", 200);               // lists every verified claim
        expected.put("measure B", 304);
        expected.put("claim on B", 304);
        expected.put("API claim on B", 304);
        expected.put("source of the claim on A", 304);
        assertAll(expected.entrySet().stream().map(e -> () -> assertEquals(e.getValue(),
                get(addresses.get(e.getKey()), Map.of("If-None-Match", tags.get(e.getKey()))).statusCode(), e.getKey())));
        String pageA = get("measures/" + f.measureA().slug(), Map.of()).body();
        assertTrue(pageA.contains("80,000 people"), "the kept copy of measure A was not served again");
        assertTrue(get("claims/" + added, Map.of()).statusCode() == 200);
    }

    @Test
    void anEditorsFormOnAPageReadersGetWithoutStateStillWorksAndRenewsTheirCopy() {
        Fixture f = fixture();
        verified(f, f.watch(), f.watchSourceA(), f.measureA(), "up to 120,000", "UP_TO", 120_000);
        verified(f, f.monitor(), f.monitorSource(), f.measureA(), "about 100,000", "ABOUT", 100_000);
        String page = "measures/" + f.measureA().slug();
        String readersCopy = get(page, Map.of()).headers().firstValue("ETag").orElseThrow();

        WebClient editor = WebClient.signedIn(base, "nauh-editor");
        HttpResponse<String> signedIn = editor.get("measure.xhtml?slug=" + f.measureA().slug());
        assertTrue(signedIn.body().contains("id=\"tolerance-form\""), "an editor sees the tolerance form");
        assertTrue(signedIn.headers().firstValue("ETag").isEmpty(), "a member's page is not the public copy");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"measureVersion\" value=\"(\\d+)\"")
                .matcher(signedIn.body());
        assertTrue(version.find());
        HttpResponse<String> saved = editor.post("measure.xhtml", "tolerance-form", signedIn.body(), Map.of(
                "measure", f.measureA().slug(), "measureVersion", version.group(1),
                "tolerance-form:percent", "7", "tolerance-form:save-tolerance", "x"));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, "saved and sent back to the page: " + saved.statusCode());
        assertEquals(7, Http.json(Http.get(base, "api/v1/measures/" + f.measureA().id())).getInt("aboutTolerancePercent"));

        assertEquals(200, get(page, Map.of("If-None-Match", readersCopy)).statusCode(),
                "the readers' copy of the measure is renewed");
    }

    // --- fixture --------------------------------------------------------------------------------------------------

    private record Fixture(String watch, String monitor, MeasureRef measureA, MeasureRef measureB, long watchSourceA,
                           long watchSourceB, long monitorSource) {
        Reader contributor(String org) {
            return Reader.account(31L, "it-contributor-" + org, org, Set.of(Role.CONTRIBUTOR));
        }

        Reader editor(String org) {
            return Reader.account(32L, "it-editor-" + org, org, Set.of(Role.EDITOR));
        }
    }

    private Fixture fixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String watch = "it-cond-watch-" + suffix;
        String monitor = "it-cond-monitor-" + suffix;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(watch, "Detention Watch " + suffix, "DW", "KR", null, null));
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(monitor, "Camp Monitor " + suffix, "CM", "US", null, null));
        Reader editor = Reader.account(32L, "it-editor-" + watch, watch, Set.of(Role.EDITOR));
        MeasureRef a = measures.add(editor, new NewMeasure("it-cond-a-" + suffix, "People held in labour camps " + suffix,
                "People held in labour camps on a date.", Unit.PERSONS, MeasureKind.STOCK, null, "North Korea", "detention"));
        MeasureRef b = measures.add(editor, new NewMeasure("it-cond-b-" + suffix, "People held in holding centres " + suffix,
                "People held in holding centres on a date.", Unit.PERSONS, MeasureKind.STOCK, null, "North Korea", "detention"));
        return new Fixture(watch, monitor, a, b, source(watch, "A " + suffix), source(watch, "B " + suffix),
                source(monitor, suffix));
    }

    private long source(String org, String title) {
        Reader contributor = Reader.account(31L, "it-contributor-" + org, org, Set.of(Role.CONTRIBUTOR));
        return sources.add(contributor, new NewSource(org, SourceKind.REPORT, "Camp report of " + org + " " + title,
                List.of(new NewAuthor(null, null, org)), null, org, "Seoul", "2023-05", null, null, null, "en", null,
                null, Confidentiality.PUBLIC, List.of()));
    }

    /** A claim of {@code org} on the measure, submitted and verified by an editor of the other organization. */
    private long verified(Fixture f, String org, long source, MeasureRef measure, String phrase, String qualifier, long value) {
        FigureInput figure = new FigureInput(phrase, qualifier, BigDecimal.valueOf(value), null, null, "PERSONS");
        ClaimContent content = new ClaimContent(phrase + " are held.", "en", figure, measure.slug(),
                new PeriodInput("2023", null, null), "North Korea", List.of("detention"));
        long id = claims.draft(f.contributor(org), new NewClaim(org, content,
                List.of(new NewCitation(source, "PAGE", "12", null, null, null, "SUPPORTS"))));
        claims.submit(f.contributor(org), id, claims.find(id, f.contributor(org)).orElseThrow().version());
        String other = org.equals(f.watch()) ? f.monitor() : f.watch();
        long version = claims.find(id, Reader.memberOf(org)).orElseThrow().version();
        reviews.decide(f.editor(other), id, version, Decision.VERIFY, List.of(), "Checked.");
        return id;
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        return send(path, "GET", headers);
    }

    private HttpResponse<String> send(String path, String method, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            headers.forEach(request::header);
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String http(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
