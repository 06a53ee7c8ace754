package org.corroborate.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An uploaded PDF is read in the background, off the request thread, within a budget (pages, unpacked bytes,
 * characters, time): the upload answers 202 with a job at once, the job's progress moves, PDFs queue behind the
 * one being read, a hostile PDF (a deflate bomb, 20,000 pages) ends as a FAILED job whose problem says why in the
 * caller's language and keeps nothing, and a job is seen only by the organization holding the source.
 */
@ExtendWith(TestServer.class)
class PdfBudgetIT {

    private static final String CONTRIBUTOR = "hrnk-contributor";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> NOT_FINISHED = Set.of("QUEUED", "RUNNING");

    @TestServer.Base
    URL base;

    @Test
    void anUploadAnswersAtOnceItsProgressMovesAndOtherPdfsQueueBehindIt() throws Exception {
        Contributions members = new Contributions(base);
        String run = UUID.randomUUID().toString();
        long longOne = members.source(CONTRIBUTOR, "hrnk", "A long report " + run, "PUBLIC", null);
        long shortOne = members.source(CONTRIBUTOR, "hrnk", "A short report " + run, "PUBLIC", null);
        byte[] longPdf = SourceTextIT.pdf(Collections.nCopies(1_000,
                List.of("Between 80,000 and 120,000 political prisoners", "are detained in the camps, the report says.")));

        HttpResponse<String> accepted = upload(members, longOne, "long.pdf", longPdf, "en");
        assertEquals(202, accepted.statusCode(), accepted.body());
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertTrue(job.getPath().startsWith("/api/v1/sources/" + longOne + "/text/jobs/"), job.toString());
        JsonObject answered = Http.json(accepted);
        assertTrue(NOT_FINISHED.contains(answered.getString("state")), "answered before the PDF is read: " + answered);
        assertEquals("long.pdf", answered.getString("fileName"));
        assertEquals(longPdf.length, answered.getJsonNumber("size").longValue());

        // one PDF is read at a time: the next ones wait, and an account may not queue without end
        HttpResponse<String> queued = upload(members, shortOne, "short.pdf", SourceTextIT.pdf(List.of(List.of("Camp 16."))), "en");
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("QUEUED", Http.json(queued).getString("state"), queued.body());
        HttpResponse<String> third = upload(members, shortOne, "third.pdf", SourceTextIT.pdf(List.of(List.of("Camp 15."))), "en");
        assertEquals(202, third.statusCode(), third.body());
        HttpResponse<String> fourth = upload(members, shortOne, "fourth.pdf", SourceTextIT.pdf(List.of(List.of("Camp 14."))), "en");
        assertEquals(429, fourth.statusCode(), fourth.body());
        assertTrue(fourth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(fourth.headers().firstValue("Retry-After").isPresent(), fourth.headers().toString());
        assertTrue(fourth.body().contains("You already have 3 PDFs waiting to be read"), fourth.body());

        List<JsonObject> seen = follow(members, job, "en");
        JsonObject done = seen.get(seen.size() - 1);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(1_000, done.getInt("pages"));
        assertEquals(1_000, done.getInt("pagesRead"));
        assertEquals(1_000, done.getJsonObject("text").getInt("pages"));
        List<Integer> running = seen.stream().filter(s -> s.getString("state").equals("RUNNING"))
                .map(s -> s.getInt("pagesRead")).toList();
        assertTrue(running.stream().anyMatch(read -> read > 0 && read < 1_000), "progress between the first and last page: " + running);
        for (int i = 1; i < running.size(); i++) {
            assertTrue(running.get(i) >= running.get(i - 1), "progress never goes back: " + running);
        }
        HttpResponse<String> text = members.call("GET", "api/v1/sources/" + longOne + "/text", CONTRIBUTOR, null, null);
        assertEquals(200, text.statusCode(), text.body());
        assertEquals(1_000, Http.json(text).getInt("pageCount"));

        JsonObject last = last(follow(members, URI.create(third.headers().firstValue("Location").orElseThrow()), "en"));
        assertEquals("DONE", last.getString("state"), last.toString());
        assertEquals("DONE", last(follow(members, URI.create(queued.headers().firstValue("Location").orElseThrow()), "en"))
                .getString("state"));
    }

    @Test
    void aPdfOfTwentyThousandPagesFailsWithItsReasonInTheCallersLanguageAndKeepsNothing() throws Exception {
        Contributions members = new Contributions(base);
        long source = members.source(CONTRIBUTOR, "hrnk", "PDF budget report " + UUID.randomUUID(), "PUBLIC", null);
        members.attachText(CONTRIBUTOR, source, "The text held before the upload.");
        byte[] tooManyPages = SourceTextIT.pdf(Collections.nCopies(20_000, List.of("word")));

        HttpResponse<String> accepted = upload(members, source, "twenty-thousand.pdf", tooManyPages, "en");
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(NOT_FINISHED.contains(Http.json(accepted).getString("state")), accepted.body());
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());

        JsonObject failed = last(follow(members, job, "en"));
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        JsonObject problem = failed.getJsonObject("problem");
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("This PDF has 20,000 pages; the limit is 2,000"), problem.toString());
        assertFalse(failed.containsKey("text") && !failed.isNull("text"), failed.toString());
        JsonObject korean = Http.json(get(members, job, "ko"));
        assertTrue(korean.getJsonObject("problem").getString("detail").contains("20,000쪽으로, 한도인 2,000쪽"),
                korean.toString());
        assertHeldTextUnchanged(members, source);
    }

    @Test
    void aDeflateBombFailsWithItsReasonAndKeepsNothing() throws Exception {
        Contributions members = new Contributions(base);
        long source = members.source(CONTRIBUTOR, "hrnk", "PDF bomb report " + UUID.randomUUID(), "PUBLIC", null);
        members.attachText(CONTRIBUTOR, source, "The text held before the upload.");
        byte[] bomb = deflateBomb(300L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "a small file: " + bomb.length);

        HttpResponse<String> accepted = upload(members, source, "bomb.pdf", bomb, "en");
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(NOT_FINISHED.contains(Http.json(accepted).getString("state")), accepted.body());

        JsonObject failed = last(follow(members, URI.create(accepted.headers().firstValue("Location").orElseThrow()), "en"));
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertTrue(failed.getJsonObject("problem").getString("detail")
                .contains("The pages of this PDF unpack to more than 200 MB, the limit."), failed.toString());
        assertHeldTextUnchanged(members, source);
    }

    @Test
    void aJobIsSeenOnlyByItsOrganizationAndAnswersOthersAsAMissingJobDoes() throws Exception {
        Contributions members = new Contributions(base);
        long source = members.source(CONTRIBUTOR, "hrnk", "A confidential report " + UUID.randomUUID(), "HOLDER_ONLY", null);
        HttpResponse<String> accepted = upload(members, source, "confidential.pdf",
                SourceTextIT.pdf(List.of(List.of("Witness W-7 counted 1,234 women."))), "en");
        assertEquals(202, accepted.statusCode(), accepted.body());
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertEquals("DONE", last(follow(members, job, "en")).getString("state"));
        String path = job.getPath().substring(1);

        HttpResponse<String> editor = members.call("GET", path, "hrnk-editor", null, null);
        assertEquals(200, editor.statusCode(), "an editor of the holding organization: " + editor.body());
        assertTrue(editor.body().contains("confidential.pdf"), editor.body());
        members.assertAnswersLikeMissing(path, "confidential.pdf", "a job of another organization",
                "heritage-contributor", "heritage-editor", null);
    }

    private void assertHeldTextUnchanged(Contributions members, long source) {
        HttpResponse<String> text = members.call("GET", "api/v1/sources/" + source + "/text", CONTRIBUTOR, null, null);
        assertEquals(200, text.statusCode(), text.body());
        assertEquals("PASTED", Http.json(text).getString("kind"), "a failed reading keeps nothing: " + text.body());
        assertTrue(text.body().contains("The text held before the upload."), text.body());
    }

    private HttpResponse<String> upload(Contributions members, long source, String fileName, byte[] pdf, String language)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/sources/" + source + "/text?fileName=" + fileName))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + members.token(CONTRIBUTOR))
                .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Contributions members, URI job, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(job).header("Accept", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + members.token(CONTRIBUTOR))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every state the job is seen in, polled often, until it is DONE or FAILED (within two minutes). */
    private static List<JsonObject> follow(Contributions members, URI job, String language) throws Exception {
        List<JsonObject> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> answer = get(members, job, language);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            JsonObject state = Http.json(answer);
            seen.add(state);
            if (!NOT_FINISHED.contains(state.getString("state"))) {
                return seen;
            }
            assertTrue(System.nanoTime() < deadline, "still " + state + " after two minutes");
            Thread.sleep(25);
        }
    }

    private static JsonObject last(List<JsonObject> seen) {
        return seen.get(seen.size() - 1);
    }

    /** A one-page PDF whose content stream is {@code unpacked} bytes of spaces, deflated to a small file. */
    static byte[] deflateBomb(long unpacked) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (OutputStream raw = content.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(raw, deflater, 64 * 1024)) {
                for (long written = 0; written < unpacked; written += spaces.length) {
                    deflate.write(spaces, 0, (int) Math.min(spaces.length, unpacked - written));
                }
            } finally {
                deflater.end();
            }
            page.setContents(new PDStream(content));
            document.save(out);
            return out.toByteArray();
        }
    }
}
