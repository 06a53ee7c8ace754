package org.corroborate.it;

import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobLimits;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobRows;
import org.corroborate.service.job.JobWatch;
import org.corroborate.service.job.NewJob;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.Sources;
import org.corroborate.service.source.text.PdfJobView;
import org.corroborate.service.source.text.QuoteMatch;
import org.corroborate.service.source.text.SourceTextView;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextSummary;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text held for a source, in Payara Micro on the configured database: a PDF read in the background and kept
 * page by page with its SHA-256, pasted text, refused files that leave the held text as it was, who sees a PDF's job, who may attach and who may read,
 * quotes anchored in the text, the audit trail; and the API's refusals as a client sees them. A reading left by a
 * node that stopped is read again here and its pages kept once, or failed as retryable and read whole on a retry.
 */
@InContainer
class SourceTextIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    private static final List<List<String>> REPORT = List.of(
            List.of("Report of the detailed findings", "of the commission of inquiry."),
            List.of("The Commission estimates that between 80,000 and", "120,000 political prisoners are detained in",
                    "the camps. Up to 400,000 prisoners have perished in the camps."),
            List.of("Annex: the kwanliso system."));

    @Inject
    Accounts accounts;

    @Inject
    Sources sources;

    @Inject
    SourceTexts texts;

    @Inject
    AuditTrail audit;

    @Inject
    Claims claims;

    @Inject
    JobRows jobRows;

    @Inject
    JobWatch watch;

    static Reader contributor(String organization) {
        return Reader.account(1L, "it-contributor", organization, Set.of(Role.CONTRIBUTOR));
    }

    static Reader editor(String organization) {
        return Reader.account(2L, "it-editor", organization, Set.of(Role.EDITOR));
    }

    private String organization() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "it-texts-" + suffix;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(org, "Text Test Watch " + suffix, "TTW", "KR", null, null));
        return org;
    }

    private long source(String org, Confidentiality confidentiality) {
        return sources.add(contributor(org), new NewSource(org, SourceKind.REPORT, "A report with a text " + UUID.randomUUID(),
                List.of(new NewAuthor(null, null, "Commission of Inquiry")), null, "United Nations", null, "2014-02-07",
                null, null, null, "en", null, null, confidentiality, List.of()));
    }

    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a PDF as the page and the API do, and waits for its background reading to finish. */
    private PdfJobView read(Reader actor, long sourceId, String fileName, byte[] file) {
        PdfJobView job = texts.startPdf(actor, sourceId, fileName, file);
        assertFalse(job.finished(), "the upload answers with the job as it was queued, before the PDF is read: " + job);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.finished()) {
            assertTrue(System.nanoTime() < deadline, "the PDF was not read within a minute: " + job);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = texts.pdfJob(Reader.memberOf(organizationOf(actor)), sourceId, job.id()).orElseThrow();
        }
        return job;
    }

    private static String organizationOf(Reader actor) {
        return actor.organizationSlug().orElseThrow();
    }

    /** Uploads a PDF and waits until its text is kept. */
    private TextSummary attachPdf(Reader actor, long sourceId, String fileName, byte[] file) {
        PdfJobView job = read(actor, sourceId, fileName, file);
        assertEquals(PdfJobView.State.DONE, job.state(), () -> job.failure(Locale.ENGLISH));
        assertEquals(job.pages(), job.pagesRead());
        return job.text();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keepsAPdfPageByPageWithTheSha256OfTheFile() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        byte[] file = pdf(REPORT);

        TextSummary kept = attachPdf(contributor(org), id, "coi-report.pdf", file);

        assertEquals(3, kept.pages());
        assertEquals(sha256(file), kept.sha256());
        assertEquals(file.length, kept.size());
        assertEquals("PDF", kept.kind());
        SourceTextView text = texts.text(Reader.ANONYMOUS, id).orElseThrow();
        assertEquals("coi-report.pdf", text.fileName());
        assertEquals(sha256(file), text.sha256());
        assertEquals(List.of(1, 2, 3), text.pages().stream().map(SourceTextView.PageText::number).toList());
        assertTrue(text.pages().get(1).text().startsWith("The Commission estimates that between 80,000 and\n120,000"),
                text.pages().get(1).text());
        assertEquals("Annex: the kwanliso system.", text.pages().get(2).text());
    }

    @Test
    void aPdfLeftBeingReadByANodeThatStoppedIsReadAgainAndItsPagesKeptOnce() throws Exception {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        byte[] file = pdf(REPORT);
        JobLimits roomy = new JobLimits(100, 1_000, 1, Message.of(SourceTexts.class, "pdf.busyAccount", 100),
                Message.of(SourceTexts.class, "pdf.busyServer"));
        String dead = "it-node-killed-mid-reading";

        for (int attemptsStarted : new int[]{1, 2}) {
            JobRow row = jobRows.open(new NewJob(JobKind.PDF_READING, contributor(org), org, id, "killed.pdf", false,
                    Duration.ofMinutes(10), file), roomy, dead);
            assertTrue(jobRows.start(row.id(), dead));
            assertTrue(jobRows.progress(row.id(), dead, "READING", 2, 3, 0, 0));
            assertEquals(2, texts.pdfJob(editor(org), id, row.id()).orElseThrow().pagesRead(), "any node reads its progress");
            ClaimImportIT.age(row.id(), Duration.ofMinutes(10), attemptsStarted);

            watch.takeOverStale();
            PdfJobView job = finished(org, id, row.id());
            if (attemptsStarted == 2) {
                // its second node stopped too: failed, retryable, the text as it was; the uploader retries it
                assertEquals(PdfJobView.State.FAILED, job.state());
                assertTrue(job.retryable());
                assertTrue(job.failure(Locale.ENGLISH).contains("The server reading this PDF stopped before it finished; the source's text is as it was."),
                        job.failure(Locale.ENGLISH));
                assertTrue(texts.retryPdf(contributor(other()), id, row.id()).isEmpty(), "another organization learns nothing");
                assertFalse(texts.retryPdf(contributor(org), id, row.id()).orElseThrow().finished());
                job = finished(org, id, row.id());
            }
            assertEquals(PdfJobView.State.DONE, job.state(), String.valueOf(job.failure(Locale.ENGLISH)));
            SourceTextView text = texts.text(Reader.ANONYMOUS, id).orElseThrow();
            assertEquals(List.of(1, 2, 3), text.pages().stream().map(SourceTextView.PageText::number).toList(),
                    "the pages once, whatever ran before");
            assertEquals(sha256(file), text.sha256());
        }
    }

    private String other() {
        return organization();
    }

    /** The job once DONE or FAILED, as a member of the holding organization follows it. */
    private PdfJobView finished(String org, long sourceId, String jobId) throws InterruptedException {
        PdfJobView job = texts.pdfJob(Reader.memberOf(org), sourceId, jobId).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            job = texts.pdfJob(Reader.memberOf(org), sourceId, jobId).orElseThrow();
        }
        return job;
    }

    @Test
    void keepsAPastedTextAsOnePageReplacingThePdf() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        attachPdf(contributor(org), id, "first.pdf", pdf(REPORT));
        String pasted = "Satellite imagery shows Camp 16 has grown.\nSome 20,000 people are held there — 확인됨.";

        TextSummary kept = texts.attachText(contributor(org), id, pasted);

        byte[] utf8 = pasted.getBytes(StandardCharsets.UTF_8);
        assertEquals("PASTED", kept.kind());
        assertEquals(1, kept.pages());
        assertEquals(sha256(utf8), kept.sha256());
        assertEquals(utf8.length, kept.size());
        SourceTextView text = texts.text(Reader.memberOf(org), id).orElseThrow();
        assertEquals(List.of(pasted), text.pages().stream().map(SourceTextView.PageText::text).toList());
        assertNull(text.fileName());
    }

    @Test
    void refusedFilesAndTextsLeaveTheHeldTextAsItWas() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        byte[] file = pdf(REPORT);
        attachPdf(contributor(org), id, "coi-report.pdf", file);

        InvalidInputException notPdf = assertThrows(InvalidInputException.class, () -> texts.startPdf(contributor(org), id,
                "renamed.pdf", "Name,Figure\nCamps,120000\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notPdf.getMessage(Locale.ENGLISH).contains("not a PDF"), notPdf.getMessage());
        assertFalse(notPdf.getMessage(Locale.KOREAN).equals(notPdf.getMessage(Locale.ENGLISH)), "said in Korean too");

        byte[] tooLarge = new byte[SourceTexts.MAX_PDF_BYTES + 1];
        System.arraycopy(file, 0, tooLarge, 0, file.length);
        InvalidInputException large = assertThrows(InvalidInputException.class,
                () -> texts.startPdf(contributor(org), id, "huge.pdf", tooLarge));
        assertTrue(large.getMessage(Locale.ENGLISH).contains("20 MB"), large.getMessage());

        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> texts.attachText(contributor(org), id, " \n\t "));
        assertTrue(blank.getMessage(Locale.ENGLISH).contains("empty"), blank.getMessage());

        PdfJobView scan = read(contributor(org), id, "scan.pdf", pdf(List.of(List.of(), List.of())));
        assertEquals(PdfJobView.State.FAILED, scan.state());
        assertTrue(scan.failure(Locale.ENGLISH).contains("scan"), scan.failure(Locale.ENGLISH));
        assertTrue(scan.failure(Locale.KOREAN).contains("스캔본"), scan.failure(Locale.KOREAN));
        assertEquals(2, scan.pages());
        assertNull(scan.text());

        SourceTextView still = texts.text(Reader.ANONYMOUS, id).orElseThrow();
        assertEquals(sha256(file), still.sha256());
        assertEquals(3, still.pageCount());
        assertEquals("coi-report.pdf", still.fileName());
    }

    @Test
    void onlyContributorsOfTheHoldingOrganizationAttachItsText() {
        String org = organization();
        String other = organization();
        long id = source(org, Confidentiality.PUBLIC);

        assertThrows(NotPermittedException.class, () -> texts.attachText(contributor(other), id, "Not ours to attach."));
        assertThrows(NotPermittedException.class, () -> texts.attachText(Reader.ANONYMOUS, id, "Anonymous text."));
        assertThrows(NotPermittedException.class, () -> texts.attachText(editor(org), id, "An editor is not a contributor."));
        assertTrue(texts.text(Reader.memberOf(org), id).isEmpty(), "nothing was attached");

        texts.attachText(contributor(org), id, "Ours.");
        assertThrows(NotPermittedException.class, () -> texts.startPdf(contributor(other), id, "x.pdf", pdf(REPORT)));
        assertEquals(List.of("Ours."), texts.text(Reader.memberOf(org), id).orElseThrow().pages().stream()
                .map(SourceTextView.PageText::text).toList());
    }

    @Test
    void aPdfJobIsSeenOnlyByTheOrganizationHoldingTheSourceAsIfThereWereNoneForOthers() {
        String org = organization();
        String other = organization();
        for (Confidentiality confidentiality : List.of(Confidentiality.HOLDER_ONLY, Confidentiality.PUBLIC)) {
            long id = source(org, confidentiality);
            PdfJobView job = read(contributor(org), id, "coi-report.pdf", pdf(REPORT));

            assertTrue(texts.pdfJob(contributor(org), id, job.id()).isPresent(), "its uploader");
            assertTrue(texts.pdfJob(editor(org), id, job.id()).isPresent(), "an editor of its organization");
            assertTrue(texts.pdfJob(Reader.memberOf(org), id, job.id()).isPresent(), "a member of its organization");
            assertEquals(job.id(), texts.latestPdfJob(Reader.memberOf(org), id).orElseThrow().id());
            assertTrue(texts.pdfJob(contributor(other), id, job.id()).isEmpty(), confidentiality + ": another organization");
            assertTrue(texts.pdfJob(Reader.ANONYMOUS, id, job.id()).isEmpty(), confidentiality + ": the public");
            assertTrue(texts.latestPdfJob(contributor(other), id).isEmpty(), confidentiality + ": another organization");
            assertTrue(texts.pdfJob(contributor(org), id + 1, job.id()).isEmpty(), "under another source's address");
            assertTrue(texts.pdfJob(contributor(org), id, "0".repeat(32)).isEmpty(), "an unknown id");
        }
    }

    @Test
    void theTextOfASourceHeldInConfidenceReachesOnlyItsOrganization() {
        String org = organization();
        String other = organization();
        long held = source(org, Confidentiality.HOLDER_ONLY);
        long membersOnly = source(org, Confidentiality.MEMBERS_ONLY);
        texts.attachText(contributor(org), held, "Testimony: up to 400,000 prisoners have perished.");
        texts.attachText(contributor(org), membersOnly, "Internal notes: 120,000 prisoners.");

        assertTrue(texts.text(Reader.memberOf(org), held).isPresent());
        assertTrue(texts.text(contributor(org), held).isPresent());
        assertTrue(texts.text(Reader.memberOf(other), held).isEmpty(), "another organization");
        assertTrue(texts.text(contributor(other), held).isEmpty(), "another organization's contributor");
        assertTrue(texts.text(Reader.ANONYMOUS, held).isEmpty(), "the public");
        assertTrue(texts.summary(Reader.ANONYMOUS, held).isEmpty(), "not even its fingerprint");
        assertTrue(texts.figures(Reader.memberOf(other), held).isEmpty());

        assertTrue(texts.text(Reader.memberOf(other), membersOnly).isPresent(), "members of other organizations");
        assertTrue(texts.text(Reader.ANONYMOUS, membersOnly).isEmpty(), "the public");
    }

    @Test
    void aClaimCitingAHeldTextIsAnchoredInItAndTakesItsPage() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        attachPdf(contributor(org), id, "coi-report.pdf", pdf(REPORT));

        long drafted = claims.draft(contributor(org), citing(org, id, "between 80,000 and 120,000 political prisoners", null, null));
        var citation = claims.find(drafted, contributor(org)).orElseThrow().citations().get(0);
        assertEquals("PAGE", citation.locatorType());
        assertEquals("2", citation.locator(), "the page comes from where the quote is in the PDF");

        int before = claims.mine(contributor(org)).size();
        InvalidInputException notThere = assertThrows(InvalidInputException.class, () -> claims.draft(contributor(org),
                citing(org, id, "between 80,000 and 130,000 political prisoners", null, null)));
        assertTrue(notThere.getMessage(Locale.ENGLISH).contains("not in the source's text"), notThere.getMessage());
        InvalidInputException ambiguous = assertThrows(InvalidInputException.class,
                () -> claims.draft(contributor(org), citing(org, id, "the camps", null, null)));
        assertTrue(ambiguous.getMessage(Locale.ENGLISH).contains("2 times"), ambiguous.getMessage());
        InvalidInputException noQuote = assertThrows(InvalidInputException.class,
                () -> claims.draft(contributor(org), citing(org, id, null, "PAGE", "2")));
        assertTrue(noQuote.getMessage(Locale.ENGLISH).contains("needs the quoted words"), noQuote.getMessage());
        assertEquals(before, claims.mine(contributor(org)).size(), "refused drafts write nothing");
    }

    private static NewClaim citing(String org, long source, String quote, String locatorType, String locator) {
        return new NewClaim(org, new ClaimContent("Between 80,000 and 120,000 political prisoners are detained.", "en",
                new FigureInput("between 80,000 and 120,000", "BETWEEN", null, BigDecimal.valueOf(80_000),
                        BigDecimal.valueOf(120_000), "PERSONS"), "political-prisoners", new PeriodInput("2014", null, null), "North Korea", List.of()),
                List.of(new NewCitation(source, locatorType, locator, quote, null, null, "SUPPORTS")));
    }

    @Test
    void anchorsAQuoteInTheHeldText() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        assertTrue(texts.anchor(id, "anything", null, null).isEmpty(), "no text held: a locator is needed instead");
        attachPdf(contributor(org), id, "coi-report.pdf", pdf(REPORT));
        String page2 = texts.text(Reader.ANONYMOUS, id).orElseThrow().pages().get(1).text();

        QuoteMatch found = texts.anchor(id, "between 80,000 and 120,000 political prisoners", null, null).orElseThrow();
        assertEquals(2, found.page());
        assertEquals("between 80,000 and\n120,000 political prisoners", page2.substring(found.start(), found.end()));

        InvalidInputException ambiguous = assertThrows(InvalidInputException.class,
                () -> texts.anchor(id, "the camps", null, null));
        assertTrue(ambiguous.getMessage(Locale.ENGLISH).contains("2 times"), ambiguous.getMessage());

        QuoteMatch second = texts.anchor(id, "the camps", "perished in", null).orElseThrow();
        assertEquals(page2.lastIndexOf("the camps"), second.start());

        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> texts.anchor(id, "between 80,000 and 130,000 political prisoners", null, null));
        assertTrue(missing.getMessage(Locale.ENGLISH).contains("not in the source's text"), missing.getMessage());
    }

    @Test
    void recordsEachAttachmentInTheAuditTrailWithoutTheText() {
        String org = organization();
        long id = source(org, Confidentiality.PUBLIC);
        byte[] file = pdf(REPORT);
        attachPdf(contributor(org), id, "coi-report.pdf", file);
        String pasted = "A secret-free pasted text of the source, quite distinctive.";
        texts.attachText(contributor(org), id, pasted);
        assertThrows(InvalidInputException.class, () -> texts.attachText(contributor(org), id, ""));

        List<AuditEntry> entries = audit.browse(editor(org), "source", id, 0, 50).stream()
                .filter(e -> e.action().equals("source.text-attached")).toList();

        assertEquals(2, entries.size(), "a refused attachment records nothing");
        AuditEntry replaced = entries.get(0);
        AuditEntry first = entries.get(1);
        assertNull(first.before());
        assertTrue(first.after().contains(sha256(file)), first.after());
        assertTrue(replaced.before().contains(sha256(file)), replaced.before());
        assertTrue(replaced.after().contains(sha256(pasted.getBytes(StandardCharsets.UTF_8))), replaced.after());
        assertFalse(replaced.after().contains("distinctive"), "never the text itself");
        assertFalse(first.after().contains("political prisoners"), "never the text itself");
        assertEquals("it-contributor", replaced.actor());
        assertEquals(org, replaced.organization());
    }

    // --- the API, as a client sees it (anonymous, or with a demo member's API token)

    private static HttpResponse<String> put(URL base, String path, String contentType, byte[] body) throws Exception {
        return put(base, path, contentType, body, null);
    }

    private static HttpResponse<String> put(URL base, String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String inDetail) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains(inDetail), response.body());
    }

    @Test
    @RunAsClient
    void theApiRefusesWithProblems(@ArquillianResource URL base) throws Exception {
        byte[] tooLarge = new byte[SourceTexts.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        String member = WebClient.apiToken(base, "hrnk-contributor");
        assertProblem(put(base, "api/v1/sources/1/text", "application/pdf", tooLarge, member), 413, "20 MB");

        // who may write is known before what is written: the anonymous get 401 before the body is looked at
        assertProblem(put(base, "api/v1/sources/1/text", "application/pdf", tooLarge), 401, "Sign in");
        assertProblem(put(base, "api/v1/sources/1/text", "application/pdf", pdf(REPORT)), 401, "Sign in");
        assertProblem(put(base, "api/v1/sources/1/text", "application/msword", new byte[]{1, 2, 3}), 415, "");
        assertProblem(Http.get(base, "api/v1/sources/999999999/text"), 404, "no text");
        assertProblem(Http.get(base, "api/v1/sources/999999999/figures"), 404, "no text");
        assertProblem(Http.get(base, "api/v1/sources/abc/text"), 400, "is not an id");
    }
}
