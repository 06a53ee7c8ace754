package org.corroborate.service.source.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corroborate.model.source.SourceTextPage;
import org.corroborate.service.shared.InvalidInputException;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of a PDF, page by page, read with Apache PDFBox. Refuses, with a message saying what to do instead,
 * a file over the size limit, a file that is not a PDF (judged by its first bytes, never by its name), a PDF
 * locked by a password or damaged, and a PDF with no text to extract. Pages with pictures and no text layer (a scan) are
 * rendered at {@value #OCR_DPI} dpi in grey and read by text recognition ({@link PageOcr}), one page at a time; a
 * page the engine fails on is kept empty and reported as unread, not fatal. Reads within a {@link Budget}
 * (pages, unpacked bytes, characters, time; scanned pages, OCR time, pixels), so a hostile file (a deflate bomb,
 * tens of thousands of pages) is refused instead of holding a reader for minutes. Pure: no container needed.
 */
public final class PdfPages {

    /** The most pages read: a longer PDF is refused before any text is extracted. */
    static final int MAX_PAGES = 2_000;

    /**
     * The most bytes PDFBox may unpack while reading one PDF: page content counted as it is decoded, and the
     * stream cache (at most {@link #MAX_MAIN_MEMORY_BYTES} in memory, the rest in a temporary file) capped.
     */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    /** The part of {@link #MAX_UNPACKED_BYTES} the stream cache keeps in memory before it spills to a temporary file. */
    static final long MAX_MAIN_MEMORY_BYTES = 16L * 1024 * 1024;

    /** The longest text extracted, in characters: the same as for pasted text. */
    static final int MAX_CHARS = SourceTexts.MAX_PASTED_CHARS;

    /** The longest a PDF is read for, checked between pages. */
    static final Duration MAX_TIME = Duration.ofSeconds(20);

    /** The most pages without a text layer read by OCR: a PDF with more scanned pages is refused before OCR. */
    static final int MAX_OCR_PAGES = 100;

    /** The longest the OCR of one PDF's scanned pages may take in all, checked between pages. */
    static final Duration MAX_OCR_TIME = Duration.ofMinutes(10);

    /** The longest the OCR of one page may take: past it, the engine is stopped and the page reported unread. */
    static final Duration OCR_PAGE_TIMEOUT = Duration.ofSeconds(90);

    /** The resolution scanned pages are rendered at for OCR (Tesseract reads best at about 300 dpi). */
    static final int OCR_DPI = 300;

    /**
     * The most pixels a page is rendered to for OCR (an A4 page at 300 dpi is 8.7 million): a larger page is
     * rendered at a lower resolution, so one page's image takes at most this many bytes in grey.
     */
    static final long MAX_OCR_PIXELS = 36_000_000L;

    /**
     * The most pixels the images drawn on one scanned page may declare: past it the page is not rendered (its
     * images would have to be decoded whole) and is reported unread.
     */
    static final long MAX_IMAGE_PIXELS = 200_000_000L;

    private static final Logger LOG = Logger.getLogger(PdfPages.class.getName());

    /** The limits a PDF is read within; {@link #DEFAULT} in production, smaller ones in tests. */
    record Budget(int maxPages, long maxUnpackedBytes, int maxChars, Duration maxTime,
                  int maxOcrPages, Duration maxOcrTime, Duration ocrPageTimeout) {

        static final Budget DEFAULT = new Budget(MAX_PAGES, MAX_UNPACKED_BYTES, MAX_CHARS, MAX_TIME,
                MAX_OCR_PAGES, MAX_OCR_TIME, OCR_PAGE_TIMEOUT);

        /** A budget with the default OCR limits. */
        Budget(int maxPages, long maxUnpackedBytes, int maxChars, Duration maxTime) {
            this(maxPages, maxUnpackedBytes, maxChars, maxTime, MAX_OCR_PAGES, MAX_OCR_TIME, OCR_PAGE_TIMEOUT);
        }
    }

    /**
     * Where a reading reports how far it got: called once the page count is known and after each page's text
     * layer, then, when some pages are scans, once their count is known and after each of them is read by OCR.
     */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (read, total) -> {
        };

        void pages(int read, int total);

        default void recognized(int read, int total) {
        }
    }

    /**
     * One page as read.
     *
     * @param confidence 0–100 for a page read by OCR with words found; null otherwise
     */
    public record ReadPage(String text, SourceTextPage.Reading reading, Integer confidence) {

        static ReadPage text(String text) {
            return new ReadPage(text, SourceTextPage.Reading.TEXT, null);
        }
    }

    /**
     * A PDF's pages as read.
     *
     * @param ocrEngine the engine that read some pages by OCR; null when none was
     */
    public record PdfText(List<ReadPage> pages, String ocrEngine) {

        List<String> texts() {
            return pages.stream().map(ReadPage::text).toList();
        }
    }

    /** A PDF file starts with these bytes (readers accept them anywhere in the first 1,024 bytes). */
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC_WINDOW = 1024;

    private PdfPages() {
    }

    /**
     * @return the text of each page, in order; a page without text is an empty string
     * @throws InvalidInputException when the file is refused
     */
    static List<String> extract(byte[] bytes) {
        return extract(bytes, Budget.DEFAULT);
    }

    /**
     * @return the text of each page, in order, read within the given budget
     * @throws InvalidInputException when the file is refused, among others for going over the budget
     */
    static List<String> extract(byte[] bytes, Budget budget) {
        return extract(bytes, budget, Progress.NONE);
    }

    /**
     * @return the text of each page, in order, read within the given budget, reporting each page read
     * @throws InvalidInputException when the file is refused, among others for going over the budget
     */
    static List<String> extract(byte[] bytes, Budget budget, Progress progress) {
        return read(bytes, budget, progress, PageOcr.NONE).texts();
    }

    /**
     * @return each page, in order, read within the given budget, its text layer or, for a page without one, by
     * {@code ocr}; reporting each page read
     * @throws InvalidInputException when the file is refused, among others for going over the budget
     */
    static PdfText read(byte[] bytes, Budget budget, Progress progress, PageOcr ocr) {
        requireAcceptable(bytes);
        long deadline = System.nanoTime() + budget.maxTime().toNanos();
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(
                Math.min(MAX_MAIN_MEMORY_BYTES, budget.maxUnpackedBytes()), budget.maxUnpackedBytes());
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.copyForbidden");
            }
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.noText");
            }
            if (count > budget.maxPages()) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.tooManyPages", count, budget.maxPages());
            }
            progress.pages(0, count);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setPageStart("");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("");
            List<ReadPage> pages = new ArrayList<>(count);
            List<Integer> scanned = new ArrayList<>();
            boolean anyText = false;
            long unpacked = 0;
            long characters = 0;
            for (int page = 1; page <= count; page++) {
                if (System.nanoTime() - deadline > 0) {
                    throw InvalidInputException.of(SourceTexts.class, "pdf.tooSlow", budget.maxTime().toSeconds());
                }
                unpacked += contentBytes(document.getPage(page - 1), budget.maxUnpackedBytes() - unpacked);
                if (unpacked > budget.maxUnpackedBytes()) {
                    throw tooMuchContent(budget);
                }
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = clean(stripper.getText(document));
                characters += text.length();
                if (characters > budget.maxChars()) {
                    throw InvalidInputException.of(SourceTexts.class, "pdf.tooMuchText", budget.maxChars());
                }
                anyText |= !text.isBlank();
                if (text.isBlank() && imagePixels(document.getPage(page - 1).getResources()) > 0) {
                    scanned.add(page - 1); // a picture and no text: a scanned page (a blank page is just blank)
                }
                pages.add(ReadPage.text(text));
                progress.pages(page, count);
            }
            if (System.nanoTime() - deadline > 0) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.tooSlow", budget.maxTime().toSeconds());
            }
            Optional<String> engine = scanned.isEmpty() ? Optional.empty() : ocr.engine();
            if (engine.isEmpty()) {
                if (!anyText) {
                    throw InvalidInputException.of(SourceTexts.class, scanned.isEmpty() ? "pdf.noText" : "pdf.ocrUnavailable");
                }
                return new PdfText(pages, null);
            }
            if (scanned.size() > budget.maxOcrPages()) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.tooManyScannedPages", scanned.size(),
                        budget.maxOcrPages());
            }
            recognize(document, pages, scanned, budget, characters, progress, ocr);
            boolean unread = pages.stream().anyMatch(p -> p.reading() == SourceTextPage.Reading.UNREAD);
            if (pages.stream().allMatch(p -> p.text().isBlank())) {
                throw InvalidInputException.of(SourceTexts.class, unread ? "pdf.ocrFailed" : "pdf.ocrNoText");
            }
            boolean recognized = unread || pages.stream().anyMatch(p -> p.reading() == SourceTextPage.Reading.OCR);
            return new PdfText(pages, recognized ? engine.get() : null);
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of(SourceTexts.class, "pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            if (e.getMessage() != null && e.getMessage().startsWith("Maximum allowed")) {
                // the stream cache refused to grow past the budget (PDFBox's ScratchFile)
                throw tooMuchContent(budget);
            }
            throw InvalidInputException.of(SourceTexts.class, "pdf.unreadable");
        }
    }

    /**
     * Reads the scanned pages (their indexes in {@code scanned}) by OCR, one at a time, replacing their entries in
     * {@code pages}: a page whose image is blank stays an empty text page; a page the engine fails on, or whose
     * images are too large to render, is UNREAD.
     */
    private static void recognize(PDDocument document, List<ReadPage> pages, List<Integer> scanned, Budget budget,
                                  long characters, Progress progress, PageOcr ocr) {
        long deadline = System.nanoTime() + budget.maxOcrTime().toNanos();
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true); // images larger than the rendering are decoded at the size drawn
        progress.recognized(0, scanned.size());
        int done = 0;
        for (int index : scanned) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.ocrTooSlow", budget.maxOcrTime().toMinutes());
            }
            ReadPage read = recognize(document, renderer, index, ocr,
                    Duration.ofNanos(Math.min(left, budget.ocrPageTimeout().toNanos())));
            characters += read.text().length();
            if (characters > budget.maxChars()) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.tooMuchText", budget.maxChars());
            }
            pages.set(index, read);
            progress.recognized(++done, scanned.size());
        }
    }

    private static ReadPage recognize(PDDocument document, PDFRenderer renderer, int index, PageOcr ocr, Duration timeout) {
        PDPage page = document.getPage(index);
        try {
            if (imagePixels(page.getResources()) > MAX_IMAGE_PIXELS) {
                LOG.warning("OCR: page " + (index + 1) + " draws images of more than " + MAX_IMAGE_PIXELS + " pixels; not read");
                return new ReadPage("", SourceTextPage.Reading.UNREAD, null);
            }
            int dpi = dpi(page.getCropBox());
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
            if (blank(image)) {
                return ReadPage.text("");
            }
            PageOcr.Recognized recognized = ocr.read(image, dpi, timeout);
            String text = clean(recognized.text());
            return new ReadPage(text, SourceTextPage.Reading.OCR, text.isBlank() ? null : recognized.confidence());
        } catch (PageOcr.OcrFailure | IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // the server is stopping: the job fails whole rather than keep its other pages as unread
                throw new IllegalStateException("OCR interrupted at page " + (index + 1), e);
            }
            LOG.log(Level.WARNING, "OCR: page " + (index + 1) + " could not be read: " + e.getMessage(),
                    e instanceof RuntimeException ? e : null);
            return new ReadPage("", SourceTextPage.Reading.UNREAD, null);
        }
    }

    /** {@link #OCR_DPI}, or less for a page so large that its image would exceed {@link #MAX_OCR_PIXELS}. */
    static int dpi(PDRectangle box) {
        double squareInches = Math.max(1e-3, (box.getWidth() / 72.0) * (box.getHeight() / 72.0));
        double dpi = Math.min(OCR_DPI, Math.sqrt(MAX_OCR_PIXELS / squareInches));
        return Math.max(1, (int) Math.floor(dpi));
    }

    /** The pixels the images a page draws directly (or in its forms, one level down) declare. */
    private static long imagePixels(PDResources resources) throws IOException {
        return imagePixels(resources, 0);
    }

    private static long imagePixels(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 1) {
            return 0;
        }
        long pixels = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                pixels += (long) Math.max(0, image.getWidth()) * Math.max(0, image.getHeight());
            } else if (object instanceof PDFormXObject form) {
                pixels += imagePixels(form.getResources(), depth + 1);
            }
        }
        return pixels;
    }

    /** True when a grey image has no dark pixel at all: nothing for OCR to read. */
    static boolean blank(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes) {
            for (byte b : bytes.getData()) {
                if ((b & 0xFF) < 160) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The decoded size of a page's content streams, read (never kept) until it passes {@code allowance}: then a
     * number over the allowance, so a deflate bomb costs at most the allowance in inflating and no memory.
     */
    static long contentBytes(PDPage page, long allowance) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            try (InputStream in = streams.next().createInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > allowance) {
                        return total;
                    }
                }
            }
        }
        return total;
    }

    private static InvalidInputException tooMuchContent(Budget budget) {
        return InvalidInputException.of(SourceTexts.class, "pdf.tooMuchContent", budget.maxUnpackedBytes() / (1024 * 1024));
    }

    /** Size and kind, checked before PDFBox reads a byte of it. */
    static void requireAcceptable(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(SourceTexts.class, "pdf.empty");
        }
        if (bytes.length > SourceTexts.MAX_PDF_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (!looksLikePdf(bytes)) {
            throw InvalidInputException.of(SourceTexts.class, "pdf.notPdf");
        }
    }

    static InvalidInputException tooLarge(long size) {
        return InvalidInputException.of(SourceTexts.class, "pdf.tooLarge",
                String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)), SourceTexts.MAX_PDF_BYTES / (1024 * 1024));
    }

    /** True when "%PDF-" is in the first 1,024 bytes. */
    static boolean looksLikePdf(byte[] bytes) {
        int last = Math.min(bytes.length - MAGIC.length, MAGIC_WINDOW - MAGIC.length);
        for (int start = 0; start <= last; start++) {
            int k = 0;
            while (k < MAGIC.length && bytes[start + k] == MAGIC[k]) {
                k++;
            }
            if (k == MAGIC.length) {
                return true;
            }
        }
        return false;
    }

    /** Drops NUL characters (PostgreSQL refuses them in text) and the trailing line breaks of a page. */
    static String clean(String text) {
        String s = text.indexOf('\u0000') >= 0 ? text.replace("\u0000", "") : text;
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
