package com.publisherportal.common.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
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
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server with JFreeChart and written as SVG by JFreeSVG, with axis numbers in
 * the user's locale; the texts come in translated. The result is an SVG document, shown by an
 * {@code <img>} ({@link ChartImage}: an image cannot run scripts, whatever an offer name contains).
 * <p>
 * A series brings its own colour and line ({@link Series}): the caller keys them by what the
 * series measures, so "lost customers" is the same colour in every chart whatever else is drawn
 * beside it. Counts get whole-number ticks ({@link Scale#COUNT}), rates percent ticks.
 */
public final class Charts {

    /** The portal's colours for series, colour-blind safe enough and readable on white. */
    public static final Color BLUE = new Color(0x1a, 0x5f, 0xb4);
    public static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    public static final Color RED = new Color(0xc0, 0x1c, 0x28);
    public static final Color ORANGE = new Color(0xc6, 0x4b, 0x00);
    public static final Color PURPLE = new Color(0x61, 0x35, 0x83);
    public static final Color TEAL = new Color(0x00, 0x6d, 0x77);
    static final Color PRIMARY = BLUE;
    private static final Color TEXT = new Color(0x1f, 0x29, 0x33);
    private static final Color GRID = new Color(0xdd, 0xe1, 0xe6);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    /** What a chart's value axis counts: whole things, amounts, or fractions shown as percentages. */
    public enum Scale { COUNT, AMOUNT, FRACTION }

    /** How a line is drawn, so lines that lie on each other stay apart: each has its own dash and marker. */
    public enum Line { SOLID, DASHED, DOTTED }

    /** One series: its label in the legend, its colour and line, and one value per category (null = none). */
    public record Series(String label, Color colour, Line line, List<? extends Number> values) {

        public Series(String label, Color colour, List<? extends Number> values) {
            this(label, colour, Line.SOLID, values);
        }
    }

    private Charts() {
    }

    /** Lines over categories (e.g. months), each series in its own colour, dash and marker; a legend when there are several. */
    public static String lineChart(String title, List<String> categories, List<Series> series, Scale scale,
                                   Locale locale, int width, int height) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            renderer.setSeriesPaint(i, s.colour());
            renderer.setSeriesStroke(i, stroke(s.line()));
            renderer.setSeriesShape(i, marker(s.line()));
            renderer.setSeriesShapesFilled(i, s.line() != Line.DASHED);
        }
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(Color.WHITE);
        return svg(chart(title, dataset(categories, series), renderer, scale, locale, series.size() > 1), width, height);
    }

    /** Vertical bars over categories (e.g. months), one series. */
    public static String barChart(String title, List<String> categories, Series series, Scale scale, Locale locale,
                                  int width, int height) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, series.colour());
        renderer.setMaximumBarWidth(0.08);
        return svg(chart(title, dataset(categories, List.of(series)), renderer, scale, locale, false), width, height);
    }

    /**
     * Horizontal bars, one per label, in the given order, each with its value written at its end.
     * The label column is as wide as the longest label, so labels are whole; when that would leave
     * the bars too little room (a phone), each label stands on its own line above its bar. The
     * height follows from the number of bars.
     */
    public static String horizontalBarChart(String title, List<String> labels, Series series, Scale scale,
                                            Locale locale, int width) {
        NumberFormat format = format(scale, locale);
        SVGGraphics2D measure = new SVGGraphics2D(width, 10);
        FontMetrics metrics = measure.getFontMetrics(FONT);
        int titleHeight = 28;
        int left = 8;
        // A browser's sans-serif runs a little wider than the server's metrics say: leave room.
        int longest = (int) Math.ceil(labels.stream().mapToInt(metrics::stringWidth).max().orElse(0) * 1.12);
        double max = series.values().stream().filter(v -> v != null).mapToDouble(Number::doubleValue).max().orElse(0);
        int valueWidth = series.values().stream().filter(v -> v != null)
                .mapToInt(v -> metrics.stringWidth(format.format(v))).max().orElse(0) + 8;
        int gap = 10;
        boolean above = left + longest + gap + valueWidth + 120 > width;
        int labelColumn = above ? left : left + longest + gap;
        int rowHeight = above ? 40 : 26;
        int barHeight = 16;
        int height = titleHeight + rowHeight * labels.size() + 8;
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(TITLE);
        g.setPaint(TEXT);
        g.drawString(title, left, 18);
        g.setFont(FONT);
        int barSpace = width - labelColumn - (int) Math.ceil(valueWidth * 1.12) - 8;
        for (int i = 0; i < labels.size(); i++) {
            int top = titleHeight + i * rowHeight;
            Number value = i < series.values().size() ? series.values().get(i) : null;
            double v = value == null ? 0 : value.doubleValue();
            int barTop = above ? top + 18 : top + (rowHeight - barHeight) / 2;
            g.setPaint(TEXT);
            if (above) {
                g.drawString(labels.get(i), left, top + 13);
            } else {
                g.drawString(labels.get(i), labelColumn - gap - metrics.stringWidth(labels.get(i)), barTop + 12);
            }
            int length = max <= 0 ? 0 : (int) Math.round(barSpace * v / max);
            g.setPaint(series.colour());
            g.fill(new Rectangle2D.Double(labelColumn, barTop, Math.max(length, v > 0 ? 1 : 0), barHeight));
            g.setPaint(TEXT);
            g.drawString(value == null ? "" : format.format(value), labelColumn + length + 6, barTop + 12);
        }
        return g.getSVGDocument();
    }

    private static BasicStroke stroke(Line line) {
        return switch (line) {
            case SOLID -> new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{7f, 4f}, 0f);
            case DOTTED -> new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[]{1.5f, 4f}, 0f);
        };
    }

    private static Shape marker(Line line) {
        return switch (line) {
            case SOLID -> new Ellipse2D.Double(-3.5, -3.5, 7, 7);
            case DASHED -> new Rectangle2D.Double(-3.5, -3.5, 7, 7);
            case DOTTED -> {
                Path2D triangle = new Path2D.Double();
                triangle.moveTo(0, -4.5);
                triangle.lineTo(4.5, 3.5);
                triangle.lineTo(-4.5, 3.5);
                triangle.closePath();
                yield triangle;
            }
        };
    }

    private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                Number value = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(value == null ? 0 : value, s.label(), categories.get(i));
            }
        }
        return data;
    }

    /** How the numbers of a scale are written: whole numbers, amounts, or percentages, in the locale. */
    static NumberFormat format(Scale scale, Locale locale) {
        return switch (scale) {
            case COUNT -> NumberFormat.getIntegerInstance(locale);
            case AMOUNT -> {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(0);
                yield f;
            }
            case FRACTION -> {
                NumberFormat f = NumberFormat.getPercentInstance(locale);
                f.setMinimumFractionDigits(0);
                f.setMaximumFractionDigits(1);
                yield f;
            }
        };
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data,
                                    org.jfree.chart.renderer.category.CategoryItemRenderer renderer, Scale scale,
                                    Locale locale, boolean legend) {
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(FONT);
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setAxisLineVisible(false);
        categoryAxis.setTickMarksVisible(false);
        // Month labels break onto a second line ("août" / "2026") rather than being cut.
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.1);
        NumberAxis valueAxis = new NumberAxis();
        if (scale == Scale.COUNT) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
            valueAxis.setAutoRangeMinimumSize(1);
        }
        valueAxis.setNumberFormatOverride(format(scale, locale));
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
}
