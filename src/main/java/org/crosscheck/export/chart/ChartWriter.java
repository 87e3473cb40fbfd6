package org.crosscheck.export.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes a chart as PNG bytes or file, or as a one-page landscape A4 PDF holding the chart drawn at 2× resolution. */
public final class ChartWriter {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;

    private ChartWriter() {
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        }
    }

    public static void writePdf(JFreeChart chart, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            BufferedImage img = chart.createBufferedImage(WIDTH * 2, HEIGHT * 2);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            float margin = 36;
            float w = a4.getWidth() - 2 * margin;
            float h = w * HEIGHT / WIDTH;
            if (h > a4.getHeight() - 2 * margin) {
                h = a4.getHeight() - 2 * margin;
                w = h * WIDTH / HEIGHT;
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, (a4.getWidth() - w) / 2, (a4.getHeight() - h) / 2, w, h);
            }
            doc.getDocumentInformation().setTitle(chart.getTitle() == null ? "Chart" : chart.getTitle().getText());
            doc.save(file.toFile());
        }
    }
}
