package org.corroborate.it;

import jakarta.inject.Inject;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.EditableSource;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.service.source.bibliography.BibliographyFormat;
import org.corroborate.service.source.bibliography.BibliographyImports;
import org.corroborate.service.source.bibliography.Decision;
import org.corroborate.service.source.bibliography.DuplicateCandidate;
import org.corroborate.service.source.bibliography.ImportPreview;
import org.corroborate.service.source.bibliography.ImportRecord;
import org.corroborate.service.source.bibliography.ImportResult;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.corroborate.service.citation.CitationStyles;
import org.corroborate.service.export.CslItems;

import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Members contribute sources inside Payara Micro: the form's add and edit with their audit entries and refusals,
 * and bibliographic imports of BibTeX, RIS and CSL-JSON files with previews, duplicates and all-or-nothing writes.
 */
@InContainer
class SourceContributionIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    @Inject
    Accounts accounts;

    @Inject
    Sources sources;

    @Inject
    BibliographyImports imports;

    @Inject
    AuditTrail audit;

    @Inject
    CitationStyles citations;

    @ArquillianResource
    URL base;

    private static Reader contributor(String org) {
        return Reader.account(1L, "it-contributor", org, Set.of(Role.CONTRIBUTOR));
    }

    private static Reader editor(String org) {
        return Reader.account(2L, "it-editor", org, Set.of(Role.EDITOR));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String org() {
        String s = suffix();
        String org = "it-src-" + s;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(org, "Source Test Watch " + s, "STW", "KR", null, null));
        return org;
    }

    private static NewSource source(String org, String title, String doi, String url, String issued, Confidentiality c) {
        return new NewSource(org, SourceKind.REPORT, title, List.of(new NewAuthor(null, null, "Test Watch")), null, null,
                null, issued, null, url, doi, "en", null, null, c, List.of());
    }

    /** A test file with RUN replaced by this test's own suffix, so that tests do not see each other's records. */
    private static byte[] file(String name, String run) {
        try (InputStream in = SourceContributionIT.class.getResourceAsStream("/bibliography/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("RUN", run).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SourceRef> withTitle(String org, String text) {
        return sources.suggest(contributor(org), text, 50);
    }

    private List<AuditEntry> importEvents(String org) {
        return audit.browse(editor(org), null, null, 0, 100).stream()
                .filter(e -> e.action().equals("sources.imported")).toList();
    }

    // ------------------------------------------------------------------ the form

    @Test
    void addingAndEditingASourceAreAuditedWithBeforeAndAfter() {
        String org = org();
        String run = suffix();
        long origin = sources.add(contributor(org), source(org, "Origin " + run, null, null, "2014", Confidentiality.PUBLIC));
        long id = sources.add(contributor(org), source(org, "First title " + run, null, null, "2020", Confidentiality.PUBLIC));
        EditableSource editable = sources.findForEdit(contributor(org), id).orElseThrow();
        assertEquals("First title " + run, editable.content().title());

        NewSource changed = new NewSource(org, SourceKind.NEWS_ARTICLE, "Second title " + run,
                List.of(new NewAuthor("Collins", "Robert", null), new NewAuthor(null, null, "HRNK")), "Daily Example",
                "Example Media", "Seoul", "2020-05-03", "2021-01-02", "https://example.org/" + run, "10.5555/" + run,
                "ko", "No. 7", "Edited", Confidentiality.MEMBERS_ONLY, List.of(origin));
        SourceView after = sources.update(contributor(org), id, editable.version(), changed);
        assertEquals("Second title " + run, after.title());
        assertEquals("NEWS_ARTICLE", after.kind());
        assertEquals("2020-05-03", after.issued());
        assertEquals("Robert Collins; HRNK", after.authorNames());
        assertEquals(List.of(origin), after.relays().stream().map(SourceRef::id).toList());
        assertTrue(sources.find(id, Reader.ANONYMOUS).isEmpty(), "now members only");

        List<AuditEntry> entries = audit.browse(editor(org), "source", id, 0, 10);
        assertEquals(List.of("source.updated", "source.created"), entries.stream().map(AuditEntry::action).toList());
        AuditEntry update = entries.get(0);
        assertTrue(update.before().contains("First title " + run), update.before());
        assertTrue(update.after().contains("Second title " + run), update.after());
        assertEquals("it-contributor", update.actor());

        StaleEditException stale = assertThrows(StaleEditException.class, () -> sources.update(contributor(org), id,
                editable.version(), source(org, "Third title " + run, null, null, null, Confidentiality.PUBLIC)));
        assertEquals(editable.version(), stale.expectedVersion());
        assertEquals("Second title " + run, sources.find(id, contributor(org)).orElseThrow().title());
    }

    @Test
    void anotherOrganizationsContributorCannotEditAndTheAnonymousCannotAdd() {
        String org = org();
        String other = org();
        String run = suffix();
        long id = sources.add(contributor(org), source(org, "Held by one " + run, null, null, "2020", Confidentiality.PUBLIC));

        assertThrows(NotPermittedException.class, () -> sources.update(contributor(other), id,
                source(org, "Hijacked " + run, null, null, null, Confidentiality.PUBLIC)));
        assertThrows(NotPermittedException.class, () -> sources.update(contributor(other), id,
                source(other, "Hijacked " + run, null, null, null, Confidentiality.PUBLIC)));
        assertThrows(NotPermittedException.class, () -> sources.findForEdit(contributor(other), id));
        assertEquals("Held by one " + run, sources.find(id, Reader.ANONYMOUS).orElseThrow().title());
        assertEquals(1, audit.browse(editor(org), "source", id, 0, 10).size(), "only the creation");

        assertThrows(NotPermittedException.class, () -> sources.add(Reader.ANONYMOUS,
                source(org, "Anonymous " + run, null, null, null, Confidentiality.PUBLIC)));
        assertThrows(NotPermittedException.class, () -> sources.add(contributor(other),
                source(org, "For another " + run, null, null, null, Confidentiality.PUBLIC)));
        assertTrue(withTitle(org, "Anonymous " + run).isEmpty());
        assertTrue(withTitle(org, "For another " + run).isEmpty());
    }

    @Test
    void relaySuggestionsOfferOnlySourcesTheReaderMaySeeInFull() {
        String org = org();
        String other = org();
        String run = suffix();
        sources.add(contributor(org), source(org, "Kept in confidence " + run, null, null, "2020", Confidentiality.HOLDER_ONLY));
        sources.add(contributor(org), source(org, "Open to all " + run, null, null, "2020", Confidentiality.PUBLIC));
        sources.add(contributor(org), source(org, "For members " + run, null, null, "2020", Confidentiality.MEMBERS_ONLY));

        assertEquals(3, sources.suggest(contributor(org), run, 10).size());
        assertEquals(List.of("For members " + run, "Open to all " + run),
                sources.suggest(contributor(other), run, 10).stream().map(SourceRef::title).toList());
        assertEquals(List.of("Open to all " + run),
                sources.suggest(Reader.ANONYMOUS, run, 10).stream().map(SourceRef::title).toList());
    }

    // ------------------------------------------------------------------ imports

    @Test
    void goodBibTeXRisAndCslJsonFilesImportAllTheirRecordsWithOneAuditEventEach() {
        String org = org();
        String run = suffix();
        Reader me = contributor(org);

        ImportPreview bib = imports.preview(me, "refs.bib", file("good.bib", run));
        assertEquals(BibliographyFormat.BIBTEX, bib.format());
        assertEquals(3, bib.records().size());
        assertEquals(List.of("coi-" + run, "collins-" + run, "famine-" + run), bib.records().stream().map(ImportRecord::key).toList());
        assertEquals(List.of(2, 13, 21), bib.records().stream().map(ImportRecord::line).toList());
        assertTrue(bib.records().stream().allMatch(r -> r.importable() && !r.hasDuplicates()), bib.toString());
        NewSource coi = bib.records().get(0).source();
        assertEquals(SourceKind.UN_DOCUMENT, coi.kind());
        assertEquals("2014-02", coi.issued());
        assertEquals("United Nations Human Rights Council", coi.publisher());
        assertTrue(withTitle(org, run).isEmpty(), "a preview writes nothing");

        ImportResult result = imports.confirm(me, bib, Map.of());
        assertEquals(3, result.created());
        SourceView famine = sources.find(result.rows().get(2).sourceId(), me).orElseThrow();
        assertEquals("The Great North Korean Famine " + run, famine.title());
        assertEquals("BOOK", famine.kind());
        assertEquals("Andrew Natsios", famine.authorNames());
        assertEquals("Washington, DC", famine.publisherPlace());

        ImportPreview ris = imports.preview(me, "export.ris", file("good.ris", run));
        assertEquals(2, ris.records().size());
        assertEquals(List.of(1, 10), ris.records().stream().map(ImportRecord::line).toList());
        assertEquals("2012-04-10", ris.records().get(0).source().issued());
        assertEquals(2, imports.confirm(me, ris, Map.of()).created());

        ImportPreview json = imports.preview(me, "items.json", file("good.json", run));
        assertEquals(2, json.records().size());
        assertEquals(SourceKind.UN_DOCUMENT, json.records().get(0).source().kind());
        assertEquals(SourceKind.WEB_PAGE, json.records().get(1).source().kind());
        assertEquals("2019-11", json.records().get(1).source().issued());
        assertEquals(2, imports.confirm(me, json, Map.of()).created());

        assertEquals(7, withTitle(org, run).size());
        List<AuditEntry> events = importEvents(org);
        assertEquals(3, events.size());
        AuditEntry bibEvent = events.get(2);
        assertTrue(bibEvent.after().contains("\"record\":\"coi-" + run + "\""), bibEvent.after());
        assertTrue(bibEvent.after().contains("\"created\":" + result.rows().get(0).sourceId()), bibEvent.after());
    }

    @Test
    void aMalformedRecordIsNamedWithItsLineAndNothingIsWritten() {
        String org = org();
        String run = suffix();
        Reader me = contributor(org);
        ImportPreview preview = imports.preview(me, "broken.bib", file("malformed.bib", run));
        assertEquals(2, preview.records().size());
        assertTrue(preview.records().get(0).importable());
        ImportRecord broken = preview.records().get(1);
        assertFalse(broken.importable());
        String message = broken.problemTexts(Locale.ENGLISH).get(0);
        assertTrue(message.startsWith("Record broken-" + run + ", line 9:"), message);
        assertTrue(broken.problemTexts(Locale.KOREAN).get(0).startsWith("레코드 broken-" + run + ", 9행:"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> imports.confirm(me, preview, Map.of(1, Decision.create(), 2, Decision.create())));
        assertTrue(refused.getMessage().contains("broken-" + run), refused.getMessage());
        assertThrows(InvalidInputException.class, () -> imports.importAll(me, "broken.bib", null,
                file("malformed.bib", run), Confidentiality.PUBLIC, Decision.OnDuplicate.SKIP));
        assertTrue(withTitle(org, run).isEmpty(), "nothing written, not even the good record");
        assertTrue(importEvents(org).isEmpty());

        InvalidInputException notAFile = assertThrows(InvalidInputException.class,
                () -> imports.preview(me, "notes.txt", "just a note".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notAFile.getMessage().contains("not a BibTeX, RIS or CSL-JSON file"), notAFile.getMessage());
        assertThrows(InvalidInputException.class, () -> imports.preview(me, "big.bib", new byte[BibliographyImports.MAX_BYTES + 1]));
        assertThrows(NotPermittedException.class, () -> imports.preview(Reader.ANONYMOUS, "refs.bib", file("good.bib", run)));
    }

    @Test
    void duplicatesByDoiUrlAndTitleAndYearAreShownAndCanBeSkippedOrMerged() {
        String org = org();
        String other = org();
        String run = suffix();
        Reader me = contributor(org);
        long byUrl = sources.add(me, source(org, "Existing commission report " + run, null,
                "https://example.org/" + run + "/coi/", null, Confidentiality.PUBLIC));
        long byDoi = sources.add(me, source(org, "Existing article " + run, "https://doi.org/10.5555/" + run.toUpperCase(Locale.ROOT) + ".GULAG",
                null, null, Confidentiality.PUBLIC));
        long byTitle = sources.add(contributor(other), source(other, "The great North-Korean famine, " + run, null, null,
                "2001-06", Confidentiality.PUBLIC));
        sources.add(contributor(other), source(other, "The Great North Korean Famine " + run, null, null, "2001",
                Confidentiality.HOLDER_ONLY));

        ImportPreview preview = imports.preview(me, "refs.bib", file("good.bib", run));
        List<ImportRecord> records = preview.records();
        assertEquals(List.of(new DuplicateCandidate(byUrl, null, "Existing commission report " + run, DuplicateCandidate.Reason.URL, true)),
                records.get(0).duplicates());
        assertEquals(byDoi, records.get(1).duplicates().get(0).sourceId());
        assertEquals(DuplicateCandidate.Reason.DOI, records.get(1).duplicates().get(0).reason());
        assertEquals(1, records.get(2).duplicates().size(), "another organization's confidential source is not shown");
        assertEquals(byTitle, records.get(2).duplicates().get(0).sourceId());
        assertFalse(records.get(2).duplicates().get(0).mergeable(), "another organization's source");
        assertTrue(records.stream().allMatch(r -> r.defaultDecision().equals(Decision.skip())));

        ImportResult result = imports.confirm(me, preview, Map.of(1, Decision.merge(byUrl), 2, Decision.skip(), 3, Decision.skip()));
        assertEquals(1, result.merged());
        assertEquals(2, result.skipped());
        SourceView merged = sources.find(byUrl, me).orElseThrow();
        assertEquals("Existing commission report " + run, merged.title(), "merging keeps what was there");
        assertEquals("Test Watch", merged.authorNames());
        assertEquals("United Nations Human Rights Council", merged.publisher(), "and fills what was empty");
        assertEquals("2014-02", merged.issued());
        assertEquals("A/HRC/25/CRP.1", merged.number());
        assertEquals(3, withTitle(org, run).size(), "nothing created");
        assertTrue(importEvents(org).get(0).after().contains("\"mergedInto\":" + byUrl));
        assertTrue(audit.browse(editor(org), "source", byUrl, 0, 10).size() >= 1);

        String json = new String(file("good.json", run), StandardCharsets.UTF_8).strip();
        byte[] twice = (json.substring(0, json.length() - 1)
                + ", {\"id\": \"again\", \"type\": \"report\", \"title\": \"report of the special rapporteur  " + run
                + "!\", \"issued\": {\"date-parts\": [[2022]]}}]").getBytes(StandardCharsets.UTF_8);
        ImportPreview inFile = imports.preview(me, "twice.json", twice);
        DuplicateCandidate same = inFile.records().get(2).duplicates().get(0);
        assertEquals(1, same.recordIndex());
        assertEquals(DuplicateCandidate.Reason.TITLE_YEAR, same.reason());
    }

    @Test
    void reimportingAConfirmedFileShowsEveryRecordAsADuplicate() {
        String org = org();
        String run = suffix();
        Reader me = contributor(org);
        assertEquals(2, imports.confirm(me, imports.preview(me, "export.ris", file("good.ris", run)), Map.of()).created());

        ImportPreview again = imports.preview(me, "export.ris", file("good.ris", run));
        assertTrue(again.records().stream().allMatch(ImportRecord::hasDuplicates), again.toString());
        assertEquals(DuplicateCandidate.Reason.URL, again.records().get(0).duplicates().get(0).reason());
        assertEquals(DuplicateCandidate.Reason.TITLE_YEAR, again.records().get(1).duplicates().get(0).reason());
        ImportResult skipped = imports.importAll(me, "export.ris", BibliographyFormat.RIS, file("good.ris", run),
                Confidentiality.PUBLIC, Decision.OnDuplicate.SKIP);
        assertEquals(2, skipped.skipped());
        assertEquals(2, withTitle(org, run).size());
    }

    @Test
    void anImportIsWrittenWhollyOrNotAtAll() {
        String org = org();
        String other = org();
        String run = suffix();
        Reader me = contributor(org);
        long theirs = sources.add(contributor(other), source(other, "Theirs " + suffix(), null, null, null, Confidentiality.PUBLIC));

        ImportPreview preview = imports.preview(me, "refs.bib", file("good.bib", run));
        assertThrows(NotPermittedException.class, () -> imports.confirm(me, preview,
                Map.of(1, Decision.create(), 2, Decision.create(), 3, Decision.merge(theirs))));
        assertTrue(withTitle(org, run).isEmpty(), "the records created before the refusal were rolled back");
        assertNull(sources.find(theirs, me).orElseThrow().publisher(), "their source is unchanged");
        assertTrue(importEvents(org).isEmpty());

        assertThrows(NotPermittedException.class, () -> imports.confirm(contributor(other), preview, Map.of()),
                "a preview made for one organization cannot be confirmed by another");
        assertTrue(withTitle(org, run).isEmpty());
    }

    // ------------------------------------------------------------------ over HTTP, as the public

    // ------------------------------------------------------------------ real files (issue 15)

    /** One record of an API preview: kind, title, first author, issued, container, volume, issue, pages. */
    private static String understood(JsonObject record) {
        JsonObject s = record.getJsonObject("understood");
        JsonObject a = s.getJsonArray("authors").getJsonObject(0);
        String author = text(a, "literal").equals("-") ? a.getString("family") + ", " + a.getString("given") : a.getString("literal");
        return String.join(" | ", s.getString("kind"), s.getString("title"), author, text(s, "issued"),
                text(s, "containerTitle"), text(s, "volume"), text(s, "issue"), text(s, "page"));
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : "-";
    }

    private JsonObject dryRun(String token, String file, String mediaType, String run) throws Exception {
        HttpResponse<String> response = send("POST", "api/v1/sources/imports?dryRun=true&fileName=" + file, mediaType,
                new String(file(file, run), StandardCharsets.UTF_8), token);
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static List<String> problems(JsonObject record) {
        return record.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> p.getString("message")).toList();
    }

    @Test
    @RunAsClient
    void realFilesUploadedThroughTheApiAreReadAsTheirAuthorsMeantThem() throws Exception {
        String run = suffix();
        String token = WebClient.apiToken(base, "hrnk-contributor");

        JsonObject ris = dryRun(token, "failures.ris", "application/x-research-info-systems", run);
        List<JsonObject> r = ris.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getBoolean("importable")).toList();
        assertEquals(3, r.size(), ris.toString());
        // "Journ", a continuation line, T1/A1/Y1 (the A2 editor is not the author), the journal's volume, issue, pages
        assertEquals("JOURNAL_ARTICLE | Forced repatriation " + run + " and its aftermath | Kim, Minji | 2021-03-01 | "
                + "Journal of Human Rights Studies | 12 | 2 | 101-130", understood(r.get(0)));
        assertEquals(1, r.get(0).getJsonObject("understood").getJsonArray("authors").size());
        // "Chap", and an organization as author stays one name
        assertEquals("BOOK | Detention in the camps " + run + " | Human Rights Watch | 2019 | Collected Reports | - | - | 5-20",
                understood(r.get(1)));
        // a missing final ER: read, with a warning
        assertEquals("REPORT | Without its end " + run + " | Lee, Sun | 2020 | - | - | - | -", understood(r.get(2)));
        assertTrue(problems(r.get(2)).stream().anyMatch(m -> m.contains("no \"ER  - \" line")), problems(r.get(2)).toString());

        JsonObject bib = dryRun(token, "failures.bib", "application/x-bibtex", run);
        List<JsonObject> b = bib.getJsonArray("records").getValuesAs(JsonObject.class);
        assertEquals(3, b.size(), bib.toString());
        assertTrue(b.stream().allMatch(x -> x.getBoolean("importable")), bib.toString());
        // a Korean key, biblatex's family=/given=, crossref inheritance (year, book title, publisher)
        assertEquals("김-" + run, b.get(0).getString("key"));
        assertEquals("BOOK | Rites " + run + " | van Gennep, Arnold | 2000 | Space and Beyond " + run + " | - | - | 55-65",
                understood(b.get(0)));
        // {\" o} with a space, an organization in double braces, an undefined @string left out with a warning,
        // an ISO date-time, an article's number as its issue
        assertEquals("JOURNAL_ARTICLE | Über " + run + " | Gödel, Kurt | 2019-03-07 | - | 4 | 2 | 1-9", understood(b.get(1)));
        JsonObject alliance = b.get(1).getJsonObject("understood").getJsonArray("authors").getJsonObject(1);
        assertEquals("Citizens\u2019 Alliance for North Korean Human Rights", alliance.getString("literal")); // typographic apostrophe
        assertTrue(problems(b.get(1)).stream().anyMatch(m -> m.contains("undefinedmacro")), problems(b.get(1)).toString());

        JsonObject json = dryRun(token, "failures.json", "application/vnd.citationstyles.csl+json", run);
        List<JsonObject> j = json.getJsonArray("records").getValuesAs(JsonObject.class);
        // a season keeps its year; an ISO date-time its day
        assertEquals("JOURNAL_ARTICLE | Spring issue " + run + " | Park, Jiyoung | 2001 | Korea Journal | 41 | 1 | 5-30",
                understood(j.get(0)));
        assertEquals("WEB_PAGE | Posted " + run + " | Daily NK | 2019-03-07 | - | - | - | -", understood(j.get(1)));
    }

    @Test
    void anImportedJournalArticleKeepsVolumeIssueAndPagesOnItsPageInCitationsAndInCslJson() throws Exception {
        String org = org();
        String run = suffix();
        Reader me = contributor(org);
        ImportResult result = imports.importAll(me, "failures.ris", null, file("failures.ris", run),
                Confidentiality.PUBLIC, Decision.OnDuplicate.SKIP);
        assertEquals(3, result.created());
        SourceView article = sources.find(result.rows().get(0).sourceId(), me).orElseThrow();
        assertEquals("JOURNAL_ARTICLE", article.kind());
        assertEquals("article-journal", article.cslType());
        assertEquals(List.of("12", "2", "101-130"), List.of(article.volume(), article.issue(), article.page()));

        String apa = citations.format(article, "apa").orElseThrow();
        assertTrue(apa.contains("Journal of Human Rights Studies") && apa.contains("12") && apa.contains("101"), apa);
        String csl = CslItems.toJson(CslItems.of(article));
        assertTrue(csl.contains("\"volume\":\"12\"") && csl.contains("\"issue\":\"2\"") && csl.contains("\"page\":\"101-130\""), csl);

        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest
                .newBuilder(base.toURI().resolve("source.xhtml?id=" + article.id())).header("Accept-Language", "ko").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("101-130") && page.body().contains("학술지 논문"), page.body());

        // the form keeps them: an edit that changes the pages only
        EditableSource edit = sources.findForEdit(me, article.id()).orElseThrow();
        assertEquals("101-130", edit.content().page());
        sources.update(me, article.id(), edit.content().located("12", "2", "101-131"));
        assertEquals("101-131", sources.find(article.id(), me).orElseThrow().page());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return send(method, path, contentType, body, null);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    void theApiRefusesWritesFromTheAnonymousWithAProblemAndThePagesRender() throws Exception {
        String body = "{\"holder\": \"hrnk\", \"kind\": \"REPORT\", \"title\": \"Anonymous attempt\", \"authors\": [],"
                + " \"confidentiality\": \"PUBLIC\", \"relays\": []}";
        HttpResponse<String> add = send("POST", "api/v1/sources", "application/json", body);
        assertEquals(401, add.statusCode(), add.body());
        assertTrue(add.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(add.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> put = send("PUT", "api/v1/sources/1", "application/json", body);
        assertEquals(401, put.statusCode(), put.body());
        HttpResponse<String> dryRun = send("POST", "api/v1/sources/imports?dryRun=true", "application/x-bibtex",
                "@book{x, title = {X}, year = 2001}");
        assertEquals(401, dryRun.statusCode(), dryRun.body());
        HttpResponse<String> badRule = send("POST", "api/v1/sources/imports?onDuplicate=maybe", "text/plain", "x",
                WebClient.apiToken(base, "hrnk-contributor"));
        assertEquals(400, badRule.statusCode(), badRule.body());

        HttpResponse<String> suggestions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.toURI().resolve("api/v1/sources/suggestions?q=report&limit=5")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, suggestions.statusCode());
        assertTrue(suggestions.body().startsWith("["), suggestions.body());

        for (String page : List.of("contribute/source-edit.xhtml", "contribute/source-import.xhtml")) {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(base.toURI().resolve(page)).header("Accept-Language", "ko").GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() < 500, page + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
