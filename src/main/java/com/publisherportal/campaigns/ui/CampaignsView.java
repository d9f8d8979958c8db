package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.CampaignColumns;
import com.publisherportal.campaigns.StorefrontTracker;
import com.publisherportal.campaigns.CampaignRow;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Charts;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Every campaign of the account with visits, calls to action, CTA % and leads over a range, with exports. */
@Route("campaigns")
@Menu(title = "nav.campaigns", order = 50, icon = "vaadin:megaphone")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.MARKETER})
public class CampaignsView extends VerticalLayout {

    private final StorefrontTracker tracker;
    private final long accountId;
    private final Clock clock;
    private final TableExporter exporter;
    private final Grid<CampaignRow> grid = new Grid<>();
    private final Select<Integer> months = new Select<>();
    private final ExportLinks exports = new ExportLinks();
    private final Image chart = new Image();

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
        NumberFormat percent = NumberFormat.getNumberInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        grid.setId("campaigns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        for (ExportColumn<CampaignRow> column : CampaignColumns.MODEL.all()) {
            var gridColumn = grid.addColumn(row -> {
                Object value = column.valueOf(row);
                return column.key().equals("ctaPercent") ? percent.format(value) + " %" : value == null ? "" : value.toString();
            }).setKey(column.key()).setHeader(getTranslation(column.headerKey())).setSortable(true);
            gridColumn.setComparator((a, b) -> compare(column.valueOf(a), column.valueOf(b)));
        }
        HorizontalLayout bar = new HorizontalLayout(months, exports);
        bar.setAlignItems(Alignment.BASELINE);
        chart.setId("campaigns-chart");
        chart.addClassName("insights-chart");
        chart.setAlt(getTranslation("campaigns.chart"));
        add(new Paragraph(getTranslation("campaigns.intro")), bar, chart, grid);
        refresh();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return ((Comparable) a).compareTo(b);
    }

    private LocalDate to() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private void refresh() {
        LocalDate to = to();
        LocalDate from = to.minusMonths(months.getValue()).plusDays(1);
        List<CampaignRow> rows = tracker.campaigns(accountId, from, to);
        grid.setItems(rows);
        List<CampaignRow> top = rows.stream().limit(10).toList();
        chart.setVisible(!top.isEmpty());
        chart.setSrc(Charts.dataUrl(Charts.barChart(getTranslation("campaigns.chart"),
                top.stream().map(r -> r.mktcmpid() + " · " + r.offerName()).toList(),
                top.stream().map(CampaignRow::visits).toList(), getTranslation("campaigns.col.visits"), getLocale(), 720, 280)));
        exports.set("campaigns-" + from + "-" + to,
                ExportOptions.of(Formats.zone(), getTranslation("campaigns.export.sheet")), rows::size,
                (format, options, out) -> exporter.<CampaignRow>export(format, CampaignColumns.MODEL.all(),
                        rows::forEach, out, options));
    }
}
