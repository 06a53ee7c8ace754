package org.corroborate.service.source.text;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * Text recognition (OCR) of one page's image, for the pages of a PDF that have no text layer (a scan). The
 * production engine is {@link TesseractOcr}; tests may give {@link PdfPages} another.
 */
interface PageOcr {

    /** An engine that cannot read anything: a scan is then refused as before OCR existed. */
    PageOcr NONE = new PageOcr() {
        @Override
        public Optional<String> engine() {
            return Optional.empty();
        }

        @Override
        public Recognized read(BufferedImage page, int dpi, Duration timeout) throws OcrFailure {
            throw new OcrFailure("no OCR engine");
        }
    };

    /** The engine and languages, e.g. "Tesseract 5.3.0, eng+kor"; empty when no engine can be run here. */
    Optional<String> engine();

    /**
     * Reads the text in a page's image.
     *
     * @param dpi     the image's resolution
     * @param timeout the longest the reading may take; past it, it is stopped and fails
     * @throws OcrFailure when the engine failed on this page (the page is then reported, not the PDF refused)
     */
    Recognized read(BufferedImage page, int dpi, Duration timeout) throws OcrFailure;

    /**
     * What the engine read on a page.
     *
     * @param text       the text, lines separated by "\n" (empty when no word was found)
     * @param confidence 0–100, the mean of the recognized words' confidences; null when no word was found
     */
    record Recognized(String text, Integer confidence) {
    }

    /** The engine failed on one page (it could not run, ran out of time or answered an error). */
    final class OcrFailure extends Exception {

        private static final long serialVersionUID = 1L;

        OcrFailure(String message) {
            super(message);
        }

        OcrFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
