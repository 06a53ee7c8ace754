package org.corroborate.it;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.imports.ClaimImports;
import org.corroborate.service.claim.imports.ImportJobView;
import org.corroborate.service.claim.imports.ImportJobs;
import org.corroborate.service.claim.imports.ImportProblem;
import org.corroborate.service.claim.imports.ImportReport;
import org.corroborate.service.claim.imports.ImportVocabulary;
import org.corroborate.service.claim.imports.ImportReport.ImportedRow;
import org.corroborate.service.claim.imports.ImportReport.Outcome;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobLimits;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobRows;
import org.corroborate.service.job.JobState;
import org.corroborate.service.job.JobWatch;
import org.corroborate.service.job.NewJob;
import org.corroborate.service.schedule.ClusterOnce;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.NotRetryableException;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.Sources;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import of claims inside Payara Micro: a good file creates its drafts and one audit event, a file with bad
 * rows reports exactly those rows and writes nothing, a file imported twice creates nothing new, only contributors
 * may import, a 1,000-row file runs to the end in the background, and an import past its time budget fails saying
 * why and writes nothing. Every import runs as a background job, as the pages and the API start it. Jobs are rows
 * in the database: a job left by a node that stopped (its heartbeat aged in the row, as a dead node's would age) is
 * run again here from its stored file and imports every row once, or, past its attempts, is failed as retryable and a
 * retry imports it whole; a live node's job is left alone; and a scheduled task's slot claimed by two nodes at once is
 * run by one.
 */
@InContainer
class ClaimImportIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    @Inject
    Accounts accounts;

    @Inject
    Measures measures;

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    ClaimRepository claimRepository;

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    AuditTrail audit;

    @Inject
    JobRows jobRows;

    @Inject
    JobWatch watch;

    @Inject
    ClusterOnce once;

    @ArquillianResource
    URL base;

    /** An organization, a measure and two public sources of this test's own. */
    private record Fixture(String org, Reader contributor, MeasureRef measure, long source, long relay) {

        /** A test file with this fixture's measure and sources in place of ${measure}, ${source} and ${relay}. */
        byte[] file(String name) {
            try (InputStream in = ClaimImportIT.class.getClassLoader().getResourceAsStream("imports/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("${measure}", measure.slug())
                        .replace("${source}", String.valueOf(source))
                        .replace("${relay}", String.valueOf(relay))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static long accountIds = 7_000;

    private Fixture fixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "it-import-" + suffix;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(org, "Import Test Watch " + suffix, "ITW", "KR", null, null));
        Reader contributor = Reader.account(++accountIds, "importer-" + suffix, org, Set.of(Role.CONTRIBUTOR));
        Reader editor = Reader.account(2L, "it-editor-" + org, org, Set.of(Role.EDITOR));
        MeasureRef measure = measures.add(editor, new NewMeasure("it-import-camps-" + suffix, "People held in camps",
                "People held in political prison camps (kwanliso) at a date.", Unit.PERSONS, MeasureKind.STOCK, null,
                "North Korea", "Detention"));
        long source = sources.add(contributor, new NewSource(org, SourceKind.UN_DOCUMENT, "Report of the detailed findings " + suffix,
                List.of(new NewAuthor(null, null, "Commission of Inquiry on Human Rights in the DPRK")), null,
                "United Nations Human Rights Council", "Geneva", "2014-02-07", null, "https://example.org/coi", null,
                "en", "A/HRC/25/CRP.1", null, Confidentiality.PUBLIC, List.of()));
        long relay = sources.add(contributor, new NewSource(org, SourceKind.NEWS_ARTICLE, "An op-ed " + suffix,
                List.of(new NewAuthor("Collins", "Robert", null)), "Daily Example", "Example Media", null, "2023-08",
                null, null, null, "en", null, null, Confidentiality.PUBLIC, List.of(source)));
        return new Fixture(org, contributor, measure, source, relay);
    }

    private static Reader editorOf(String org) {
        return Reader.account(++accountIds, "editor-" + org, org, Set.of(Role.EDITOR));
    }

    @Test
    void aGoodFileCreatesItsDraftsAndOneAuditEventListingThem() {
        Fixture f = fixture();
        long before = claimRepository.count();

        ImportReport report = imported(f.contributor(), "camps.csv", f.file("good.csv"), false);

        assertEquals(Outcome.IMPORTED, report.outcome(), report.problems().toString());
        assertEquals(3, report.rows());
        assertEquals(List.of(2, 3, 4), report.created().stream().map(ImportedRow::row).toList());
        assertEquals(before + 3, claimRepository.count());

        ClaimView first = claims.find(report.created().get(0).claim(), Reader.memberOf(f.org())).orElseThrow();
        assertEquals("DRAFT", first.status());
        assertEquals("between 80,000 and 120,000", first.figure().phrase());
        assertEquals(1, first.citations().size());
        ClaimView korean = claims.find(report.created().get(2).claim(), Reader.memberOf(f.org())).orElseThrow();
        assertEquals("정치범 수용소에 약 10만 명이 수감되어 있다.", korean.statement());

        List<AuditEntry> events = audit.browse(editorOf(f.org()), "claim-import", report.importId(), 0, 10);
        assertEquals(1, events.size());
        AuditEntry event = events.get(0);
        assertEquals("claims.imported", event.action());
        assertEquals(f.contributor().username(), event.actor());
        JsonArray rows = Http.json(event.after()).getJsonArray("created");
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            JsonObject row = rows.getJsonObject(i);
            assertEquals(i + 2, row.getInt("row"));
            assertEquals(report.created().get(i).claim(), row.getJsonNumber("claim").longValue());
            assertEquals(report.created().get(i).statement(), row.getString("statement"));
        }
        // the import is the only event: no claim.drafted per row
        assertTrue(audit.browse(editorOf(f.org()), "claim", report.created().get(0).claim(), 0, 10).isEmpty());
    }

    @Test
    void aFileWithTwoBadRowsReportsExactlyThoseRowsAndWritesNothing() {
        Fixture f = fixture();
        long before = claimRepository.count();

        ImportReport report = imported(f.contributor(), "bad.csv", f.file("two-bad-rows.csv"), false);

        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals(5, report.rows());
        List<ImportProblem> problems = report.problems();
        assertEquals(List.of(3, 5), problems.stream().map(ImportProblem::row).toList(), problems.toString());
        assertEquals("high", problems.get(0).column());
        assertTrue(problems.get(0).message(Locale.ENGLISH).contains("low bound 200000 is above the high bound 50000"), problems.toString());
        assertEquals("measure", problems.get(1).column());
        assertEquals("There is no measure \"no-such-measure-anywhere\". Use the short name (slug) shown in the measure's address, or leave the figure out.",
                problems.get(1).message(Locale.ENGLISH));
        assertTrue(problems.get(1).message(Locale.KOREAN).contains("측정 항목이 없습니다"));
        assertEquals(before, claimRepository.count());
        assertTrue(audit.browse(editorOf(f.org()), "claim-import", null, 0, 10).isEmpty());

        // nothing was recorded either: once fixed, the same rows import
        ImportReport dryRun = imported(f.contributor(), "bad.csv", f.file("good.csv"), true);
        assertEquals(Outcome.VALID, dryRun.outcome());
        assertEquals(before, claimRepository.count());
    }

    @Test
    void everyUnknownMeasureAndSourceOfEveryRowIsReportedInOnePassWithoutRevealingConfidentialSources() {
        Fixture f = fixture();
        Fixture other = fixture();
        long hidden = sources.add(other.contributor(), new NewSource(other.org(), SourceKind.REPORT,
                "Held in confidence " + other.org(), List.of(), null, null, null, "2020", null, null, null, "en", null,
                null, Confidentiality.HOLDER_ONLY, List.of()));
        long before = claimRepository.count();
        byte[] file = new String(f.file("unknown-references.csv"), StandardCharsets.UTF_8)
                .replace("${hidden}", String.valueOf(hidden)).getBytes(StandardCharsets.UTF_8);

        ImportReport report = imported(f.contributor(), "refs.csv", file, true);

        assertEquals(Outcome.INVALID, report.outcome());
        Set<String> found = report.problems().stream().map(p -> p.row() + ":" + p.column()).collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("2:measure", "2:source", "3:value", "3:measure", "4:source"), found, report.problems().toString());
        String unknown = report.problems().stream().filter(p -> p.row() == 2 && "source".equals(p.column())).findFirst()
                .orElseThrow().message(Locale.ENGLISH);
        String confidential = report.problems().stream().filter(p -> p.row() == 4 && "source".equals(p.column())).findFirst()
                .orElseThrow().message(Locale.ENGLISH);
        assertEquals(unknown.replace("999999991", "#"), confidential.replace(String.valueOf(hidden), "#"),
                "a source held in confidence answers as one that does not exist");
        assertEquals(before, claimRepository.count());

        ImportVocabulary vocabulary = imports.vocabulary(f.contributor());
        assertTrue(vocabulary.measures().stream().anyMatch(m -> m.slug().equals("political-prisoners")), "the demo's measures");
        assertTrue(vocabulary.sources().stream().anyMatch(s -> s.id() == f.source()));
        assertTrue(vocabulary.sources().stream().noneMatch(s -> s.id() == hidden), "no confidential source of another organization");
        assertEquals(List.of("qualifier", "unit", "locator_type", "stance"),
                vocabulary.columns().stream().map(ImportVocabulary.CodedColumn::column).toList());
        assertTrue(vocabulary.columns().get(0).values().containsAll(List.of("BETWEEN", "ABOUT", "UP_TO", "AT_MOST")));
        assertThrows(NotPermittedException.class, () -> imports.vocabulary(Reader.ANONYMOUS));

        // the page lists them for a signed-in contributor
        String firstMeasure = imports.vocabulary(Reader.account(1L, "hrnk-contributor", "hrnk", Set.of(Role.CONTRIBUTOR)))
                .measures().get(0).slug();
        HttpResponse<String> page = WebClient.signedIn(base, "hrnk-contributor").get("contribute/claim-import.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"vocabulary\"") && page.body().contains(firstMeasure)
                && page.body().contains("BETWEEN") && page.body().contains("PARAGRAPH"), page.body());
    }

    @Test
    void importingTheSameFileAgainCreatesNothingNewAndSaysWhen() {
        Fixture f = fixture();
        byte[] file = f.file("good.csv");
        ImportReport first = imported(f.contributor(), "camps.csv", file, false);
        assertEquals(Outcome.IMPORTED, first.outcome());
        long after = claimRepository.count();

        ImportReport again = imported(f.contributor(), "camps-copy.csv", file, false);
        assertEquals(Outcome.ALREADY_IMPORTED, again.outcome());
        assertNotNull(again.previousImportAt());
        assertEquals(f.contributor().username(), again.previousImporter());
        assertEquals(first.importId(), again.importId());
        assertEquals(after, claimRepository.count());

        // another file repeating one earlier row and adding one: the repeated row is "already present"
        String header = new String(file, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String repeated = new String(file, StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        String fresh = "\"A new claim about the camps.\",en," + f.measure().slug() + ",\"about 100,000\",ABOUT,\"100,000\",,,PERSONS,2015,,,,,"
                + f.source() + ",PAGE,9,,SUPPORTS";
        ImportReport mixed = imported(f.contributor(), "more.csv",
                (header + "\n" + fresh + "\n" + repeated + "\n").getBytes(StandardCharsets.UTF_8), false);
        assertEquals(Outcome.IMPORTED, mixed.outcome(), mixed.problems().toString());
        assertEquals(List.of(2), mixed.created().stream().map(ImportedRow::row).toList());
        assertEquals(List.of(3), mixed.alreadyPresent());
        assertEquals(after + 1, claimRepository.count());
    }

    @Test
    void onlyContributorsMayImport() {
        Fixture f = fixture();
        long before = claimRepository.count();
        byte[] file = f.file("good.csv");
        assertThrows(NotPermittedException.class, () -> imports.start(Reader.ANONYMOUS, "x.csv", file, false));
        assertThrows(NotPermittedException.class, () -> imports.start(editorOf(f.org()), "x.csv", file, false));
        assertThrows(NotPermittedException.class, () -> imports.start(Reader.memberOf(f.org()), "x.csv", file, true));
        assertEquals(before, claimRepository.count());
    }

    @Test
    void aThousandRowFileRunsInTheBackgroundToTheEnd() throws InterruptedException {
        Fixture f = fixture();
        StringBuilder csv = new StringBuilder("statement,language,measure,figure_phrase,qualifier,value,unit,as_of,source,locator_type,locator,stance\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append("\"Camp census number ").append(i).append(" counted ").append(i * 10).append(" people.\",en,")
                    .append(f.measure().slug()).append(",\"").append(String.format(Locale.ROOT, "%,d", i * 10)).append(" people\",EXACT,\"")
                    .append(String.format(Locale.ROOT, "%,d", i * 10)).append("\",PERSONS,2014,").append(f.source())
                    .append(",PAGE,").append(i).append(",SUPPORTS\n");
        }
        long before = claimRepository.count();

        String job = imports.start(f.contributor(), "census.csv", csv.toString().getBytes(StandardCharsets.UTF_8), false).id();

        ImportJobView view = finished(f.contributor(), job);
        assertEquals(ImportJobView.State.DONE, view.state(), String.valueOf(view.failure(Locale.ENGLISH)));
        assertEquals(1000, view.done());
        assertEquals(1000, view.total());
        assertEquals(100, view.percent());
        assertEquals(Outcome.IMPORTED, view.report().outcome(), view.report().problems().toString());
        assertEquals(1000, view.report().created().size());
        assertEquals(before + 1000, claimRepository.count());
        // another account (even of the same organization) cannot see the job
        assertTrue(jobs.find(Reader.account(++accountIds, "colleague", f.org(), Set.of(Role.CONTRIBUTOR)), job).isEmpty());
        assertTrue(jobs.find(Reader.ANONYMOUS, job).isEmpty());
        assertEquals(1000, Http.json(audit.browse(editorOf(f.org()), "claim-import", view.report().importId(), 0, 1).get(0).after())
                .getJsonArray("created").size());
    }

    @Test
    void anImportOverItsTimeBudgetFailsSayingWhyAndWritesNothing() throws InterruptedException {
        Fixture f = fixture();
        long before = claimRepository.count();

        ImportJobView view = finished(f.contributor(),
                imports.start(f.contributor(), "slow.csv", f.file("good.csv"), false, Duration.ZERO).id());

        assertEquals(ImportJobView.State.FAILED, view.state());
        assertTrue(view.failure(Locale.ENGLISH).contains("The import was stopped at its time limit of less than a minute; nothing was written."),
                view.failure(Locale.ENGLISH));
        assertTrue(view.failure(Locale.KOREAN).contains("아무것도 저장되지 않았습니다"), view.failure(Locale.KOREAN));
        assertEquals(before, claimRepository.count());
        assertTrue(audit.browse(editorOf(f.org()), "claim-import", null, 0, 10).isEmpty());
        // nothing was recorded: with its time, the same file imports
        assertEquals(Outcome.IMPORTED, imported(f.contributor(), "slow.csv", f.file("good.csv"), false).outcome());
    }

    @Test
    void theTemplateExampleIsValidAgainstTheDemoData() {
        Reader hrnk = Reader.account(++accountIds, "hrnk-importer", "hrnk", Set.of(Role.CONTRIBUTOR));
        long before = claimRepository.count();
        ImportReport report = imported(hrnk, "claims-template.csv", imports.template(), true);
        assertEquals(Outcome.VALID, report.outcome(), report.problems().toString());
        assertEquals(1, report.rows());
        assertEquals(before, claimRepository.count());
        // the example cites the Commission of Inquiry's report
        assertTrue(sources.find(6, Reader.ANONYMOUS).orElseThrow().title().toLowerCase(Locale.ROOT).contains("commission of inquiry"));
    }

    @Test
    void theApiServesTheTemplateAndRefusesAnonymousImports() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI template = base.toURI().resolve("api/v1/claims/imports/template");
        HttpResponse<String> got = client.send(HttpRequest.newBuilder(template).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, got.statusCode());
        assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(got.body().startsWith("statement,language,measure,"), got.body());

        URI post = base.toURI().resolve("api/v1/claims/imports?dryRun=true");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(post).header("Content-Type", "text/csv")
                .header("Accept-Language", "ko")
                .POST(HttpRequest.BodyPublishers.ofString(got.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode(), "an anonymous write is refused before its body is read: " + refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.json(refused.body()).getString("detail").contains("로그인"), "in the caller's language: " + refused.body());
    }

    @Test
    void theImportPageRendersItsUploadAndTemplateLink() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.toURI().resolve("contribute/claim-import.xhtml"))
                .header("Accept-Language", "ko").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            // once /contribute/ requires signing in, an anonymous visitor is sent to the login page instead
            assertTrue(Set.of(302, 303, 401, 403).contains(page.statusCode()), page.statusCode() + " " + page.body());
            return;
        }
        assertTrue(page.body().contains("api/v1/claims/imports/template"), page.body());
        assertTrue(page.body().contains("CSV 파일로 주장 가져오기"), page.body());
        assertTrue(page.body().contains("type=\"file\""), page.body());

        HttpResponse<String> unknownJob = client.send(HttpRequest.newBuilder(
                base.toURI().resolve("contribute/claim-import.xhtml?job=no-such-job")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknownJob.statusCode());
    }

    // --- durable jobs: a node that stops, as another node sees it

    /** A node that was running a job when it was killed: it left the row RUNNING and never beats again. */
    private static final String DEAD_NODE = "it-node-killed-mid-job";

    private static final JobLimits ROOMY = new JobLimits(100, 1_000, 1,
            Message.of(ClaimImports.class, "job.busyAccount", 100), Message.of(ClaimImports.class, "job.busyServer"));

    /** A census of {@code rows} rows of the fixture's measure citing its source. */
    private static byte[] census(Fixture f, String marker, int rows) {
        StringBuilder csv = new StringBuilder("statement,language,measure,figure_phrase,qualifier,value,unit,as_of,source,locator_type,locator,stance\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("\"").append(marker).append(" census ").append(i).append(" counted ").append(i * 10).append(" people.\",en,")
                    .append(f.measure().slug()).append(",\"").append(String.format(Locale.ROOT, "%,d", i * 10)).append(" people\",EXACT,\"")
                    .append(String.format(Locale.ROOT, "%,d", i * 10)).append("\",PERSONS,2014,").append(f.source())
                    .append(",PAGE,").append(i).append(",SUPPORTS\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An import job that the dead node had started: its row RUNNING on that node, half its rows counted as checked
     * (its transaction, never committed, wrote nothing), its heartbeat ten minutes old.
     */
    private String jobOfADeadNode(Fixture f, byte[] file, int attemptsStarted) throws SQLException {
        JobRow row = jobRows.open(new NewJob(JobKind.CLAIM_IMPORT, f.contributor(), null, null, "killed.csv", false,
                ImportJobs.MAX_TIME, file), ROOMY, DEAD_NODE);
        assertTrue(jobRows.start(row.id(), DEAD_NODE));
        assertTrue(jobRows.progress(row.id(), DEAD_NODE, "VALIDATING", 150, 300, 0, 0));
        ImportJobView running = jobs.find(f.contributor(), row.id()).orElseThrow();
        assertEquals(ImportJobView.State.VALIDATING, running.state(), "any node reads the progress another committed");
        assertEquals(150, running.done());
        assertEquals(25, running.percent());
        age(row.id(), Duration.ofMinutes(10), attemptsStarted);
        return row.id();
    }

    /** Turns a job's heartbeat back, as the clock does to the row of a node that no longer beats. */
    static void age(String id, Duration by, int attempts) throws SQLException {
        javax.sql.DataSource db;
        try {
            db = javax.naming.InitialContext.doLookup("java:app/jdbc/kb");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = db.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE background_job SET heartbeat = ?, attempts = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(by));
            update.setInt(2, attempts);
            update.setString(3, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void anImportLeftRunningByANodeThatStoppedIsRunAgainHereAndImportsEveryRowOnce() throws Exception {
        Fixture f = fixture();
        long before = claimRepository.count();
        String job = jobOfADeadNode(f, census(f, "takeover-" + f.org(), 300), 1);

        watch.takeOverStale(); // what every node's timer does every few seconds (it may be the timer that wins)

        ImportJobView view = finished(f.contributor(), job);
        assertEquals(ImportJobView.State.DONE, view.state(), String.valueOf(view.failure(Locale.ENGLISH)));
        assertEquals(Outcome.IMPORTED, view.report().outcome(), view.report().problems().toString());
        assertEquals(300, view.report().created().size());
        assertEquals(2, view.attempts(), "the dead node's run and this one");
        assertFalse(view.retryable());
        assertEquals(before + 300, claimRepository.count(), "every row once: the lost run wrote nothing");
        assertFalse(DEAD_NODE.equals(jobRows.find(job).orElseThrow().node()), "the job moved to a live node");
    }

    @Test
    void anImportWhoseNodesStoppedTwiceIsFailedRetryableAndARetryImportsItWhole() throws Exception {
        Fixture f = fixture();
        long before = claimRepository.count();
        String job = jobOfADeadNode(f, census(f, "retry-" + f.org(), 300), 2);

        watch.takeOverStale();
        ImportJobView failed = finished(f.contributor(), job);

        assertEquals(ImportJobView.State.FAILED, failed.state());
        assertTrue(failed.retryable());
        assertTrue(failed.failure(Locale.ENGLISH).contains("The server running this import stopped before it finished; nothing was written."),
                failed.failure(Locale.ENGLISH));
        assertTrue(failed.failure(Locale.KOREAN).contains("아무것도 저장되지 않았습니다"), failed.failure(Locale.KOREAN));
        assertEquals(before, claimRepository.count());
        // another account, even of the same organization, cannot retry it, nor learn that it exists
        assertTrue(imports.retry(Reader.account(++accountIds, "colleague", f.org(), Set.of(Role.CONTRIBUTOR)), job).isEmpty());

        ImportJobView queued = imports.retry(f.contributor(), job).orElseThrow();
        assertFalse(queued.finished(), queued.toString());
        ImportJobView done = finished(f.contributor(), job);
        assertEquals(ImportJobView.State.DONE, done.state(), String.valueOf(done.failure(Locale.ENGLISH)));
        assertEquals(300, done.report().created().size());
        assertEquals(before + 300, claimRepository.count());
        NotRetryableException again = assertThrows(NotRetryableException.class, () -> imports.retry(f.contributor(), job));
        assertTrue(again.getMessage(Locale.KOREAN).contains("다시 시도할 수 있습니다"), again.getMessage(Locale.KOREAN));
    }

    @Test
    void aJobOfANodeThatStillBeatsIsLeftToIt() {
        Fixture f = fixture();
        JobRow row = jobRows.open(new NewJob(JobKind.CLAIM_IMPORT, f.contributor(), null, null, "alive.csv", true,
                ImportJobs.MAX_TIME, census(f, "alive-" + f.org(), 3)), ROOMY, "it-node-alive");

        watch.takeOverStale();

        JobRow after = jobRows.find(row.id()).orElseThrow();
        assertEquals(JobState.QUEUED, after.state());
        assertEquals("it-node-alive", after.node());
        // that node stops now, for good: its row ends failed, so that no node runs it later
        assertTrue(jobRows.fail(row.id(), "it-node-alive", Message.of(ClaimImports.class, "job.serverStopped"), false));
    }

    @Test
    void aTaskSlotClaimedByTwoNodesAtOnceRunsOnce() throws Exception {
        String task = "it-task-" + UUID.randomUUID().toString().substring(0, 8);
        String slot = ClusterOnce.slot(Instant.now(), Duration.ofMinutes(1));
        jakarta.enterprise.concurrent.ManagedExecutorService executor =
                javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Boolean> node = () -> {
            ready.countDown();
            go.await();
            return once.claim(task, slot);
        };
        Future<Boolean> first = executor.submit(node);
        Future<Boolean> second = executor.submit(node);
        ready.await();
        go.countDown();
        List<Boolean> claimed = List.of(first.get(), second.get());

        assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count(), "exactly one ran it: " + claimed);
        assertFalse(once.claim(task, slot), "nor does a third, later");
        assertTrue(once.claim(task, ClusterOnce.slot(Instant.now().plus(Duration.ofMinutes(1)), Duration.ofMinutes(1))),
                "the next slot is free");
    }

    /** Imports (or checks) a file as a page or a script does, in the background, and waits for its report. */
    private ImportReport imported(Reader actor, String fileName, byte[] content, boolean dryRun) {
        try {
            ImportJobView view = finished(actor, imports.start(actor, fileName, content, dryRun).id());
            assertEquals(ImportJobView.State.DONE, view.state(), String.valueOf(view.failure(Locale.ENGLISH)));
            return view.report();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The job once DONE or FAILED (within three minutes). */
    private ImportJobView finished(Reader owner, String job) throws InterruptedException {
        ImportJobView view = jobs.find(owner, job).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!view.finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            view = jobs.find(owner, job).orElseThrow();
        }
        return view;
    }
}
