package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.common.ui.Markup;
import com.publisherportal.common.ui.ResponsiveChart;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.InsightSummary;
import com.publisherportal.insights.InsightTrendWorkbook;
import com.publisherportal.insights.MonthFigures;
import com.publisherportal.insights.Reports;
import com.publisherportal.insights.TrendingOffer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.nodes.Element;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The insights summary: the range's figures against the previous period, trend charts drawn on
 * the server, trending offers, and the trend as a workbook with native Excel charts. Orders,
 * usage and revenue appear only for roles that may see money (the service leaves them out).
 */
@Route("insights")
@Menu(title = "nav.insights", order = 30, icon = "vaadin:chart")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER})
public class InsightsView extends VerticalLayout {

    private final InsightService insights;
    private final long accountId;
    private final InsightFilterBar filters;
    /** The figures' cards as markup (texts only): 28 components kept about 14 KB in every open summary (issue 20). */
    private final Html cards = Markup.html(cardsRoot());
    private final Div charts = new Div();
    private final Grid<TrendingOffer> trending = new PortalGrid<>();
    private final Anchor trendExport = new Anchor();
    private InsightSummary summary;

    private final GridExport<TrendingOffer> trendingExport = new GridExport<>(trending);

    public InsightsView(InsightService insights, OfferService offers, CurrentUser currentUser, TableExporter exporter) {
        this.insights = insights;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setId("insights-summary");
        filters = new InsightFilterBar(insights, accountId, offers.offers(accountId), true);
        charts.addClassName("insights-charts");
        trending.setId("insights-trending");
        trending.addThemeVariants(GridVariant.LUMO_COMPACT);
        trending.setAllRowsVisible(true);
        trendingExport.text("offerName", getTranslation("insights.col.offerName"), TrendingOffer::offerName);
        trendingExport.decimal("current", getTranslation("insights.trending.current"), TrendingOffer::current,
                t -> summary.financial() ? money(t.current()) : Formats.number(t.current().longValue()));
        trendingExport.decimal("previous", getTranslation("insights.trending.previous"), TrendingOffer::previous,
                t -> summary.financial() ? money(t.previous()) : Formats.number(t.previous().longValue()));
        trendingExport.text("growth", getTranslation("insights.trending.growth"), t -> t.growthPercent() == null
                ? getTranslation("insights.trending.new") : signedPercent(t.growthPercent().doubleValue() / 100));
        trendingExport.bind(exporter, "trending-offers", getTranslation("insights.trending.export.sheet"),
                () -> insights.summary(accountId, filters.range(), filters.slice()).trendingOffers());
        trendExport.setId("export-trend");
        trendExport.setText(getTranslation("insights.export.trend"));
        trendExport.getElement().setAttribute("download", true);
        trendExport.addClassName("portal-export");

        add(new InsightNav(currentUser.require().accountRole(), Reports.SUMMARY_ROUTE), filters, trendExport, cards, charts,
                new H3(getTranslation("insights.trending.title")), trendingExport.links(), trending);
        filters.addChangeListener(this::refresh);
        refresh();
    }

    private void refresh() {
        summary = insights.summary(accountId, filters.range(), filters.slice());
        Element cardsNow = cardsRoot();
        MonthFigures cur = summary.current();
        MonthFigures prev = summary.previous();
        java.util.function.Function<BigDecimal, String> count = v -> Formats.number(v.longValue());
        if (summary.financial()) {
            card(cardsNow, InsightMeasure.ORDERS, cur, prev, f -> BigDecimal.valueOf(f.orders()), count);
            card(cardsNow, InsightMeasure.USAGE_HOURS, cur, prev, MonthFigures::usageHours, count);
            card(cardsNow, InsightMeasure.REVENUE, cur, prev, MonthFigures::revenue, this::money);
        }
        card(cardsNow, InsightMeasure.NEW_CUSTOMERS, cur, prev, f -> BigDecimal.valueOf(f.newCustomers()), count);
        card(cardsNow, InsightMeasure.LOST_CUSTOMERS, cur, prev, f -> BigDecimal.valueOf(f.lostCustomers()), count);
        card(cardsNow, InsightMeasure.PAGE_VISITS, cur, prev, f -> BigDecimal.valueOf(f.pageVisits()), count);
        card(cardsNow, InsightMeasure.CTA_RATE, cur, prev, MonthFigures::callToActionRate, InsightsView::rate);
        cards.setHtmlContent(cardsNow.outerHtml());
        trending.setItems(summary.trendingOffers());
        drawCharts();
        trendExport.setHref(trendDownload());
    }

    private static Element cardsRoot() {
        return Markup.root("div").id("insights-cards").addClass("portal-cards");
    }

    /** A rate kept in percent (6.90) as the reader writes it ("6.9%", "6,9 %"). */
    static String rate(BigDecimal percent) {
        return percent == null ? "" : Formats.percent(percent.doubleValue() / 100, 1);
    }

    /**
     * A figure against the previous period. The change is green when it is good news for the
     * publisher and red when it is bad, by the measure ({@link InsightMeasure#higherIsBetter()}):
     * more lost customers is red.
     */
    private void card(Element cards, InsightMeasure measure, MonthFigures cur, MonthFigures prev,
                      Function<MonthFigures, BigDecimal> figure, Function<BigDecimal, String> format) {
        String key = measure.key();
        BigDecimal now = figure.apply(cur);
        BigDecimal before = figure.apply(prev);
        Element card = cards.appendElement("div").addClass("portal-card").id("insights-kpi-" + key);
        card.appendElement("span").addClass("portal-card-title").text(getTranslation("insights.kpi." + key));
        card.appendElement("span").addClass("portal-card-value").text(now == null ? "–" : format.apply(now));
        String change;
        if (before == null || now == null) {
            change = getTranslation("insights.kpi.no-previous");
        } else if (before.signum() == 0) {
            change = getTranslation("insights.kpi.previous", format.apply(before), "–");
        } else {
            // A rate's change is told in points (7.6% to 7.2% is -0.4 pts), not as a percentage of a percentage.
            String difference = measure.scale() == Charts.Scale.FRACTION ? points(now.subtract(before))
                    : signedPercent(now.subtract(before).doubleValue() / before.abs().doubleValue());
            change = getTranslation("insights.kpi.previous", format.apply(before), difference);
            String verdict = measure.verdict(before, now).className();
            if (verdict != null) {
                card.addClass(verdict);
            }
        }
        card.appendElement("span").addClass("portal-card-detail").text(change);
    }

    /** A change of a rate kept in percent, in percentage points with one decimal: "+0.4 pts", "-1,2 pt". */
    private String points(BigDecimal difference) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return getTranslation("insights.kpi.points", (difference.signum() > 0 ? "+" : "") + format.format(difference));
    }

    /** A change as a signed percentage with one decimal: "+12.5%", "-3,0 %". */
    static String signedPercent(double fraction) {
        return (fraction > 0 ? "+" : "") + Formats.percent(fraction, 1);
    }

    private void drawCharts() {
        charts.removeAll();
        // Everything a drawing needs is computed here: it runs later, when the browser asks for the image.
        Locale locale = getLocale();
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<MonthFigures> trend = summary.trend();
        List<String> months = trend.stream().map(f -> monthLabel.format(f.month())).toList();
        Charts.Series newCustomers = series(InsightMeasure.NEW_CUSTOMERS, trend.stream().map(MonthFigures::newCustomers).toList());
        Charts.Series lostCustomers = series(InsightMeasure.LOST_CUSTOMERS, trend.stream().map(MonthFigures::lostCustomers).toList());
        if (summary.financial()) {
            String orders = getTranslation("insights.chart.orders");
            List<Charts.Series> ordersSeries = List.of(series(InsightMeasure.ORDERS, trend.stream().map(MonthFigures::orders).toList()),
                    newCustomers, lostCustomers);
            charts.add(chart("orders", (w, h) -> Charts.lineChart(orders, months, ordersSeries, Charts.Scale.COUNT, locale, w, h)));
            String revenue = getTranslation("insights.chart.revenue");
            Charts.Series revenueSeries = series(InsightMeasure.REVENUE, trend.stream().map(MonthFigures::revenue).toList());
            charts.add(chart("revenue", (w, h) -> Charts.barChart(revenue, months, revenueSeries,
                    InsightMeasure.REVENUE.scale(), locale, w, h)));
            String usage = getTranslation("insights.chart.usage");
            List<Charts.Series> usageSeries = List.of(series(InsightMeasure.USAGE_HOURS, trend.stream().map(MonthFigures::usageHours).toList()));
            charts.add(chart("usage", (w, h) -> Charts.lineChart(usage, months, usageSeries,
                    InsightMeasure.USAGE_HOURS.scale(), locale, w, h)));
        } else {
            String customers = getTranslation("insights.chart.customers");
            List<Charts.Series> customerSeries = List.of(newCustomers, lostCustomers);
            charts.add(chart("customers", (w, h) -> Charts.lineChart(customers, months, customerSeries, Charts.Scale.COUNT,
                    locale, w, h)));
        }
        String visits = getTranslation("insights.chart.visits");
        List<Charts.Series> visitSeries = List.of(series(InsightMeasure.PAGE_VISITS, trend.stream().map(MonthFigures::pageVisits).toList()));
        charts.add(chart("visits", (w, h) -> Charts.lineChart(visits, months, visitSeries,
                InsightMeasure.PAGE_VISITS.scale(), locale, w, h)));
        // The rate is kept in percent (6.90); the chart's percent axis counts fractions (0.069).
        String cta = getTranslation("insights.chart.cta");
        List<Charts.Series> ctaSeries = List.of(series(InsightMeasure.CTA_RATE, trend.stream().map(f -> f.callToActionRate() == null ? null
                : (Number) (f.callToActionRate().doubleValue() / 100)).toList()));
        charts.add(chart("cta", (w, h) -> Charts.lineChart(cta, months, ctaSeries, InsightMeasure.CTA_RATE.scale(), locale, w, h)));
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 300;
    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 300;

    private Charts.Series series(InsightMeasure measure, List<? extends Number> values) {
        return measure.series(getTranslation("insights.kpi." + measure.key()), values);
    }

    /** A chart drawn at a given size, from what it captured (not from the view: it runs when the image is fetched). */
    private interface Drawing extends java.io.Serializable {
        String draw(int width, int height);
    }

    /** A chart drawn for a wide screen and again for a phone, so a phone's text is not shrunk to a third. */
    private ResponsiveChart chart(String id, Drawing drawing) {
        ResponsiveChart chart = new ResponsiveChart("insights-chart-" + id, getTranslation("insights.chart." + id));
        chart.set(() -> drawing.draw(WIDTH, HEIGHT), () -> drawing.draw(PHONE_WIDTH, PHONE_HEIGHT));
        return chart;
    }

    private String money(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(Currency.getInstance("USD"));
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    private DownloadHandler trendDownload() {
        var range = filters.range();
        var slice = filters.slice();
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        InsightTrendWorkbook.Labels labels = new InsightTrendWorkbook.Labels(
                getTranslation("insights.workbook.summary"), getTranslation("insights.workbook.trend"),
                getTranslation("insights.workbook.title"),
                getTranslation("insights.workbook.range", monthLabel.format(range.first()), monthLabel.format(range.last())),
                getTranslation("insights.workbook.measure"), getTranslation("insights.trending.current"),
                getTranslation("insights.trending.previous"), getTranslation("insights.trending.growth"),
                getTranslation("insights.workbook.month"), getTranslation("insights.col.monthStart"),
                getTranslation("insights.kpi.orders"), getTranslation("insights.kpi.usage-hours"),
                getTranslation("insights.kpi.revenue"), getTranslation("insights.kpi.new-customers"),
                getTranslation("insights.kpi.lost-customers"), getTranslation("insights.kpi.page-visits"),
                getTranslation("insights.kpi.cta-rate"), getTranslation("insights.chart.customers"),
                getTranslation(summary.financial() ? "insights.chart.revenue" : "insights.chart.visits"));
        return event -> {
            event.setFileName("insights-trend-" + range.first() + "-" + range.last() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                insights.exportTrend(accountId, range, slice, labels, out);
            }
        };
    }
}
