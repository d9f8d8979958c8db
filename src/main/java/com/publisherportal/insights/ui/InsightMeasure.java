package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.Charts;
import com.publisherportal.common.ui.Charts.Line;
import com.publisherportal.common.ui.Charts.Scale;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the insights summary measures, each with what a rise means to the publisher (more lost
 * customers is bad news), how its numbers count (whole orders, amounts, rates) and its own colour
 * and line, the same in every chart and card, whatever is drawn beside it.
 */
public enum InsightMeasure {
    ORDERS("orders", true, Scale.COUNT, Charts.BLUE, Line.SOLID),
    USAGE_HOURS("usage-hours", true, Scale.AMOUNT, Charts.TEAL, Line.SOLID),
    REVENUE("revenue", true, Scale.AMOUNT, Charts.PURPLE, Line.SOLID),
    NEW_CUSTOMERS("new-customers", true, Scale.COUNT, Charts.GREEN, Line.DASHED),
    LOST_CUSTOMERS("lost-customers", false, Scale.COUNT, Charts.RED, Line.DOTTED),
    PAGE_VISITS("page-visits", true, Scale.COUNT, Charts.ORANGE, Line.SOLID),
    CTA_RATE("cta-rate", true, Scale.FRACTION, new Color(0x8c, 0x23, 0x73), Line.SOLID);

    /** Whether a change is good or bad news for the publisher, or neither. */
    public enum Verdict {
        GOOD("insights-good"), BAD("insights-bad"), SAME(null);

        private final String className;

        Verdict(String className) {
            this.className = className;
        }

        /** The card's class that colours the change (green or red); null for no change. */
        public String className() {
            return className;
        }
    }

    private final String key;
    private final boolean higherIsBetter;
    private final Scale scale;
    private final Color colour;
    private final Line line;

    InsightMeasure(String key, boolean higherIsBetter, Scale scale, Color colour, Line line) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
        this.scale = scale;
        this.colour = colour;
        this.line = line;
    }

    /** The key in the bundle ({@code insights.kpi.<key>}) and in the card's id. */
    public String key() {
        return key;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public Scale scale() {
        return scale;
    }

    public Color colour() {
        return colour;
    }

    /** Whether going from {@code before} to {@code now} is good or bad news. */
    public Verdict verdict(BigDecimal before, BigDecimal now) {
        if (before == null || now == null) {
            return Verdict.SAME;
        }
        int rise = now.compareTo(before);
        if (rise == 0) {
            return Verdict.SAME;
        }
        return (rise > 0) == higherIsBetter ? Verdict.GOOD : Verdict.BAD;
    }

    /** This measure's series for a chart, in its own colour and line. */
    public Charts.Series series(String label, List<? extends Number> values) {
        return new Charts.Series(label, colour, line, values);
    }
}
