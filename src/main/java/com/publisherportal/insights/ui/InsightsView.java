package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.InsightSummary;
import com.publisherportal.insights.InsightTrendWorkbook;
import com.publisherportal.insights.MonthFigures;
import com.publisherportal.insights.Reports;
import com.publisherportal.insights.TrendingOffer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Div cards = new Div();
    private final Div charts = new Div();
    private final Grid<TrendingOffer> trending = new Grid<>();
    private final Anchor trendExport = new Anchor();
    private InsightSummary summary;

    private final GridExport<TrendingOffer> trendingExport = new GridExport<>(trending);

    public InsightsView(InsightService insights, OfferService offers, CurrentUser currentUser, TableExporter exporter) {
        this.insights = insights;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        setId("insights-summary");
        filters = new InsightFilterBar(insights, accountId, offers.offers(accountId), true);
        cards.addClassName("portal-cards");
        cards.setId("insights-cards");
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
                ? getTranslation("insights.trending.new") : signed(t.growthPercent()) + " %");
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
        cards.removeAll();
        MonthFigures cur = summary.current();
        MonthFigures prev = summary.previous();
        if (summary.financial()) {
            cards.add(card("orders", cur, prev, f -> BigDecimal.valueOf(f.orders()), v -> Formats.number(v.longValue())));
            cards.add(card("usage-hours", cur, prev, MonthFigures::usageHours, v -> Formats.number(v.longValue())));
            cards.add(card("revenue", cur, prev, MonthFigures::revenue, this::money));
        }
        cards.add(card("new-customers", cur, prev, f -> BigDecimal.valueOf(f.newCustomers()), v -> Formats.number(v.longValue())));
        cards.add(card("lost-customers", cur, prev, f -> BigDecimal.valueOf(f.lostCustomers()), v -> Formats.number(v.longValue())));
        cards.add(card("page-visits", cur, prev, f -> BigDecimal.valueOf(f.pageVisits()), v -> Formats.number(v.longValue())));
        cards.add(card("cta-rate", cur, prev, MonthFigures::callToActionRate, v -> v.setScale(2, java.math.RoundingMode.HALF_UP) + " %"));
        trending.setItems(summary.trendingOffers());
        drawCharts();
        trendExport.setHref(trendDownload());
    }

    private Component card(String key, MonthFigures cur, MonthFigures prev, Function<MonthFigures, BigDecimal> measure,
                           Function<BigDecimal, String> format) {
        BigDecimal now = measure.apply(cur);
        BigDecimal before = measure.apply(prev);
        Div card = new Div();
        card.addClassName("portal-card");
        card.setId("insights-kpi-" + key);
        Span title = new Span(getTranslation("insights.kpi." + key));
        title.addClassName("portal-card-title");
        Span value = new Span(now == null ? "–" : format.apply(now));
        value.addClassName("portal-card-value");
        String change;
        if (before == null || now == null) {
            change = getTranslation("insights.kpi.no-previous");
        } else if (before.signum() == 0) {
            change = getTranslation("insights.kpi.previous", format.apply(before), "–");
        } else {
            BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100))
                    .divide(before.abs(), 1, java.math.RoundingMode.HALF_UP);
            change = getTranslation("insights.kpi.previous", format.apply(before), signed(pct) + " %");
            card.addClassName(pct.signum() >= 0 ? "insights-up" : "insights-down");
        }
        Span detail = new Span(change);
        detail.addClassName("portal-card-detail");
        card.add(title, value, detail);
        return card;
    }

    private void drawCharts() {
        charts.removeAll();
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> months = summary.trend().stream().map(f -> monthLabel.format(f.month())).toList();
        if (summary.financial()) {
            Map<String, List<? extends Number>> orders = new LinkedHashMap<>();
            orders.put(getTranslation("insights.kpi.orders"), summary.trend().stream().map(MonthFigures::orders).toList());
            orders.put(getTranslation("insights.kpi.new-customers"), summary.trend().stream().map(MonthFigures::newCustomers).toList());
            orders.put(getTranslation("insights.kpi.lost-customers"), summary.trend().stream().map(MonthFigures::lostCustomers).toList());
            charts.add(chart("orders", Charts.lineChart(getTranslation("insights.chart.orders"), months, orders, getLocale(), 520, 280)));
            charts.add(chart("revenue", Charts.barChart(getTranslation("insights.chart.revenue"), months,
                    summary.trend().stream().map(MonthFigures::revenue).toList(), getTranslation("insights.kpi.revenue"),
                    getLocale(), 520, 280)));
            Map<String, List<? extends Number>> usage = new LinkedHashMap<>();
            usage.put(getTranslation("insights.kpi.usage-hours"), summary.trend().stream().map(MonthFigures::usageHours).toList());
            charts.add(chart("usage", Charts.lineChart(getTranslation("insights.chart.usage"), months, usage, getLocale(), 520, 280)));
        } else {
            Map<String, List<? extends Number>> customers = new LinkedHashMap<>();
            customers.put(getTranslation("insights.kpi.new-customers"), summary.trend().stream().map(MonthFigures::newCustomers).toList());
            customers.put(getTranslation("insights.kpi.lost-customers"), summary.trend().stream().map(MonthFigures::lostCustomers).toList());
            charts.add(chart("customers", Charts.lineChart(getTranslation("insights.chart.customers"), months, customers, getLocale(), 520, 280)));
        }
        Map<String, List<? extends Number>> visits = new LinkedHashMap<>();
        visits.put(getTranslation("insights.kpi.page-visits"), summary.trend().stream().map(MonthFigures::pageVisits).toList());
        charts.add(chart("visits", Charts.lineChart(getTranslation("insights.chart.visits"), months, visits, getLocale(), 520, 280)));
        Map<String, List<? extends Number>> rate = new LinkedHashMap<>();
        rate.put(getTranslation("insights.kpi.cta-rate"), summary.trend().stream().map(MonthFigures::callToActionRate).toList());
        charts.add(chart("cta", Charts.lineChart(getTranslation("insights.chart.cta"), months, rate, getLocale(), 520, 280)));
    }

    private Image chart(String id, String svg) {
        Image image = new Image(Charts.dataUrl(svg), getTranslation("insights.chart." + id));
        image.setId("insights-chart-" + id);
        image.addClassName("insights-chart");
        return image;
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

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
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
