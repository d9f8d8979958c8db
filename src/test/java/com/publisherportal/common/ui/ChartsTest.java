package com.publisherportal.common.ui;

import com.publisherportal.common.ui.Charts.Scale;
import com.publisherportal.common.ui.Charts.Series;
import com.publisherportal.insights.ui.InsightMeasure;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-side charts as a reader sees them: colours by series, whole-number ticks, whole labels. */
class ChartsTest {

    private static final List<String> MONTHS = List.of("Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026");

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    /** The texts the SVG draws (JFreeSVG writes text as text elements). */
    private static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&#160;", "\u00a0"));
        }
        return texts;
    }

    private static Series measure(InsightMeasure measure, List<? extends Number> values) {
        return measure.series(measure.key(), values);
    }

    @Test
    void aSeriesKeepsItsColourWhateverIsDrawnBesideIt() {
        List<Long> values = List.of(3L, 1L, 4L, 1L);
        String withOrders = Charts.lineChart("Orders", MONTHS, List.of(measure(InsightMeasure.ORDERS, values),
                measure(InsightMeasure.NEW_CUSTOMERS, values), measure(InsightMeasure.LOST_CUSTOMERS, values)),
                Scale.COUNT, Locale.ENGLISH, 560, 300);
        String customersOnly = Charts.lineChart("Customers", MONTHS, List.of(measure(InsightMeasure.NEW_CUSTOMERS, values),
                measure(InsightMeasure.LOST_CUSTOMERS, values)), Scale.COUNT, Locale.ENGLISH, 560, 300);

        String green = rgb(InsightMeasure.NEW_CUSTOMERS.colour());
        String red = rgb(InsightMeasure.LOST_CUSTOMERS.colour());
        String blue = rgb(InsightMeasure.ORDERS.colour());
        assertThat(withOrders).contains(blue, green, red);
        assertThat(customersOnly).as("new customers stay green and lost customers red without orders first")
                .contains(green, red).doesNotContain(blue);
        assertThat(InsightMeasure.LOST_CUSTOMERS.colour()).isEqualTo(Charts.RED);
        assertThat(java.util.Arrays.stream(InsightMeasure.values()).map(InsightMeasure::colour).distinct())
                .as("every measure has its own colour").hasSize(InsightMeasure.values().length);
    }

    @Test
    void overlappingLinesAreToldApartByTheirDash() {
        List<Long> same = List.of(2L, 2L, 2L, 2L);
        String svg = Charts.lineChart("Customers", MONTHS, List.of(measure(InsightMeasure.NEW_CUSTOMERS, same),
                measure(InsightMeasure.LOST_CUSTOMERS, same)), Scale.COUNT, Locale.ENGLISH, 560, 300);
        assertThat(svg).contains("stroke-dasharray");
        assertThat(texts(svg)).as("a legend names both").contains("new-customers", "lost-customers");
    }

    @Test
    void countsHaveWholeNumberTicks() {
        String svg = Charts.lineChart("Orders", MONTHS, List.of(measure(InsightMeasure.ORDERS, List.of(0L, 1L, 3L, 2L))),
                Scale.COUNT, Locale.ENGLISH, 560, 300);
        List<String> numbers = texts(svg).stream().filter(t -> t.matches("[0-9.,\u00a0\u202f]+")).toList();
        assertThat(numbers).contains("0", "1", "2", "3").noneMatch(t -> t.contains(".") || t.contains(","));

        String zero = Charts.lineChart("Orders", MONTHS, List.of(measure(InsightMeasure.ORDERS, List.of(0L, 0L, 0L, 0L))),
                Scale.COUNT, Locale.ENGLISH, 560, 300);
        assertThat(texts(zero).stream().filter(t -> t.matches("[0-9.,]+"))).noneMatch(t -> t.contains("."));
    }

    @Test
    void axisNumbersAndRatesAreWrittenInTheReadersLanguage() {
        String visits = Charts.lineChart("Visites", MONTHS, List.of(measure(InsightMeasure.PAGE_VISITS,
                List.of(0L, 12_000L, 25_000L, 30_000L))), Scale.COUNT, Locale.FRENCH, 560, 300);
        assertThat(texts(visits)).anyMatch(t -> t.matches("\\d{2}[\u00a0\u202f]000"));
        String rates = Charts.lineChart("Taux", MONTHS, List.of(measure(InsightMeasure.CTA_RATE,
                List.of(0.05, 0.061, 0.07, 0.069))), Scale.FRACTION, Locale.FRENCH, 560, 300);
        assertThat(texts(rates)).anyMatch(t -> t.matches("\\d+(,\\d)?[\u00a0\u202f]%"));
    }

    @Test
    void horizontalBarsShowWholeLabelsAndTheirValuesAtEveryWidth() {
        List<String> labels = List.of("blogpost_12 (website) · Contoso Analytics Enterprise Edition",
                "spring_26 (linkedin) · Contoso Advisory", "newsletter (email) · Contoso Secure VM");
        Series visits = new Series("Visits", Charts.ORANGE, List.of(5568L, 819L, 40L));
        for (int width : new int[]{1000, 360}) {
            String svg = Charts.horizontalBarChart("Visits per campaign", labels, visits, Scale.COUNT, Locale.ENGLISH, width);
            assertThat(texts(svg)).as("at %d px", width).containsAll(labels).contains("5,568", "819", "40")
                    .noneMatch(t -> t.contains("…"));
            assertThat(svg).contains(rgb(Charts.ORANGE));
        }
    }

    @Test
    void anOfferNameIsWrittenAsTextNeverAsMarkup() {
        String svg = Charts.horizontalBarChart("Visits", List.of("<script>alert(1)</script> & co"),
                new Series("Visits", Charts.ORANGE, List.of(3L)), Scale.COUNT, Locale.ENGLISH, 360);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }
}
