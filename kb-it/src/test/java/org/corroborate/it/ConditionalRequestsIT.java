package org.corroborate.it;

import jakarta.inject.Inject;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
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
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.freshness.ChangeFollower;
import org.corroborate.service.freshness.ChangeRecord;
import org.corroborate.service.freshness.RecordedChange;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import javax.naming.InitialContext;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional requests on public pages and the read API, and the change record they come from: every answer to an
 * anonymous reader carries an ETag and a Last-Modified date computed from the record, a reader (or the front cache)
 * whose copy is current gets 304 Not Modified without the page being rendered, a committed change makes exactly the
 * entries that show it answer in full again, and the record's positions follow commit order with no gap. Runs in the
 * container (to set up claims through the services) and reads over HTTP as a reader would.
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

    @Inject
    ChangeFollower follower;

    @Inject
    ChangeRecord record;

    @Inject
    AuditTrail audit;

    @Inject
    UserTransaction transaction;

    /**
     * Notes the requests that reach the pages and resources, past the validators: a request that names a probe in
     * {@value #PROBE} and is answered 304 without appearing here was answered without rendering anything. In the
     * test deployment only (Deployments adds this class, and its nested classes, to the WAR).
     */
    @WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
    public static class RenderProbe extends HttpFilter {
        static final String PROBE = "X-IT-Render-Probe";
        static final Set<String> RENDERED = ConcurrentHashMap.newKeySet();
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String probe = request.getHeader(PROBE);
            if (probe != null) {
                RENDERED.add(probe);
            }
            chain.doFilter(request, response);
        }
    }

    @Test
    void aReaderWhoseCopyIsCurrentGetsNotModified() {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("home page", "");
        addresses.put("measure permalink", "measures/nk-population");
        addresses.put("measure page", "measure.xhtml?slug=political-prisoners");
        addresses.put("topic page", "topics/Detention%20and%20prison%20camps");
        addresses.put("sources page", "sources.xhtml");
        addresses.put("sources permalink", "sources");
        addresses.put("API measures", "api/v1/measures?limit=5");
        addresses.put("CSV export", "api/v1/exports/claims.csv");
        addresses.put("Atom feed", "api/v1/feed.atom");
        assertAll(addresses.entrySet().stream().map(a -> () -> {
            String what = a.getKey() + " (" + a.getValue() + ")";
            HttpResponse<String> first = get(a.getValue(), Map.of());
            assertEquals(200, first.statusCode(), what);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(what + " has no ETag"));
            assertEquals("public, max-age=1", first.headers().firstValue("Cache-Control").orElse(null), what);
            assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), what + " gives an anonymous reader a cookie");
            assertEquals(etag, get(a.getValue(), Map.of()).headers().firstValue("ETag").orElse(null),
                    what + ": the same answer twice, the same ETag");

            HttpResponse<String> again = get(a.getValue(), Map.of("If-None-Match", etag));
            assertEquals(304, again.statusCode(), what + " with If-None-Match");
            assertEquals("", again.body(), what);
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null), what);

            assertEquals(200, get(a.getValue(), Map.of("If-None-Match", "\"something-else\"")).statusCode(), what);
        }));

        // search answers follow the index, a moment behind the commit: the front keeps none of them
        for (String search : List.of("search.xhtml?q=defectors", "api/v1/search?q=defectors")) {
            HttpResponse<String> found = get(search, Map.of());
            assertEquals(200, found.statusCode(), search);
            assertEquals("no-store", found.headers().firstValue("Cache-Control").orElse(null), search);
            assertTrue(found.headers().firstValue("ETag").isEmpty(), search);
        }

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
        follower.catchUp();

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
        follower.catchUp();

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
        follower.catchUp();
        String page = "measures/" + f.measureA().slug();
        String readersCopy = get(page, Map.of()).headers().firstValue("ETag").orElseThrow();

        WebClient editor = WebClient.signedIn(base, "nauh-editor");
        HttpResponse<String> signedIn = editor.get("measure.xhtml?slug=" + f.measureA().slug());
        assertTrue(signedIn.body().contains("id=\"tolerance-form\""), "an editor sees the tolerance form");
        assertTrue(signedIn.headers().firstValue("ETag").isEmpty(), "a member's page is not the public copy");
        assertEquals("private, no-store", signedIn.headers().firstValue("Cache-Control").orElse(null),
                "no cache may keep what a member sees");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"measureVersion\" value=\"(\\d+)\"")
                .matcher(signedIn.body());
        assertTrue(version.find());
        HttpResponse<String> saved = editor.post("measure.xhtml", "tolerance-form", signedIn.body(), Map.of(
                "measure", f.measureA().slug(), "measureVersion", version.group(1),
                "tolerance-form:percent", "7", "tolerance-form:save-tolerance", "x"));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, "saved and sent back to the page: " + saved.statusCode());
        assertEquals(7, Http.json(Http.get(base, "api/v1/measures/" + f.measureA().id())).getInt("aboutTolerancePercent"));
        follower.catchUp();

        assertEquals(200, get(page, Map.of("If-None-Match", readersCopy)).statusCode(),
                "the readers' copy of the measure is renewed");
    }

    @Test
    void aCurrentCopyIsConfirmedWithoutRenderingThePage() {
        for (String path : List.of("measures/nk-population", "api/v1/exports/claims.csv")) {
            String rendered = UUID.randomUUID().toString();
            HttpResponse<String> first = get(path, Map.of(RenderProbe.PROBE, rendered));
            assertEquals(200, first.statusCode(), path);
            assertTrue(RenderProbe.RENDERED.contains(rendered), path + ": the probe sees a rendered answer");

            String confirmed = UUID.randomUUID().toString();
            HttpResponse<String> again = get(path, Map.of(RenderProbe.PROBE, confirmed,
                    "If-None-Match", first.headers().firstValue("ETag").orElseThrow()));
            assertEquals(304, again.statusCode(), path);
            assertFalse(RenderProbe.RENDERED.contains(confirmed), path + " was rendered to answer 304");
        }
    }

    @Test
    void anAddressWithUnknownOrRepeatedParametersIsSentToItsCanonicalFormAndKeptByNoCache() {
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("measures/nk-population?utm_source=mail", "/measures/nk-population");
        moved.put("measure.xhtml?slug=nk-population&x=1", "/measure.xhtml?slug=nk-population");
        moved.put("api/v1/measures?limit=5&limit=6", "/api/v1/measures?limit=5");
        moved.put("api/v1/measures?limit=5&cachebuster=" + UUID.randomUUID(), "/api/v1/measures?limit=5");
        moved.put("search.xhtml?q=defectors&page=2", "/search.xhtml?q=defectors");
        moved.put("?lang=ko&lang=en", "/?lang=ko");
        assertAll(moved.entrySet().stream().map(m -> () -> {
            HttpResponse<String> response = get(m.getKey(), Map.of());
            assertEquals(301, response.statusCode(), m.getKey());
            assertEquals(m.getValue(), response.headers().firstValue("Location").orElse(null), m.getKey());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), m.getKey());
            assertTrue(response.headers().firstValue("ETag").isEmpty(), m.getKey());
        }));
        for (String canonical : List.of("measures/nk-population?lang=ko", "api/v1/measures?limit=5&offset=5",
                "search.xhtml?q=defectors&type=claim")) {
            assertEquals(200, get(canonical, Map.of()).statusCode(), canonical);
        }
    }

    @Test
    void anEntryHiddenFromThePublicAnswersAsAMissingOneWhateverValidatorsAreSent() {
        Fixture f = fixture();
        Reader contributor = f.contributor(f.watch());
        FigureInput figure = new FigureInput("about 5,000", "ABOUT", BigDecimal.valueOf(5_000), null, null, "PERSONS");
        long draft = claims.draft(contributor, new NewClaim(f.watch(), new ClaimContent("About 5,000 are held.", "en",
                figure, f.measureB().slug(), new PeriodInput("2023", null, null), "North Korea", List.of("detention")),
                List.of(new NewCitation(f.watchSourceB(), "PAGE", "3", null, null, null, "SUPPORTS"))));
        long membersOnly = sources.add(contributor, new NewSource(f.watch(), SourceKind.REPORT, "Members' report " + draft,
                List.of(new NewAuthor(null, null, f.watch())), null, f.watch(), "Seoul", "2023-05", null, null, null,
                "en", null, null, Confidentiality.MEMBERS_ONLY, List.of()));
        follower.catchUp();
        String aPublicTag = get("measures/nk-population", Map.of()).headers().firstValue("ETag").orElseThrow();

        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("draft claim", "claims/" + draft);
        hidden.put("draft claim in the API", "api/v1/claims/" + draft);
        hidden.put("members-only source", "sources/" + membersOnly);
        hidden.put("measure with no verified claim", "measures/" + f.measureB().slug());
        hidden.put("missing claim", "claims/999999999");
        assertAll(hidden.entrySet().stream().map(h -> () -> {
            for (String forged : List.of("*", aPublicTag, "\"x\"")) {
                HttpResponse<String> response = get(h.getValue(), Map.of("If-None-Match", forged));
                assertEquals(404, response.statusCode(), h.getKey() + " with If-None-Match " + forged);
                assertTrue(response.headers().firstValue("ETag").isEmpty(), h.getKey());
                assertFalse(response.headers().firstValue("Cache-Control").orElse("").contains("public"), h.getKey());
            }
            HttpResponse<String> since = get(h.getValue(), Map.of("If-Modified-Since", http(Instant.now().plusSeconds(60))));
            assertEquals(404, since.statusCode(), h.getKey() + " with If-Modified-Since");
        }));

        // once verified, the same claim is public: what was learned of it while it was hidden is not kept
        claims.submit(contributor, draft, claims.find(draft, contributor).orElseThrow().version());
        reviews.decide(f.editor(f.monitor()), draft, claims.find(draft, Reader.memberOf(f.watch())).orElseThrow().version(),
                Decision.VERIFY, List.of(), "Checked.");
        follower.catchUp();
        HttpResponse<String> verified = get("claims/" + draft, Map.of());
        assertEquals(200, verified.statusCode());
        assertEquals(304, get("claims/" + draft, Map.of("If-None-Match",
                verified.headers().firstValue("ETag").orElseThrow())).statusCode());
    }

    @Test
    void racingCommitsTakePositionsInCommitOrderSoAFollowerNeverSkipsOne() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        long start = record.lastPosition();
        String type = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
        int writers = 6;
        int each = 15;
        AtomicBoolean writing = new AtomicBoolean(true);
        // a follower reading while the writers race: each position it sees must continue the last one it saw
        Future<List<Long>> follower = executor.submit(() -> {
            List<Long> seen = new ArrayList<>();
            long last = start;
            while (writing.get() || last < record.lastPosition()) {
                for (RecordedChange change : record.after(last, 1000)) {
                    seen.add(change.position());
                    last = change.position();
                }
            }
            return seen;
        });
        List<Future<?>> racing = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            racing.add(executor.submit(() -> {
                for (int i = 0; i < each; i++) {
                    change(type, writer * 1000L + i, true);
                }
                return null;
            }));
        }
        try {
            for (Future<?> r : racing) {
                r.get();
            }
        } finally {
            writing.set(false);
        }
        List<Long> seen = follower.get();
        long end = record.lastPosition();
        assertEquals(LongStream.rangeClosed(start + 1, end).boxed().toList(), seen,
                "the follower saw every position once, in order");

        List<RecordedChange> ours = record.after(start, 10_000).stream().filter(c -> c.entityType().equals(type)).toList();
        assertEquals(writers * each, ours.size());
        assertEquals(writers * each, new HashSet<>(ours.stream().map(RecordedChange::entityId).toList()).size());
        for (int i = 1; i < ours.size(); i++) {
            assertFalse(ours.get(i).committedAt().isBefore(ours.get(i - 1).committedAt()),
                    "a later position is written after the earlier one committed");
        }

        // a change rolled back takes no position: the next one continues the record without a gap
        long before = record.lastPosition();
        change(type, -1L, false);
        assertEquals(before, record.lastPosition());
        change(type, -2L, true);
        assertEquals(before + 1, record.lastPosition());
        assertEquals(-2L, record.after(before, 1).get(0).entityId());
    }

    /** A change the public cannot see, recorded as every service records one, committed or rolled back. */
    private void change(String type, long id, boolean commit) throws Exception {
        transaction.begin();
        try {
            audit.record(Reader.SYSTEM, null, type + ".raced", type, id, "A race of commits", null, null, false);
        } finally {
            if (commit) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        }
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
