package org.corroborate.service.source.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corroborate.service.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The text of a PDF, page by page, read with Apache PDFBox. Refuses, with a message saying what to do instead,
 * a file over the size limit, a file that is not a PDF (judged by its first bytes, never by its name), a PDF
 * locked by a password or damaged, and a PDF with no text to extract (a scan). Reads within a {@link Budget}
 * (pages, unpacked bytes, characters, time), so a hostile file (a deflate bomb, tens of thousands of pages) is
 * refused instead of holding a request thread for minutes. Pure: no container needed.
 */
final class PdfPages {

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

    /** The limits a PDF is read within; {@link #DEFAULT} in production, smaller ones in tests. */
    record Budget(int maxPages, long maxUnpackedBytes, int maxChars, Duration maxTime) {

        static final Budget DEFAULT = new Budget(MAX_PAGES, MAX_UNPACKED_BYTES, MAX_CHARS, MAX_TIME);
    }

    /** Where a reading reports how far it got: called once the page count is known, and after each page. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (read, total) -> {
        };

        void pages(int read, int total);
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
            List<String> pages = new ArrayList<>(count);
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
                pages.add(text);
                progress.pages(page, count);
            }
            if (System.nanoTime() - deadline > 0) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.tooSlow", budget.maxTime().toSeconds());
            }
            if (!anyText) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.noText");
            }
            return pages;
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
