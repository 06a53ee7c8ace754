package org.corroborate.service.source.text;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.Loader;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Scans made by the tests: a PDF with text, its pages rasterized and put back as pictures, with no text layer. */
final class ScannedPdf {

    private ScannedPdf() {
    }

    /** Each page of the PDF as a picture at {@code dpi}, grey, with no text layer. */
    static byte[] scan(byte[] pdf, int dpi) throws IOException {
        try (PDDocument original = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(original);
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDRectangle box = original.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        }
    }

    /** A scanned PDF of one page per entry (at 300 dpi). */
    static byte[] of(List<List<String>> pages) throws IOException {
        return scan(PdfPagesTest.pdf(pages), 300);
    }
}
