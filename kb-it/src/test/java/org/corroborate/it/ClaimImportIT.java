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
import org.corroborate.service.shared.NotPermittedException;
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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import of claims inside Payara Micro: a good file creates its drafts and one audit event, a file with bad
 * rows reports exactly those rows and writes nothing, a file imported twice creates nothing new, only contributors
 * may import, a 1,000-row file runs to the end in the background, and an import past its time budget fails saying
 * why and writes nothing. Every import runs as a background job, as the pages and the API start it.
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
