package com.publisherportal.campaigns.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.campaigns.CampaignColumns;
import com.publisherportal.campaigns.StorefrontTracker;
import com.publisherportal.campaigns.CampaignRow;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.common.ui.ResponsiveChart;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Every campaign of the account with visits, calls to action, CTA rate and leads over whole
 * calendar months, with exports. The months are the insights' (the last complete ones where the
 * user is), and a call to action counts with its visit, as in Marketplace insights, so the same
 * storefront visits give the same figures on both pages; the note says why Marketplace insights
 * can still show more (visits the marketplace reports).
 */
@Route("campaigns")
@Menu(title = "nav.campaigns", order = 50, icon = "vaadin:megaphone")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.MARKETER})
public class CampaignsView extends VerticalLayout {

    private final StorefrontTracker tracker;
    private final long accountId;
    private final Clock clock;
    private final TableExporter exporter;
    private final Grid<CampaignRow> grid = new PortalGrid<>();
    private final Select<Integer> months = new Select<>();
    private final ExportLinks exports = new ExportLinks();
    private final ResponsiveChart chart;
    private final Span period = new Span();

    public CampaignsView(StorefrontTracker tracker, CurrentUser currentUser, Clock clock, TableExporter exporter) {
        this.tracker = tracker;
        this.accountId = currentUser.require().accountId();
        this.clock = clock;
        this.exporter = exporter;
        addClassName("portal-page");
        setSizeFull();
        months.setLabel(getTranslation("campaigns.range"));
        months.setItems(1, 3, 6, 12);
        months.setItemLabelGenerator(m -> getTranslation("campaigns.range.months", m));
        months.setValue(6);
        months.setId("campaigns-range");
        months.addValueChangeListener(e -> refresh());
        period.setId("campaigns-period");
        period.addClassName("insights-note");
        grid.setId("campaigns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // An account has a few dozen campaign links at most: all rows, not a grid squeezed under the chart.
        grid.setAllRowsVisible(true);
        for (ExportColumn<CampaignRow> column : CampaignColumns.MODEL.all()) {
            var gridColumn = grid.addColumn(row -> {
                Object value = column.valueOf(row);
                return column.key().equals("ctaPercent") ? Formats.percent(row.ctaPercent() / 100, 1)
                        : value instanceof Long n ? Formats.number(n) : value == null ? "" : value.toString();
            }).setKey(column.key()).setHeader(getTranslation(column.headerKey())).setSortable(true).setAutoWidth(true);
            gridColumn.setComparator((a, b) -> compare(column.valueOf(a), column.valueOf(b)));
            if (column.type() != com.publisherportal.common.export.ColumnType.TEXT) {
                gridColumn.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        HorizontalLayout bar = new HorizontalLayout(months, period, exports);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.addClassName("campaigns-bar");
        chart = new ResponsiveChart("campaigns-chart", getTranslation("campaigns.chart"));
        Paragraph note = new Paragraph(getTranslation("campaigns.note"));
        note.addClassName("insights-note");
        note.setId("campaigns-note");
        add(new Paragraph(getTranslation("campaigns.intro")), bar, note, chart, grid);
        refresh();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return ((Comparable) a).compareTo(b);
    }

    /** The last complete months where the user is, as the insights count them. */
    private YearMonth lastMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), Formats.zone())).minusMonths(1);
    }

    private void refresh() {
        YearMonth last = lastMonth();
        YearMonth first = last.minusMonths(months.getValue() - 1L);
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        period.setText(first.equals(last) ? monthLabel.format(first)
                : getTranslation("campaigns.period", monthLabel.format(first), monthLabel.format(last)));
        List<CampaignRow> rows = tracker.campaigns(accountId, from, to);
        grid.setItems(rows);
        List<CampaignRow> top = rows.stream().limit(10).toList();
        chart.setVisible(!top.isEmpty());
        List<String> labels = top.stream().map(r -> getTranslation("campaigns.chart.label", r.mktcmpid(),
                r.src() == null ? "–" : r.src(), r.offerName())).toList();
        Charts.Series visits = new Charts.Series(getTranslation("campaigns.col.visits"), Charts.ORANGE,
                top.stream().map(CampaignRow::visits).toList());
        String title = getTranslation("campaigns.chart");
        Locale locale = getLocale();
        chart.set(() -> Charts.horizontalBarChart(title, labels, visits, Charts.Scale.COUNT, locale, 1000),
                () -> Charts.horizontalBarChart(title, labels, visits, Charts.Scale.COUNT, locale, 360));
        exports.set("campaigns-" + from + "-" + to,
                ExportOptions.of(Formats.zone(), getTranslation("campaigns.export.sheet")), rows::size,
                (format, options, out) -> exporter.<CampaignRow>export(format, CampaignColumns.MODEL.all(),
                        rows::forEach, out, options));
    }
}
