package org.crosscheck.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A pair's match weight as a waterfall: the first bar is the starting point (the prior, plus any hard rule),
 * each further bar one comparison's evidence in bits (up for, down against), the last bar the total. The left
 * axis reads bits, the right axis the same heights as the probability that the two records are one business
 * (p = 2^w / (1 + 2^w)). Greys, outlines and value labels keep it readable in black and white. Plain JFreeChart,
 * no JavaFX, so exports can draw it too. Not thread-safe; build one per pair.
 */
public final class WaterfallChart {
    static final Color FIRST = new Color(0x90, 0x90, 0x90);
    static final Color FOR = new Color(0x40, 0x40, 0x40);
    static final Color AGAINST = new Color(0xE8, 0xE8, 0xE8);
    static final Color TOTAL = Color.BLACK;
    private static final String SERIES = "bits";

    private WaterfallChart() {
    }

    /** One bar: a label and its height in bits (log2 Bayes factor; the prior's log2 odds for the first). */
    public record Step(String label, double bits) {
    }

    /**
     * @param steps the starting point, then each comparison, then the total (whose bits should be the sum of the
     *              others; the chart draws the running total regardless)
     */
    public static JFreeChart of(List<Step> steps) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Step s : steps) {
            data.addValue(s.bits(), SERIES, s.label());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis bitsAxis = new NumberAxis("match weight (bits)");
        // room above and below the bars for their value labels
        bitsAxis.setUpperMargin(0.12);
        bitsAxis.setLowerMargin(0.10);
        // the margins apply beyond zero too: a bar ending just under zero has its label above it, which a range
        // stopping at zero cut off
        bitsAxis.setAutoRangeStickyZero(false);
        WaterfallBarRenderer renderer = new WaterfallBarRenderer(FIRST, FOR, AGAINST, TOTAL);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("+0.0;-0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        CategoryPlot plot = new CategoryPlot(data, categories, bitsAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        NumberAxis probabilityAxis = new NumberAxis("likely the same business");
        probabilityAxis.setNumberFormatOverride(new ProbabilityOfBits());
        plot.setRangeAxis(1, probabilityAxis);
        bitsAxis.addChangeListener(e -> probabilityAxis.setRange(bitsAxis.getRange()));
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 12), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        double total = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).bits();
        chart.addSubtitle(new TextTitle(String.format(Locale.UK, "From the starting point to %+.1f bits: %s likely "
                + "the same business", total, percent(total)), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        probabilityAxis.setRange(bitsAxis.getRange());
        return chart;
    }

    /** The probability for a match weight, 0..1: 2^w / (1 + 2^w). */
    public static double probability(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    static String percent(double bits) {
        double p = probability(bits) * 100;
        return p > 99.9 && p < 100 ? ">99.9%" : p < 0.1 && p > 0 ? "<0.1%" : String.format(Locale.UK, "%.1f%%", p);
    }

    /** Formats an axis value in bits as the probability it stands for. */
    private static final class ProbabilityOfBits extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double bits, StringBuffer to, FieldPosition pos) {
            return to.append(percent(bits));
        }

        @Override
        public StringBuffer format(long bits, StringBuffer to, FieldPosition pos) {
            return format((double) bits, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("axis labels are never parsed");
        }
    }
}
