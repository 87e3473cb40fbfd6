package org.crosscheck.export.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.export.PackFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartsTest {
    @TempDir
    Path dir;

    private static ChartData data() {
        ChartData d = PackFixtures.pack(Recipient.of(AgencyKind.FIRE)).charts();
        var outcomes = java.util.Map.of(java.time.YearMonth.of(2026, 9), java.util.Map.of(OutcomeKind.NOTICE, 3,
                        OutcomeKind.ARREST, 1), java.time.YearMonth.of(2026, 10), java.util.Map.of(OutcomeKind.NOTICE, 5),
                java.time.YearMonth.of(2026, 11), java.util.Map.of(OutcomeKind.SEIZURE, 2, OutcomeKind.ARREST, 4));
        return new ChartData(d.knownByCount(), d.overlap(), d.riskByDistrict(), outcomes,
                new ReviewProgress(10, 4, 1, 30));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChartRendersAPngOfTheAskedSizeWithSomethingDrawn(ChartKind kind) throws Exception {
        byte[] png = ChartWriter.png(Charts.create(kind, data()), 800, 500);

        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        int dark = 0;
        for (int x = 0; x < img.getWidth(); x += 4) {
            for (int y = 0; y < img.getHeight(); y += 4) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                dark += ((rgb >> 16) & 0xff) < 128 ? 1 : 0;
            }
        }
        assertTrue(dark > 200, kind + " has only " + dark + " dark sample points: nothing drawn?");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void chartsAreGreyscaleSoTheyPrintInBlackAndWhite(ChartKind kind) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(Charts.create(kind, data()), 600,
                400)));
        for (int x = 0; x < img.getWidth(); x += 3) {
            for (int y = 0; y < img.getHeight(); y += 3) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                assertTrue(Math.abs(r - g) < 12 && Math.abs(g - b) < 12, kind + " has colour at " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aChartPdfIsOneLandscapePage(ChartKind kind) throws Exception {
        Path pdf = dir.resolve(kind.cliName() + ".pdf");
        ChartWriter.writePdf(Charts.create(kind, data()), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight());
        }
    }
}
