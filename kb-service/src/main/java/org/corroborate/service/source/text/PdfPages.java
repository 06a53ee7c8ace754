package org.corroborate.service.source.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corroborate.service.shared.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of a PDF, page by page, read with Apache PDFBox. Refuses, with a message saying what to do instead,
 * a file over the size limit, a file that is not a PDF (judged by its first bytes, never by its name), a PDF
 * locked by a password or damaged, and a PDF with no text to extract (a scan). Pure: no container needed.
 */
final class PdfPages {

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
        requireAcceptable(bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.copyForbidden");
            }
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw InvalidInputException.of(SourceTexts.class, "pdf.noText");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setPageStart("");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("");
            List<String> pages = new ArrayList<>(count);
            boolean anyText = false;
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = clean(stripper.getText(document));
                anyText |= !text.isBlank();
                pages.add(text);
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
            throw InvalidInputException.of(SourceTexts.class, "pdf.unreadable");
        }
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
