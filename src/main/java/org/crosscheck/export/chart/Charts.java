package org.crosscheck.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.insight.OverlapMatrix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Builds the charts from aggregate figures. Every chart reads in black and white: greys and hatching instead of
 * colours, counts written on the bars or cells, and lines told apart by dashes and marker shapes.
 * Thread-safe (no shared state); needs {@code java.awt.headless=true} on a machine without a display.
 */
public final class Charts {
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private Charts() {
    }

    public static JFreeChart create(ChartKind kind, ChartData data) {
        JFreeChart chart = switch (kind) {
            case AGENCIES -> agencies(data.knownByCount());
            case OVERLAP -> overlap(data.overlap());
            case RISK_BY_AREA -> riskByArea(data.riskByDistrict());
            case OUTCOMES -> outcomes(data.outcomesByMonth());
            case REVIEW -> review(data.review());
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        chart.setAntiAlias(true);
        return chart;
    }

    static JFreeChart agencies(List<Integer> knownByCount) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int n = 1; n < knownByCount.size(); n++) {
            ds.addValue(knownByCount.get(n), "Businesses", n == 1 ? "1 agency" : n + " agencies");
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.AGENCIES.title(), "Agencies holding a record",
                "Businesses", ds, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = plainPlot(chart.getCategoryPlot());
        BarRenderer r = barRenderer(new BarRenderer());
        r.setSeriesPaint(0, new Color(0x55, 0x55, 0x55));
        plot.setRenderer(r);
        return chart;
    }

    static JFreeChart overlap(OverlapMatrix m) {
        int n = m.agencies().size();
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        double[] zs = new double[n * n];
        String[] names = m.agencies().stream().map(AgencyKind::label).toArray(String[]::new);
        int max = Math.max(1, m.maxShared());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                xs[k] = i;
                ys[k] = j;
                // the diagonal (records each agency holds) would swamp the scale: shown as a count but not shaded
                zs[k] = i == j ? 0 : m.counts()[i][j];
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("shared", new double[][] {xs, ys, zs});
        SymbolAxis x = new SymbolAxis(null, names);
        x.setVerticalTickLabels(true);
        x.setTickLabelFont(LABEL_FONT);
        SymbolAxis y = new SymbolAxis(null, names);
        y.setTickLabelFont(LABEL_FONT);
        y.setInverted(true);
        XYBlockRenderer r = new XYBlockRenderer();
        // white (none shared) to dark grey (most shared), so it prints in black and white
        GrayPaintScale scale = new GrayPaintScale(0, max) {
            @Override
            public Paint getPaint(double value) {
                double v = Math.max(0, Math.min(max, value));
                int g = 255 - (int) Math.round(200 * v / max);
                return new Color(g, g, g);
            }
        };
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int count = m.counts()[i][j];
                XYTextAnnotation a = new XYTextAnnotation(NumberFormat.getIntegerInstance().format(count), i, j);
                int g = i == j ? 255 : 255 - (int) Math.round(200.0 * count / max);
                a.setPaint(g < 130 ? Color.WHITE : Color.BLACK);
                a.setFont(new Font(Font.SANS_SERIF, i == j ? Font.ITALIC : Font.PLAIN, 10));
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart(ChartKind.OVERLAP.title(), TITLE_FONT, plot, false);
        NumberAxis scaleAxis = new NumberAxis("Businesses both hold (diagonal, in italics: all each holds)");
        scaleAxis.setRange(0, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(10);
        legend.setMargin(4, 40, 4, 40);
        chart.addSubtitle(legend);
        return chart;
    }

    static JFreeChart riskByArea(Map<String, Map<RiskBand, Integer>> byDistrict) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (RiskBand band : List.of(RiskBand.HIGH, RiskBand.MEDIUM, RiskBand.LOW, RiskBand.NONE, RiskBand.UNKNOWN)) {
            for (var e : byDistrict.entrySet()) {
                ds.addValue(e.getValue().getOrDefault(band, 0), bandLabel(band), e.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(ChartKind.RISK_BY_AREA.title(), "Postcode district",
                "Businesses", ds, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = plainPlot(chart.getCategoryPlot());
        StackedBarRenderer r = new StackedBarRenderer();
        barRenderer(r);
        r.setSeriesPaint(0, new Color(0x33, 0x33, 0x33));
        r.setSeriesPaint(1, hatch(false));
        r.setSeriesPaint(2, new Color(0xbb, 0xbb, 0xbb));
        r.setSeriesPaint(3, Color.WHITE);
        r.setSeriesPaint(4, dots());
        r.setSeriesItemLabelPaint(0, Color.WHITE);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        // a label in a sliver of a bar is unreadable; only counts of 5 or more are written
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null || v.intValue() < 5 ? null : v.toString();
            }
        });
        plot.setRenderer(r);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    static JFreeChart outcomes(Map<YearMonth, Map<OutcomeKind, Integer>> byMonth) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (OutcomeKind kind : OutcomeKind.values()) {
            boolean any = byMonth.values().stream().anyMatch(m -> m.getOrDefault(kind, 0) > 0);
            if (!any) {
                continue;
            }
            for (var e : byMonth.entrySet()) {
                ds.addValue(e.getValue().getOrDefault(kind, 0), outcomeLabel(kind), e.getKey().toString());
            }
        }
        // grouped bars rather than lines: a partnership has a few months of outcomes, often only one
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.OUTCOMES.title(), "Month (of the visit)",
                "Number recorded", ds, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = plainPlot(chart.getCategoryPlot());
        BarRenderer r = barRenderer(new BarRenderer());
        Paint[] fills = {new Color(0x33, 0x33, 0x33), hatch(false), new Color(0xbb, 0xbb, 0xbb), Color.WHITE,
            dots(), hatch(true), new Color(0x77, 0x77, 0x77)};
        for (int s = 0; s < ds.getRowCount(); s++) {
            r.setSeriesPaint(s, fills[s % fills.length]);
        }
        r.setMaximumBarWidth(0.08);
        plot.setRenderer(r);
        if (ds.getRowCount() == 0) {
            plot.setNoDataMessage("No outcomes recorded yet");
        }
        return chart;
    }

    static JFreeChart review(ReviewProgress p) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        if (p != null) {
            ds.addValue(p.same(), "Pairs", "Decided: same");
            ds.addValue(p.different(), "Pairs", "Decided: different");
            ds.addValue(p.unsure(), "Pairs", "Unsure");
            ds.addValue(p.waiting(), "Pairs", "Waiting");
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.REVIEW.title(), null, "Pairs", ds,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = plainPlot(chart.getCategoryPlot());
        BarRenderer r = barRenderer(new BarRenderer());
        r.setSeriesPaint(0, hatch(true));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemMargin(0);
        r.setMaximumBarWidth(0.5);
        plot.setRenderer(r);
        if (p == null) {
            plot.setNoDataMessage("Review figures were not gathered");
        }
        return chart;
    }

    private static CategoryPlot plainPlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xaa, 0xaa, 0xaa));
        plot.setOutlineVisible(false);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(LABEL_FONT);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return plot;
    }

    private static <R extends BarRenderer> R barRenderer(R r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.BLACK);
        r.setDefaultOutlineStroke(new BasicStroke(0.8f));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL_FONT);
        r.setDefaultItemLabelPaint(Color.BLACK);
        r.setItemMargin(0.05);
        return r;
    }

    /** Diagonal black lines on white: reads as a distinct fill when printed without colour. */
    private static Paint hatch(boolean dense) {
        int size = dense ? 6 : 8;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(0x44, 0x44, 0x44));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(0, size, size, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(size - 1, size + 1, size + 1, size - 1);
        g.dispose();
        return new TexturePaint(img, new Rectangle(0, 0, size, size));
    }

    private static Paint dots() {
        // sparse light dots, so that a count written on them stays readable
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 8, 8);
        g.setColor(new Color(0x77, 0x77, 0x77));
        g.fillRect(1, 1, 2, 2);
        g.fillRect(5, 5, 2, 2);
        g.dispose();
        return new TexturePaint(img, new Rectangle(0, 0, 8, 8));
    }

    static String bandLabel(RiskBand b) {
        return switch (b) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case NONE -> "None";
            case UNKNOWN -> "Not rated";
        };
    }

    static String outcomeLabel(OutcomeKind k) {
        return switch (k) {
            case ARREST -> "Arrests";
            case NOTICE -> "Notices";
            case SEIZURE -> "Seizures";
            case REFERRAL -> "Referrals";
            case ADVICE -> "Advice";
            case NO_CONCERNS -> "No concerns";
            case OTHER -> "Other";
        };
    }
}
