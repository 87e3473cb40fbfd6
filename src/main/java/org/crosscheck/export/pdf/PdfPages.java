package org.crosscheck.export.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;

/** Renders a PDF's pages to PNG images, for printing through the system print dialog and for previews. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Every page as PNG bytes at {@code dpi} dots per inch, greyscale (briefings print in black and white). */
    public static List<byte[]> renderPng(Path pdf, float dpi, ProgressSink sink) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                sink.checkCancelled();
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(img, "png", out);
                pages.add(out.toByteArray());
                sink.progress(Stage.EXPORTING, i + 1, doc.getNumberOfPages());
            }
            return pages;
        }
    }
}
