package org.corroborate.service.source.text;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.corroborate.service.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text of uploaded PDFs, page by page, and the files refused with a message saying what to do. */
class PdfPagesTest {

    /** A PDF with one page per entry, each line of an entry on its own line of the page (an empty entry: a blank page). */
    static byte[] pdf(List<List<String>> pages) throws IOException {
        return pdf(pages, null);
    }

    static byte[] pdf(List<List<String>> pages, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
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
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String message(InvalidInputException e) {
        return e.getMessage(Locale.ENGLISH);
    }

    @Test
    void keepsTheTextOfEachPageApart() throws IOException {
        byte[] bytes = pdf(List.of(
                List.of("Between 80,000 and 120,000 political prisoners", "are held in four camps."),
                List.of("Up to 400,000 prisoners have perished."),
                List.of("The third page.")));

        List<String> pages = PdfPages.extract(bytes);

        assertEquals(3, pages.size());
        assertEquals("Between 80,000 and 120,000 political prisoners\nare held in four camps.", pages.get(0));
        assertEquals("Up to 400,000 prisoners have perished.", pages.get(1));
        assertEquals("The third page.", pages.get(2));
    }

    @Test
    void keepsABlankPageAsAnEmptyPageSoLaterPagesKeepTheirNumbers() throws IOException {
        List<String> pages = PdfPages.extract(pdf(List.of(List.of("Cover"), List.of(), List.of("Page three"))));

        assertEquals(List.of("Cover", "", "Page three"), pages);
    }

    @Test
    void refusesAFileThatIsNotAPdfWhateverItsName() {
        byte[] notPdf = "Name,Figure\nCamps,120000\n".getBytes(StandardCharsets.UTF_8);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(notPdf));
        assertTrue(message(e).contains("not a PDF"), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("PDF가 아닙니다"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPdf() {
        byte[] broken = "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(broken));
        assertTrue(message(e).contains("damaged"), message(e));
    }

    @Test
    void refusesAPdfLockedWithAPassword() throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        byte[] locked = pdf(List.of(List.of("Secret figures")), policy);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(locked));
        assertTrue(message(e).contains("password"), message(e));
    }

    @Test
    void refusesAPdfWithoutTextAsAScan() throws IOException {
        byte[] scan = pdf(List.of(List.of(), List.of()));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(scan));
        assertTrue(message(e).contains("scan"), message(e));
    }

    @Test
    void refusesAnEmptyFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(new byte[0]));
        assertTrue(message(e).contains("empty"), message(e));
    }

    @Test
    void refusesAFileOverTwentyMegabytesBeforeReadingIt() {
        byte[] big = new byte[SourceTexts.MAX_PDF_BYTES + 1];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, big, 0, magic.length);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(big));
        assertTrue(message(e).contains("the limit is 20 MB"), message(e));
    }

    @Test
    void acceptsAFileOfExactlyTheLimitAsFarAsSizeGoes() {
        byte[] atLimit = new byte[SourceTexts.MAX_PDF_BYTES];
        Arrays.fill(atLimit, (byte) ' ');
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, atLimit, 0, magic.length);

        // not refused for its size: it gets as far as being read (and is then damaged)
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(atLimit));
        assertTrue(message(e).contains("damaged"), message(e));
    }

    @Test
    void recognizesThePdfSignatureOnlyInTheFirstKilobyte() {
        byte[] late = new byte[2048];
        Arrays.fill(late, (byte) 'x');
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, 1500, 5);
        byte[] early = late.clone();
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, early, 10, 5);

        assertTrue(PdfPages.looksLikePdf(early));
        assertTrue(!PdfPages.looksLikePdf(late));
        assertTrue(!PdfPages.looksLikePdf("%PD".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anExtractedPageAnchorsAQuoteBrokenOverItsLines() throws IOException {
        List<String> pages = PdfPages.extract(pdf(List.of(
                List.of("Intro"),
                List.of("An estimated 120,000 politi-", "cal prisoners are held."))));

        QuoteFinder.Outcome o = new QuoteFinder(pages).find("120,000 political prisoners", null, null);
        assertTrue(o.found());
        assertEquals(2, o.match().page());
    }

    /** A PDF of one page whose content stream is FlateDecode-compressed spaces that unpack to {@code unpacked} bytes. */
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

    @Test
    void refusesAPdfOfMoreThanTwoThousandPagesBeforeExtractingAny() throws IOException {
        byte[] long_ = pdf(Collections.nCopies(PdfPages.MAX_PAGES + 1, List.of("word")));

        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(InvalidInputException.class, () -> PdfPages.extract(long_)));
        assertTrue(message(e).contains("This PDF has 2,001 pages; the limit is 2,000."), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("한도인 2,000쪽"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void readsAPdfOfExactlyTheLimitOfPages() throws IOException {
        PdfPages.Budget budget = new PdfPages.Budget(3, PdfPages.MAX_UNPACKED_BYTES, PdfPages.MAX_CHARS, PdfPages.MAX_TIME);

        assertEquals(List.of("one", "two", "three"),
                PdfPages.extract(pdf(List.of(List.of("one"), List.of("two"), List.of("three"))), budget));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.extract(pdf(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4"))), budget));
        assertTrue(message(e).contains("4 pages; the limit is 3"), message(e));
    }

    @Test
    void refusesADeflateBombQuicklyWithoutUnpackingItAll() throws IOException {
        byte[] bomb = deflateBomb(300L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);

        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(InvalidInputException.class, () -> PdfPages.extract(bomb)));
        assertTrue(message(e).contains("unpack to more than 200 MB, the limit"), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("한도인 200MB"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void readsAPageWhoseContentIsWithinTheUnpackedBudget() throws IOException {
        byte[] normal = pdf(List.of(List.of("Up to 400,000 prisoners have perished.")));
        PdfPages.Budget budget = new PdfPages.Budget(PdfPages.MAX_PAGES, 4096, PdfPages.MAX_CHARS, PdfPages.MAX_TIME);

        assertEquals(List.of("Up to 400,000 prisoners have perished."), PdfPages.extract(normal, budget));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.extract(deflateBomb(8192), budget));
        assertTrue(message(e).contains("unpack to more than"), message(e));
    }

    @Test
    void refusesAPdfWhoseTextIsLongerThanPastedTextMayBe() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        pages.add(List.of("0123456789"));
        pages.add(List.of("0123456789"));
        PdfPages.Budget budget = new PdfPages.Budget(PdfPages.MAX_PAGES, PdfPages.MAX_UNPACKED_BYTES, 15, PdfPages.MAX_TIME);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(pdf(pages), budget));
        assertTrue(message(e).contains("longer than 15 characters, the limit"), message(e));
        assertEquals(2_000_000, PdfPages.MAX_CHARS);
    }

    @Test
    void refusesAPdfThatTakesLongerThanTheTimeLimit() throws IOException {
        byte[] normal = pdf(List.of(List.of("Cover"), List.of("Page two")));
        PdfPages.Budget none = new PdfPages.Budget(PdfPages.MAX_PAGES, PdfPages.MAX_UNPACKED_BYTES, PdfPages.MAX_CHARS,
                Duration.ZERO);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PdfPages.extract(normal, none));
        assertTrue(message(e).contains("longer than 0 seconds, the limit"), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("초보다 오래"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void hashesAsHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                org.corroborate.service.shared.Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsThePageCountThenEachPageRead() throws IOException {
        List<String> reported = new ArrayList<>();

        PdfPages.extract(pdf(List.of(List.of("one"), List.of("two"), List.of("three"))), PdfPages.Budget.DEFAULT,
                (read, total) -> reported.add(read + "/" + total));

        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), reported);
    }

    /** An OCR engine of the tests: reads "Recognized page N" with confidence 80 + N, and fails on the pages it is told to. */
    private static final class FakeOcr implements PageOcr {

        final List<Integer> failOn;
        int calls;

        FakeOcr(Integer... failOn) {
            this.failOn = List.of(failOn);
        }

        @Override
        public java.util.Optional<String> engine() {
            return java.util.Optional.of("Fake OCR 1.0, eng+kor");
        }

        @Override
        public Recognized read(java.awt.image.BufferedImage page, int dpi, Duration timeout) throws OcrFailure {
            calls++;
            assertEquals(PdfPages.OCR_DPI, dpi);
            assertEquals(java.awt.image.BufferedImage.TYPE_BYTE_GRAY, page.getType(), "rendered in grey");
            if (failOn.contains(calls)) {
                throw new OcrFailure("the engine failed on call " + calls);
            }
            return new Recognized("Recognized page " + calls + "\n", 80 + calls);
        }
    }

    @Test
    void readsThePagesWithoutTextByOcrAndMarksThemWithTheirConfidence() throws IOException {
        byte[] mixed = PdfPagesTest.pdf(List.of(List.of("A page with its text.")));
        byte[] scanned = ScannedPdf.scan(pdf(List.of(List.of("A scanned page."), List.of("Another scanned page."))), 50);
        FakeOcr ocr = new FakeOcr();
        List<int[]> progress = new ArrayList<>();

        PdfPages.PdfText read = PdfPages.read(scanned, PdfPages.Budget.DEFAULT, new PdfPages.Progress() {
            @Override
            public void pages(int done, int total) {
            }

            @Override
            public void recognized(int done, int total) {
                progress.add(new int[]{done, total});
            }
        }, ocr);

        assertEquals("Fake OCR 1.0, eng+kor", read.ocrEngine());
        assertEquals(List.of(new PdfPages.ReadPage("Recognized page 1", org.corroborate.model.source.SourceTextPage.Reading.OCR, 81),
                new PdfPages.ReadPage("Recognized page 2", org.corroborate.model.source.SourceTextPage.Reading.OCR, 82)), read.pages());
        assertEquals("[0/2, 1/2, 2/2]", progress.stream().map(p -> p[0] + "/" + p[1]).toList().toString());

        PdfPages.PdfText text = PdfPages.read(mixed, PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, ocr);
        assertEquals(2, ocr.calls, "a page with a text layer is not read by OCR");
        assertNull(text.ocrEngine());
        assertEquals(List.of(PdfPages.ReadPage.text("A page with its text.")), text.pages());
    }

    @Test
    void aPageOcrFailsOnIsReportedUnreadAndTheOthersAreKept() throws IOException {
        byte[] scanned = ScannedPdf.scan(pdf(List.of(List.of("First."), List.of("Second."), List.of("Third."))), 50);

        PdfPages.PdfText read = PdfPages.read(scanned, PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, new FakeOcr(2));

        assertEquals(List.of("OCR", "UNREAD", "OCR"), read.pages().stream().map(p -> p.reading().name()).toList());
        assertEquals(List.of("Recognized page 1", "", "Recognized page 3"), read.texts());
        assertNull(read.pages().get(1).confidence());
    }

    @Test
    void aScanOcrFailsOnEntirelyIsRefusedSayingSo() throws IOException {
        byte[] scanned = ScannedPdf.scan(pdf(List.of(List.of("First."), List.of("Second."))), 50);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.read(scanned, PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, new FakeOcr(1, 2)));

        assertTrue(message(e).contains("text recognition (OCR) failed on its pages"), message(e));
    }

    @Test
    void blankPagesAreNotSentToOcrAndAPdfOfBlankPagesIsRefused() throws IOException {
        FakeOcr ocr = new FakeOcr();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.read(pdf(List.of(List.of(), List.of())), PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, ocr));

        assertEquals(0, ocr.calls);
        assertTrue(message(e).contains("no scanned pages (pictures of pages) for text recognition (OCR) to read"), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("스캔본"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void aScanOfBlankPagesIsNotSentToOcrAndIsRefusedSayingNothingWasFound() throws IOException {
        FakeOcr ocr = new FakeOcr();
        byte[] blankScan = ScannedPdf.scan(pdf(List.of(List.of(), List.of())), 50);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.read(blankScan, PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, ocr));

        assertEquals(0, ocr.calls, "a white picture has nothing to read");
        assertTrue(message(e).contains("text recognition (OCR) found none on its pages"), message(e));
        assertTrue(e.getMessage(Locale.KOREAN).contains("스캔본"), e.getMessage(Locale.KOREAN));
    }

    @Test
    void blankPagesOfATextPdfDoNotCountAgainstTheOcrBudget() throws IOException {
        FakeOcr ocr = new FakeOcr();
        List<List<String>> pages = new ArrayList<>(Collections.nCopies(5, List.<String>of()));
        pages.add(List.of("The only page with text."));
        PdfPages.Budget one = new PdfPages.Budget(PdfPages.MAX_PAGES, PdfPages.MAX_UNPACKED_BYTES, PdfPages.MAX_CHARS,
                PdfPages.MAX_TIME, 1, PdfPages.MAX_OCR_TIME, PdfPages.OCR_PAGE_TIMEOUT);

        PdfPages.PdfText read = PdfPages.read(pdf(pages), one, PdfPages.Progress.NONE, ocr);

        assertEquals(0, ocr.calls);
        assertNull(read.ocrEngine());
        assertEquals("The only page with text.", read.texts().get(5));
    }

    @Test
    void aPdfWithMoreScannedPagesThanTheOcrBudgetIsRefusedBeforeAnyOcr() throws IOException {
        FakeOcr ocr = new FakeOcr();
        byte[] scanned = ScannedPdf.scan(pdf(List.of(List.of("One."), List.of("Two."), List.of("Three."))), 20);
        PdfPages.Budget two = new PdfPages.Budget(PdfPages.MAX_PAGES, PdfPages.MAX_UNPACKED_BYTES, PdfPages.MAX_CHARS,
                PdfPages.MAX_TIME, 2, PdfPages.MAX_OCR_TIME, PdfPages.OCR_PAGE_TIMEOUT);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.read(scanned, two, PdfPages.Progress.NONE, ocr));

        assertEquals(0, ocr.calls);
        assertTrue(message(e).contains("This PDF has 3 scanned pages without text; text recognition (OCR) reads at most 2"), message(e));
    }

    @Test
    void withoutAnOcrEngineAScanIsRefusedAsBefore() throws IOException {
        byte[] scanned = ScannedPdf.scan(pdf(List.of(List.of("One."))), 20);
        PageOcr unavailable = new PageOcr() {
            @Override
            public java.util.Optional<String> engine() {
                return java.util.Optional.empty();
            }

            @Override
            public Recognized read(java.awt.image.BufferedImage page, int dpi, Duration timeout) throws OcrFailure {
                throw new AssertionError("not called");
            }
        };

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PdfPages.read(scanned, PdfPages.Budget.DEFAULT, PdfPages.Progress.NONE, unavailable));

        assertTrue(message(e).contains("text recognition (OCR) is not available on this server"), message(e));
    }

    @Test
    void aHugePageIsRenderedForOcrAtALowerResolution() {
        assertEquals(300, PdfPages.dpi(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
        int dpi = PdfPages.dpi(new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400)); // 200 × 200 inches
        assertEquals(30, dpi);
    }
}
