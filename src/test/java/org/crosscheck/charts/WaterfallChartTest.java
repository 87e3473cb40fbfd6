package org.crosscheck.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class WaterfallChartTest {
    private static final List<WaterfallChart.Step> STEPS = List.of(new WaterfallChart.Step("Start (prior)", -11.5),
            new WaterfallChart.Step("Name", 8.5), new WaterfallChart.Step("Location", 17.8),
            new WaterfallChart.Step("Phone", -3.2), new WaterfallChart.Step("Total", 11.6));

    @Test
    void barsAreThePriorEachComparisonAndTheTotalInOrder() {
        CategoryDataset data = ((CategoryPlot) WaterfallChart.of(STEPS).getPlot()).getDataset();
        assertEquals(List.of("Start (prior)", "Name", "Location", "Phone", "Total"), data.getColumnKeys());
        assertEquals(-3.2, data.getValue(0, 3).doubleValue(), 1e-9);
        assertEquals(11.6, data.getValue(0, 4).doubleValue(), 1e-9);
    }

    @Test
    void aBarEndingJustUnderZeroHasRoomAboveItForItsLabel() {
        JFreeChart chart = WaterfallChart.of(List.of(new WaterfallChart.Step("Start (prior)", -11.1),
                new WaterfallChart.Step("Name", 7.2), new WaterfallChart.Step("Location", 3.7),
                new WaterfallChart.Step("Total", -0.2)));
        chart.createBufferedImage(340, 260);
        double top = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange().getUpperBound();
        // the labels sit above the bars; a range that stopped at zero cut off the "+3.7" over the last bar
        assertTrue(top >= 1.0, "bits axis ends at " + top);
    }

    @Test
    void barsAreGreysWithOutlinesSoTheyReadInBlackAndWhite() {
        WaterfallBarRenderer r = (WaterfallBarRenderer) ((CategoryPlot) WaterfallChart.of(STEPS).getPlot())
                .getRenderer();
        for (var paint : List.of(r.getFirstBarPaint(), r.getPositiveBarPaint(), r.getNegativeBarPaint(),
                r.getLastBarPaint())) {
            Color c = (Color) paint;
            assertTrue(c.getRed() == c.getGreen() && c.getGreen() == c.getBlue(), c.toString());
        }
        assertTrue(r.isDrawBarOutline());
        assertTrue(r.getDefaultItemLabelsVisible());
    }

    @Test
    void rightAxisReadsTheSameHeightsAsProbabilities() {
        assertEquals("50.0%", WaterfallChart.percent(0));
        assertEquals("80.0%", WaterfallChart.percent(2));
        assertEquals(">99.9%", WaterfallChart.percent(20));
        CategoryPlot plot = (CategoryPlot) WaterfallChart.of(STEPS).getPlot();
        assertEquals(plot.getRangeAxis(0).getRange(), plot.getRangeAxis(1).getRange());
    }

    @Test
    void drawsHeadless() {
        JFreeChart chart = WaterfallChart.of(STEPS);
        BufferedImage image = chart.createBufferedImage(500, 320);
        assertEquals(500, image.getWidth());
    }
}
