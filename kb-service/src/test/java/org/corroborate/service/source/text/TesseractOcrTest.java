package org.corroborate.service.source.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Tesseract adapter: its reading of Tesseract's outputs, and a real page read by the installed command (skipped,
 * saying why, where Debian's tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-kor are not installed; CI installs
 * them, and the OCR IT fails without them).
 */
class TesseractOcrTest {

    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t",
            "4\t1\t1\t1\t1\t0\t300\t300\t1800\t40\t-1\t",
            "5\t1\t1\t1\t1\t1\t300\t300\t100\t40\t96.5\tAbout",
            "5\t1\t1\t1\t1\t2\t420\t300\t120\t40\t91.5\t31,000",
            "5\t1\t1\t1\t1\t3\t560\t300\t20\t40\t95.0\t ",
            "5\t1\t1\t1\t1\t4\t600\t300\t100\t40\t-1\t|",
            "5\t1\t1\t1\t1\t5\t700\t300\t100\t40\t60\t탈북민",
            "");

    @Test
    void aPagesConfidenceIsTheMeanOfItsWordsConfidences() {
        // 96.5, 91.5 and 60: blank words and those without a confidence (-1) do not count
        assertEquals(83, TesseractOcr.meanWordConfidence(TSV));
    }

    @Test
    void aPageWithoutWordsHasNoConfidence() {
        assertNull(TesseractOcr.meanWordConfidence(TSV.lines().limit(3).reduce("", (a, b) -> a + b + "\n")));
    }

    @Test
    void theTextLosesItsPageEndAndTrailingSpaces() {
        assertEquals("About 31,000 defectors\n\n탈북민 3만", TesseractOcr.text("About 31,000 defectors  \n\n탈북민 3만\n\f"));
    }

    @Test
    void aCommandThatCannotRunLeavesOcrUnavailableAndAPageFailsInsteadOfTheServer() throws IOException {
        TesseractOcr missing = new TesseractOcr("/nonexistent/tesseract");
        assertEquals(Optional.empty(), missing.engine());
        BufferedImage page = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
        assertThrows(PageOcr.OcrFailure.class, () -> missing.read(page, 300, Duration.ofSeconds(5)));
    }

    @Test
    void readsAScannedPageWithTheConfidenceOfItsWords() throws IOException, PageOcr.OcrFailure {
        TesseractOcr tesseract = new TesseractOcr();
        assumeTrue(tesseract.engine().isPresent(),
                "Tesseract with English and Korean is not installed here (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor)");
        assertTrue(tesseract.engine().get().matches("Tesseract \\d.*, eng\\+kor"), tesseract.engine().get());
        byte[] scan = ScannedPdf.of(List.of(List.of("About 31,000 North Korean defectors have arrived in South Korea since 1998.")));
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(scan)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
        }

        PageOcr.Recognized read = tesseract.read(image, 300, Duration.ofSeconds(60));

        assertTrue(read.text().contains("About 31,000 North Korean defectors have arrived in South Korea since 1998."), read.text());
        assertTrue(read.confidence() >= 80 && read.confidence() <= 100, "confidence " + read.confidence());
    }
}
