package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned PDF (pictures of pages, no text layer) is read by OCR in the background, page by page: its text is
 * marked as OCR with its confidence, the extraction assistant finds its figures, a quote anchors in it as in any
 * text, and a source held in confidence keeps its OCR text from other organizations. The scan is made by the test:
 * a page of English and Korean text rendered by PDFBox at 300 dpi in grey and put back as a picture. It needs
 * Tesseract (Debian's tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-kor) and the Nanum fonts on the server's
 * machine, which {@code .ci/run} installs: without them it fails, it does not skip.
 */
@ExtendWith(TestServer.class)
class OcrIT {

    static final String ENGLISH = "About 31,000 North Korean defectors have arrived in South Korea since 1998.";
    static final String KOREAN = "탈북민 3만 1천여 명이 한국에 입국했다.";
    private static final Path KOREAN_FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    private static final String CONTRIBUTOR = "hrnk-contributor";
    private static final String OTHER_ORGANIZATION = "nauh-contributor";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> NOT_FINISHED = Set.of("QUEUED", "RUNNING");

    @TestServer.Base
    URL base;

    @Test
    void aScannedPageIsReadByOcrItsFiguresFoundAndAQuoteAnchorsInIt() throws Exception {
        Contributions members = new Contributions(base);
        String run = UUID.randomUUID().toString();
        long source = members.source(CONTRIBUTOR, "hrnk", "A scanned testimony " + run, "HOLDER_ONLY", null);
        byte[] scan = scan(List.of(ENGLISH, KOREAN));
        try (PDDocument document = Loader.loadPDF(scan)) {
            assertTrue(new PDFTextStripper().getText(document).isBlank(), "the scan has no text layer");
        }

        HttpResponse<String> accepted = upload(members, source, "testimony-" + run + ".pdf", scan);
        assertEquals(202, accepted.statusCode(), accepted.body());
        List<JsonObject> seen = follow(members, URI.create(accepted.headers().firstValue("Location").orElseThrow()));
        JsonObject done = seen.get(seen.size() - 1);
        assertEquals("DONE", done.getString("state"), "the scan is read, not refused: " + done);
        assertEquals(1, done.getInt("pages"));
        assertEquals(1, done.getInt("ocrPages"), done.toString());
        assertEquals(1, done.getInt("ocrPagesRead"), done.toString());
        assertEquals(100, done.getInt("percent"));
        for (JsonObject state : seen) {
            assertTrue(state.getInt("ocrPagesRead") <= state.getInt("ocrPages"), "page n of N: " + state);
        }
        JsonObject summary = done.getJsonObject("text");
        assertEquals(1, summary.getInt("ocrPages"), summary.toString());
        assertTrue(summary.getJsonArray("unreadPages").isEmpty(), summary.toString());

        // the text, marked as read by OCR, with its confidence
        HttpResponse<String> held = members.call("GET", "api/v1/sources/" + source + "/text", CONTRIBUTOR, null, null);
        assertEquals(200, held.statusCode(), held.body());
        JsonObject text = Http.json(held);
        assertTrue(text.getString("ocrEngine").matches("Tesseract \\d.*, eng\\+kor"), text.toString());
        assertEquals(1, text.getInt("ocrPages"));
        JsonObject page = text.getJsonArray("pages").getJsonObject(0);
        assertEquals("OCR", page.getString("reading"), page.toString());
        int confidence = page.getInt("ocrConfidence");
        assertTrue(confidence >= 70 && confidence <= 100, "a clean 300 dpi scan reads with confidence: " + page);
        assertFalse(page.getBoolean("lowConfidence"), page.toString());
        assertEquals(confidence, text.getInt("ocrConfidence"), "one page: its confidence is the text's");
        String read = page.getString("text");
        assertTrue(read.contains(ENGLISH), read);
        assertTrue(read.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), "the Korean line is read as Hangul: " + read);

        // the extraction assistant finds the figure in it
        HttpResponse<String> figures = members.call("GET", "api/v1/sources/" + source + "/figures", CONTRIBUTOR, null, null);
        assertEquals(200, figures.statusCode(), figures.body());
        List<JsonObject> found = Json.createReader(new java.io.StringReader(figures.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertTrue(found.stream().map(f -> f.getJsonObject("candidate")).anyMatch(c -> c.getString("phrase").contains("31,000")
                && c.getJsonNumber("value").longValue() == 31_000 && c.getInt("page") == 1), figures.body());

        // a quote anchors in it: a citation without a locator gets the page the quote is on; a quote not in it is refused
        String slug = "it-" + run.substring(0, 13);
        HttpResponse<String> drafted = draft(members, slug, source, ENGLISH);
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject citation = Http.json(drafted).getJsonArray("citations").getJsonObject(0);
        assertEquals("PAGE", citation.getString("locatorType"), citation.toString());
        assertEquals("1", citation.getString("locator"), citation.toString());
        assertEquals(ENGLISH, citation.getString("quoteExact"));
        HttpResponse<String> misquoted = draft(members, "it-" + UUID.randomUUID().toString().substring(0, 13), source,
                "About 32,000 North Korean defectors have arrived in South Korea since 1998.");
        assertEquals(400, misquoted.statusCode(), misquoted.body());
        assertTrue(misquoted.body().contains("This quote is not in the source's text"), misquoted.body());

        // held in confidence: another organization's member gets neither the OCR text nor its figures
        HttpResponse<String> hidden = members.call("GET", "api/v1/sources/" + source + "/text", OTHER_ORGANIZATION, null, null);
        assertEquals(404, hidden.statusCode(), hidden.body());
        HttpResponse<String> hiddenFigures = members.call("GET", "api/v1/sources/" + source + "/figures", OTHER_ORGANIZATION, null, null);
        assertFalse(hiddenFigures.body().contains("31,000"), hiddenFigures.body());
        assertFalse(hiddenFigures.body().contains("defectors"), hiddenFigures.body());
    }

    /**
     * A one-page scan of these lines (Helvetica for Latin, Nanum Gothic for Hangul): the page is rendered at 300 dpi
     * in grey with PDFBox and put back into a new PDF as a picture, with no text layer.
     */
    static byte[] scan(List<String> lines) throws IOException {
        assertTrue(Files.isRegularFile(KOREAN_FONT), "the Korean font " + KOREAN_FONT + " is missing: apt-get install fonts-nanum");
        BufferedImage image;
        try (PDDocument typed = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            typed.addPage(page);
            PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType0Font hangul = PDType0Font.load(typed, KOREAN_FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(typed, page)) {
                content.beginText();
                content.setLeading(20);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.setFont(line.codePoints().anyMatch(c -> c >= 0xAC00) ? hangul : latin, 12);
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            image = new PDFRenderer(typed).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
        try (PDDocument scanned = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            scanned.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
                content.drawImage(LosslessFactory.createFromImage(scanned, image), 0, 0,
                        PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            scanned.save(out);
            return out.toByteArray();
        }
    }

    /** A draft claim proposing a new measure, citing the source with this quote and no locator. */
    private static HttpResponse<String> draft(Contributions members, String slug, long source, String quote) {
        JsonObject proposed = Json.createObjectBuilder().add("slug", slug).add("name", "Defectors arrived, " + slug)
                .add("definition", "North Koreans who arrived in South Korea, as a test of OCR counts them.")
                .add("unit", "PERSONS").add("kind", "STOCK").add("place", "South Korea").add("topic", "Integration tests").build();
        JsonObject content = Json.createObjectBuilder().add("statement", "About 31,000 defectors have arrived since 1998.")
                .add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", "About 31,000").add("qualifier", "ABOUT")
                        .add("value", 31000).add("unit", "PERSONS"))
                .add("measure", slug).add("period", Json.createObjectBuilder().add("asOf", "2017"))
                .add("place", "South Korea").add("topics", Json.createArrayBuilder()).build();
        JsonObject citation = Json.createObjectBuilder().add("source", source).add("quote", quote)
                .add("stance", "SUPPORTS").build();
        String body = Json.createObjectBuilder().add("organization", "hrnk").add("content", content)
                .add("citations", Json.createArrayBuilder().add(citation)).add("proposedMeasure", proposed).build().toString();
        return members.call("POST", "api/v1/claims", CONTRIBUTOR, "application/json", body);
    }

    private HttpResponse<String> upload(Contributions members, long source, String fileName, byte[] pdf) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/sources/" + source + "/text?fileName=" + fileName))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .header("Authorization", "Bearer " + members.token(CONTRIBUTOR))
                .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every state the job is seen in until it is DONE or FAILED (within two minutes). */
    private static List<JsonObject> follow(Contributions members, URI job) throws Exception {
        List<JsonObject> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(job).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + members.token(CONTRIBUTOR)).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject state = Http.json(answer);
            seen.add(state);
            if (!NOT_FINISHED.contains(state.getString("state"))) {
                return seen;
            }
            assertTrue(System.nanoTime() < deadline, "still " + state + " after two minutes");
            Thread.sleep(50);
        }
    }
}
