package com.publisherportal.common.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server with JFreeChart and written as SVG by JFreeSVG, in the portal's
 * colours (primary #1a5fb4) and with axis numbers in the user's locale; the texts come in
 * translated. The result is an SVG document, or a data URL for an {@code <img>} (an image
 * cannot run scripts, whatever an offer name contains).
 */
public final class Charts {

    static final Color PRIMARY = new Color(0x1a, 0x5f, 0xb4);
    private static final Color[] SERIES = {PRIMARY, new Color(0x2e, 0x85, 0x40), new Color(0xc0, 0x1c, 0x28),
            new Color(0xe6, 0x61, 0x00), new Color(0x61, 0x35, 0x83)};
    private static final Color TEXT = new Color(0x1f, 0x29, 0x33);
    private static final Color GRID = new Color(0xdd, 0xe1, 0xe6);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private Charts() {
    }

    /** Lines over categories (e.g. months); series in insertion order. */
    public static String lineChart(String title, List<String> categories, Map<String, List<? extends Number>> series,
                                   Locale locale, int width, int height) {
        DefaultCategoryDataset data = dataset(categories, series);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return svg(chart(title, data, renderer, locale, series.size() > 1, categories.size() > 8), width, height);
    }

    /** Horizontal-label bars, one series. */
    public static String barChart(String title, List<String> categories, List<? extends Number> values, String seriesName,
                                  Locale locale, int width, int height) {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(seriesName, values);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PRIMARY);
        renderer.setMaximumBarWidth(0.08);
        return svg(chart(title, dataset(categories, series), renderer, locale, false, categories.size() > 6), width, height);
    }

    private static DefaultCategoryDataset dataset(List<String> categories, Map<String, List<? extends Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var entry : series.entrySet()) {
            for (int i = 0; i < categories.size(); i++) {
                Number value = i < entry.getValue().size() ? entry.getValue().get(i) : null;
                data.addValue(value == null ? 0 : value, entry.getKey(), categories.get(i));
            }
        }
        return data;
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data,
                                    org.jfree.chart.renderer.category.CategoryItemRenderer renderer, Locale locale,
                                    boolean legend, boolean slantLabels) {
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(FONT);
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setAxisLineVisible(false);
        categoryAxis.setTickMarksVisible(false);
        if (slantLabels) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = new NumberAxis();
        valueAxis.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        valueAxis.setTickLabelFont(FONT);
        valueAxis.setTickLabelPaint(TEXT);
        valueAxis.setAxisLineVisible(false);
        valueAxis.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
        TextTitle text = new TextTitle(title, TITLE);
        text.setPaint(TEXT);
        text.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        chart.setTitle(text);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(FONT);
            l.setItemPaint(TEXT);
            l.setBackgroundPaint(null);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** An SVG document as a data URL for an image element. */
    public static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
