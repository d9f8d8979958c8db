package com.publisherportal.insights;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.publisherportal.insights.ui.DeploymentsView;
import com.publisherportal.insights.ui.InsightGridView;
import com.publisherportal.insights.ui.MarketplaceView;
import com.publisherportal.insights.ui.OrdersView;
import com.publisherportal.insights.ui.UsageView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.publisherportal.common.ui.ChoicePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.publisherportal.common.ui.ChartImage;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four insights grids (orders, usage, marketplace insights, deployments) through the views:
 * who may open them, their columns and column chooser, and how range, market, offer, search and
 * sort change the rows the grid fetches, on the demo data (read only).
 */
@PortalSpringTest
@ActiveProfiles("test")
class InsightGridViewsUiTest extends KaribuTest {

    private static final String CONTOSO_OWNER = "owner@contoso.example";
    private static final String FABRIKAM_OWNER = "owner@fabrikam.example";
    private static final String CONTOSO_SAAS = "Contoso Analytics";
    private static final String CONTOSO_CONSULTING = "Contoso: 2-Week Implementation";
    private static final String FABRIKAM_LIVE = "Fabrikam Backup";
    private static final String NOTHING_MATCHES = "no-such-value-zq";

    /**
     * One grid view and what its rows hold: the columns (all, and hidden by default), the date
     * column it sorts and ranges on, the customer's country, the offer, a numeric column to sort
     * by, and the values its search looks into (and a value of a row to search for).
     */
    record Report<T>(String path, Class<? extends InsightGridView<T>> view, String viewId,
                     List<String> columns, Set<String> hidden,
                     String dateKey, Function<T, LocalDate> date,
                     String countryKey, Function<T, String> country,
                     Function<T, String> offerName,
                     String numberKey, ToDoubleFunction<T> number,
                     Function<T, List<String>> searched, Function<T, String> searchTerm) {

        @Override
        public String toString() {
            return path;
        }
    }

    static final Report<OrderRow> ORDERS = new Report<>("insights/orders", OrdersView.class, "insights-orders",
            List.of("purchaseDate", "offerName", "offerType", "sku", "customerCountry", "azureLicenseType",
                    "marketplaceLicenseType", "orderQuantity", "orderStatus", "cancelDate", "trialEndDate",
                    "newCustomer", "source", "monthStart", "orderId", "marketplaceSubscriptionId"),
            Set.of("monthStart", "orderId", "marketplaceSubscriptionId", "trialEndDate"),
            "purchaseDate", OrderRow::purchaseDate,
            "customerCountry", OrderRow::customerCountry,
            OrderRow::offerName,
            "orderQuantity", OrderRow::orderQuantity,
            r -> List.of(r.orderId(), r.marketplaceSubscriptionId()), OrderRow::orderId);

    static final Report<UsageRow> USAGE = new Report<>("insights/usage", UsageView.class, "insights-usage",
            List.of("usageDate", "offerName", "sku", "vmSize", "customerCountry", "azureLicenseType",
                    "marketplaceLicenseType", "newCustomer", "normalizedUsage", "rawUsage", "meteredUsage", "usageUnit",
                    "estimatedCharge", "marketplaceSubscriptionId", "source"),
            Set.of("rawUsage", "meteredUsage", "marketplaceSubscriptionId", "usageUnit"),
            "usageDate", UsageRow::usageDate,
            "customerCountry", UsageRow::customerCountry,
            UsageRow::offerName,
            "estimatedCharge", r -> r.estimatedCharge().doubleValue(),
            r -> List.of(r.marketplaceSubscriptionId()), UsageRow::marketplaceSubscriptionId);

    static final Report<VisitRow> MARKETPLACE = new Report<>("insights/marketplace", MarketplaceView.class,
            "insights-marketplace",
            List.of("date", "offerName", "referralDomain", "country", "campaignSource", "campaignId", "pageVisits",
                    "getItNow", "contactMe", "testDrive", "freeTrial", "callToActionRate"),
            Set.of(),
            "date", VisitRow::date,
            "country", VisitRow::country,
            VisitRow::offerName,
            "pageVisits", VisitRow::pageVisits,
            r -> List.of(r.referralDomain(), r.campaignSource(), r.campaignId()), VisitRow::referralDomain);

    static final Report<DeploymentRow> DEPLOYMENTS = new Report<>("insights/deployments", DeploymentsView.class,
            "insights-deployments",
            List.of("date", "trackingGuid", "offerName", "method", "customerCountry", "azureRegion", "deployments",
                    "succeeded"),
            Set.of(),
            "date", DeploymentRow::date,
            "customerCountry", DeploymentRow::customerCountry,
            DeploymentRow::offerName,
            "deployments", DeploymentRow::deployments,
            r -> List.of(r.trackingGuid(), r.azureRegion()), DeploymentRow::trackingGuid);

    static Stream<Report<?>> reports() {
        return Stream.of(ORDERS, USAGE, MARKETPLACE, DEPLOYMENTS);
    }

    @Autowired InsightService insights;

    // ------------------------------------------------------------------ helpers

    /** Signs in, opens the report in English and returns its view. */
    @SuppressWarnings("unchecked")
    private <T> InsightGridView<T> open(String email, Report<T> report) {
        login(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(report.path());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(report.view());
        return (InsightGridView<T>) UI.getCurrent().getCurrentView();
    }

    /** A column's header as shown: its text, in the span that carries the definition's tooltip (issue 21). */
    private static String headerText(Grid.Column<?> column) {
        return markupOf((com.vaadin.flow.component.Html) column.getHeaderComponent()).ownText();
    }

    /** The open report's grid. */
    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(Report<T> report) {
        return _get(Grid.class, spec -> spec.withId("insights-grid"));
    }

    /** Every row the grid fetches for its filter and sort (one query, as an export would read them). */
    private static <T> List<T> rows(Report<T> report) {
        return grid(report).getGenericDataView().getItems().toList();
    }

    /** The first rows, as the grid fetches its first page. */
    private static <T> List<T> firstRows(Report<T> report, int count) {
        return GridKt._fetch(grid(report), 0, count);
    }

    @SuppressWarnings("unchecked")
    private static <T> ChoicePicker<T> combo(String id) {
        return _get(ChoicePicker.class, spec -> spec.withId(id));
    }

    private static void pickRange(RangePreset preset) {
        userSets(combo("insights-range"), preset);
    }

    private static void pickMarket(String market) {
        userSets(combo("insights-market"), market);
    }

    private static List<Offer> offersToPick() {
        return InsightGridViewsUiTest.<Offer>combo("insights-offer").getItems();
    }

    private static void pickOffer(String name) {
        userSets(combo("insights-offer"),
                offersToPick().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow());
    }

    private static void search(String text) {
        userSets(_get(TextField.class, spec -> spec.withId("insights-search")), text);
    }

    private static <T> void sortBy(Report<T> report, String key, SortDirection direction) {
        Grid<T> grid = grid(report);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(key), direction)));
    }

    private static void toggleColumn(String key) {
        toggleColumn("insights", key);
    }

    /** The chart's SVG as its image URL serves it; the page holds a resource URL, not the document. */
    private static String svgOf(Image image) {
        assertThat(image.getSrc()).startsWith("VAADIN/dynamic/resource/");
        return ((ChartImage) image).svg();
    }

    /** The chart above the grid, without the per-drawing prefix JFreeSVG gives its clip-path ids. */
    private static String chartSvg() {
        return svgOf(_get(Image.class, spec -> spec.withClasses("insights-chart"))).replaceAll("_\\d{6,}", "_");
    }

    private static <T> long sum(List<T> rows, ToDoubleFunction<T> value) {
        return Math.round(rows.stream().mapToDouble(value).sum());
    }

    private InsightRange rangeOf(RangePreset preset) {
        return insights.range(preset, ZoneOffset.UTC);
    }

    private static <T> void assertAllIn(List<T> rows, Report<T> report, InsightRange range) {
        assertThat(rows).allSatisfy(r -> assertThat(range.contains(report.date().apply(r)))
                .as("%s within %s", report.date().apply(r), range).isTrue());
    }

    private static List<String> paths(String spaceSeparated) {
        return spaceSeparated == null ? List.of() : Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }

    // ------------------------------------------------------------------ access

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "owner@contoso.example     | insights/orders insights/usage insights/marketplace insights/deployments |",
            "manager@contoso.example   | insights/orders insights/usage insights/marketplace insights/deployments |",
            "finance@contoso.example   | insights/orders insights/usage insights/marketplace insights/deployments |",
            "marketer@contoso.example  | insights/marketplace insights/deployments | insights/orders insights/usage",
            "developer@contoso.example | insights/deployments | insights/orders insights/usage insights/marketplace"})
    void eachRoleOpensTheReportsItMayReadLinksOnlyThoseAndIsRefusedTheOthers(String email, String allowed,
                                                                               String refused) {
        login(email);
        for (String path : paths(allowed)) {
            navigate(path);
            Report<?> report = reports().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(report.view());
            assertThat(((InsightGridView<?>) UI.getCurrent().getCurrentView()).getId()).contains(report.viewId());
            assertThat(firstRows(report, 1)).as("rows of %s for %s", path, email).hasSize(1);
            for (Report<?> other : reports().toList()) {
                List<org.jsoup.nodes.Element> link = insightNavLinks().stream()
                        .filter(a -> a.id().equals("insights-nav-" + other.path().replace('/', '-'))).toList();
                assertThat(link).as("link to %s on %s", other.path(), path)
                        .hasSize(paths(allowed).contains(other.path()) ? 1 : 0);
                link.forEach(a -> assertThat(a.hasClass("current")).isEqualTo(other == report));
                link.forEach(a -> assertThat(a.attr("href")).isEqualTo(other.path()));
            }
        }
        for (String path : paths(refused)) {
            assertNotFound(() -> navigate(path));
        }
    }

    // ------------------------------------------------------------------ columns

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theGridHasTheReportsColumnsHidesSomeAndTheColumnMenuTogglesThem(Report<T> report) {
        InsightGridView<T> view = open(CONTOSO_OWNER, report);
        Grid<T> grid = grid(report);
        List<String> shown = report.columns().stream().filter(k -> !report.hidden().contains(k)).toList();

        // A hidden column is created when it is first shown (each keeps about 6 KB in the session).
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).containsExactlyElementsOf(shown);
        assertThat(view.visibleColumns()).containsExactlyElementsOf(shown);
        for (String key : report.columns()) {
            assertThat(columnTick("insights", key).getValue()).as(key).isEqualTo(!report.hidden().contains(key));
        }

        // Hide a shown column, then show it again: it comes back where it was.
        toggleColumn("offerName");
        assertThat(grid.getColumnByKey("offerName").isVisible()).isFalse();
        assertThat(columnTick("insights", "offerName").getValue()).isFalse();
        assertThat(view.visibleColumns()).doesNotContain("offerName").hasSize(shown.size() - 1);
        toggleColumn("offerName");
        assertThat(view.visibleColumns()).containsExactlyElementsOf(shown);

        // Show every hidden column: the grid then shows them all, in the report's order, each
        // headed as its tick is labelled.
        report.hidden().forEach(InsightGridViewsUiTest::toggleColumn);
        assertThat(view.visibleColumns()).containsExactlyElementsOf(report.columns());
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).containsExactlyElementsOf(report.columns());
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.isVisible()).isTrue());
        for (String key : report.columns()) {
            assertThat(headerText(grid.getColumnByKey(key))).isNotBlank().doesNotStartWith("insights.")
                    .isEqualTo(columnTick("insights", key).getLabel());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void rowsComeFromTheDemoDataAndReadAsAUserExpects(Report<T> report) {
        open(CONTOSO_OWNER, report);
        List<T> page = firstRows(report, 50);
        assertThat(page).hasSizeGreaterThan(10);
        T first = page.getFirst();
        Grid<T> grid = grid(report);

        String country = report.country().apply(first);
        assertThat(GridKt._getFormatted(grid, 0, report.countryKey()))
                .isEqualTo(Locale.of("", country).getDisplayCountry(Locale.ENGLISH)).isNotEqualTo(country);
        assertThat(GridKt._getFormatted(grid, 0, report.dateKey())).isEqualTo(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(report.date().apply(first)));
        // Every cell of the first page is translated (a missing translation shows its key).
        for (int row = 0; row < page.size(); row++) {
            assertThat(GridKt._getFormattedRow(grid, row)).allSatisfy(cell -> assertThat(cell)
                    .doesNotStartWith("insights.").doesNotStartWith("offer-type."));
        }
        assertThat(page).extracting(report.offerName()).allSatisfy(name -> assertThat(name).startsWith("Contoso"));
    }

    // ------------------------------------------------------------------ filters

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theRangeDecidesWhichRowsTheGridFetches(Report<T> report) {
        InsightGridView<T> view = open(CONTOSO_OWNER, report);
        assertThat(view.filter().range()).isEqualTo(rangeOf(RangePreset.MONTHS_6));
        List<T> six = rows(report);
        assertAllIn(six, report, rangeOf(RangePreset.MONTHS_6));

        pickRange(RangePreset.MONTHS_3);
        assertThat(view.filter().range()).isEqualTo(rangeOf(RangePreset.MONTHS_3));
        List<T> three = rows(report);
        assertAllIn(three, report, rangeOf(RangePreset.MONTHS_3));

        pickRange(RangePreset.MONTHS_12);
        List<T> twelve = rows(report);
        assertAllIn(twelve, report, rangeOf(RangePreset.MONTHS_12));

        assertThat(three).isNotEmpty();
        assertThat(six).hasSizeGreaterThan(three.size()).containsAll(three);
        assertThat(twelve).hasSizeGreaterThan(six.size()).containsAll(six);
    }

    /** The custom range's pickers exist only once it is chosen; they start on the six months shown before. */
    @Test
    void aCustomRangeShowsItsDatePickersAndTheirMonthsDecideTheRows() {
        InsightGridView<?> view = open(CONTOSO_OWNER, USAGE);
        assertThat(_find(DatePicker.class)).isEmpty();

        pickRange(RangePreset.CUSTOM);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("insights-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("insights-to"));
        InsightRange six = rangeOf(RangePreset.MONTHS_6);
        assertThat(from.getValue()).isEqualTo(six.start());
        assertThat(to.getValue()).isEqualTo(six.end().minusDays(1));
        assertThat(view.filter().range()).isEqualTo(six);
        // Right after the range picker, with the texts of the user's language.
        List<Component> fields = combo("insights-range").getParent().orElseThrow().getChildren().toList();
        assertThat(fields.indexOf(from)).isEqualTo(fields.indexOf(combo("insights-range")) + 1);
        assertThat(fields.indexOf(to)).isEqualTo(fields.indexOf(from) + 1);
        assertThat(from.getLabel()).isEqualTo("From month");
        assertThat(from.getI18n().getMonthNames()).startsWith("January");

        userSets(from, to.getValue().minusMonths(1).withDayOfMonth(1));
        InsightRange two = InsightRange.custom(from.getValue(), to.getValue());
        assertThat(two.monthCount()).isEqualTo(2);
        assertThat(view.filter().range()).isEqualTo(two);
        List<UsageRow> rows = rows(USAGE);
        assertThat(rows).isNotEmpty();
        assertAllIn(rows, USAGE, two);

        // Kept in the session: the next report opens on the same months, with its pickers shown.
        navigate("insights/orders");
        view = (InsightGridView<?>) UI.getCurrent().getCurrentView();
        from = _get(DatePicker.class, spec -> spec.withId("insights-from"));
        to = _get(DatePicker.class, spec -> spec.withId("insights-to"));
        assertThat(from.isVisible()).isTrue();
        assertThat(from.getValue()).isEqualTo(two.start());
        fields = combo("insights-range").getParent().orElseThrow().getChildren().toList();
        assertThat(fields.indexOf(from)).isEqualTo(fields.indexOf(combo("insights-range")) + 1);
        assertThat(view.filter().range()).isEqualTo(two);

        // Thirteen months: refused at the pickers, and the grid keeps the two months.
        userSets(from, to.getValue().minusMonths(12).withDayOfMonth(1));
        assertThat(from.isInvalid()).isTrue();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("12");
        assertThat(view.filter().range()).isEqualTo(two);

        pickRange(RangePreset.MONTHS_3);
        assertThat(from.isVisible()).isFalse();
        assertThat(to.isVisible()).isFalse();
        assertThat(view.filter().range()).isEqualTo(rangeOf(RangePreset.MONTHS_3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theMarketPickerKeepsThatMarketsRows(Report<T> report) {
        open(CONTOSO_OWNER, report);
        int all = rows(report).size();
        assertThat(InsightGridViewsUiTest.<String>combo("insights-market").getItems())
                .contains("US", "FR", "DE");

        pickMarket("US");
        List<T> us = rows(report);
        assertThat(us).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(report.country().apply(r)).isEqualTo("US"));

        pickMarket(null);
        assertThat(rows(report)).hasSize(all);
    }

    /**
     * The slices only commerce data answers (licence types, plan, customers) wait behind "More
     * filters" until asked for: four pickers kept about 29 KB in every open insights page (issue 20).
     * Once one is chosen, every insights page opens with them shown and the choice kept.
     */
    @Test
    void theCommerceSlicesShowOnMoreFiltersNarrowTheRowsAndStayShownWhileOneIsChosen() {
        InsightGridView<?> view = open(CONTOSO_OWNER, USAGE);
        List<UsageRow> all = rows(USAGE);
        // The demo data has rows of several licence types, so choosing one leaves some out.
        assertThat(all.stream().map(UsageRow::azureLicenseType).distinct().count()).isGreaterThan(1);
        for (String id : List.of("insights-channel", "insights-licence", "insights-sku", "insights-customers")) {
            assertThat(_find(ChoicePicker.class, spec -> spec.withId(id))).as(id).isEmpty();
        }
        Button more = _get(Button.class, spec -> spec.withId("insights-more-filters"));
        assertThat(more.getText()).isEqualTo("More filters");

        _click(more);
        assertThat(_find(Button.class, spec -> spec.withId("insights-more-filters"))).isEmpty();
        // In the button's place, after the offer, with the texts of the user's language.
        List<Component> fields = combo("insights-offer").getParent().orElseThrow().getChildren().toList();
        assertThat(fields.subList(fields.indexOf(combo("insights-offer")) + 1, fields.size())).containsExactly(
                combo("insights-channel"), combo("insights-licence"), combo("insights-sku"), combo("insights-customers"));
        assertThat(combo("insights-channel").getLabel()).isEqualTo("Azure licence type");
        assertThat(combo("insights-channel").getValue()).isNull();
        assertThat(InsightGridViewsUiTest.<CustomerType>combo("insights-customers").getValue()).isEqualTo(CustomerType.ALL);
        assertThat(rows(USAGE)).hasSameSizeAs(all);

        AzureLicenseType type = all.getFirst().azureLicenseType();
        userSets(combo("insights-channel"), type);
        assertThat(view.filter().slice().azureLicenseType()).isEqualTo(type);
        assertThat(rows(USAGE)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                all.stream().filter(r -> r.azureLicenseType() == type).toList());

        // Kept in the session: the next page opens with the pickers shown and the licence type chosen.
        navigate("insights/orders");
        view = (InsightGridView<?>) UI.getCurrent().getCurrentView();
        assertThat(combo("insights-channel").getValue()).isEqualTo(type);
        assertThat(view.filter().slice().azureLicenseType()).isEqualTo(type);
        assertThat(_find(Button.class, spec -> spec.withId("insights-more-filters"))).isEmpty();
        // A report the commerce slices do not apply to has no such button, and keeps the choice for the next.
        navigate("insights/marketplace");
        assertThat(_find(Button.class, spec -> spec.withId("insights-more-filters"))).isEmpty();
        assertThat(_find(ChoicePicker.class, spec -> spec.withId("insights-channel"))).isEmpty();
        navigate("insights/usage");
        assertThat(combo("insights-channel").getValue()).isEqualTo(type);

        // Cleared, all the rows come back; the next page opens with the button again.
        userSets(combo("insights-channel"), null);
        assertThat(rows(USAGE)).hasSameSizeAs(all);
        navigate("insights/orders");
        assertThat(_find(ChoicePicker.class, spec -> spec.withId("insights-channel"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("insights-more-filters")).isVisible()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theOfferPickerKeepsThatOffersRows(Report<T> report) {
        open(CONTOSO_OWNER, report);
        pickRange(RangePreset.MONTHS_3);
        int all = rows(report).size();
        assertThat(offersToPick()).extracting(Offer::name).contains(CONTOSO_SAAS, CONTOSO_CONSULTING)
                .allSatisfy(name -> assertThat(name).startsWith("Contoso"));

        pickOffer(CONTOSO_SAAS);
        List<T> saas = rows(report);
        assertThat(saas).isNotEmpty().allSatisfy(r -> assertThat(report.offerName().apply(r)).isEqualTo(CONTOSO_SAAS));
        pickOffer(CONTOSO_CONSULTING);
        List<T> consulting = rows(report);
        assertThat(consulting).allSatisfy(r -> assertThat(report.offerName().apply(r)).isEqualTo(CONTOSO_CONSULTING));
        // The two live offers hold all the rows between them.
        assertThat(saas.size() + consulting.size()).isEqualTo(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theSearchNarrowsTheRowsIgnoringCaseAndCanFindNothing(Report<T> report) {
        open(CONTOSO_OWNER, report);
        int all = rows(report).size();
        T first = firstRows(report, 50).stream().filter(r -> !report.searchTerm().apply(r).isBlank())
                .findFirst().orElseThrow();
        String term = report.searchTerm().apply(first);

        search(term.toUpperCase(Locale.ROOT));
        List<T> found = rows(report);
        assertThat(found).contains(first).hasSizeLessThan(all).allSatisfy(r -> assertThat(report.searched().apply(r))
                .as("searched values of %s", r).anySatisfy(value -> assertThat(value).containsIgnoringCase(term)));

        search(NOTHING_MATCHES);
        assertThat(rows(report)).isEmpty();
        assertThat(firstRows(report, 50)).isEmpty();

        search("");
        assertThat(rows(report)).hasSize(all);
    }

    // ------------------------------------------------------------------ sorting

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void sortingOrdersTheFetchedRows(Report<T> report) {
        open(CONTOSO_OWNER, report);
        Grid<T> grid = grid(report);
        assertThat(grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo(report.dateKey());
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        List<T> all = rows(report);
        LocalDate newest = all.stream().map(report.date()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate oldest = all.stream().map(report.date()).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(newest).isAfter(oldest);

        List<LocalDate> newestFirst = firstRows(report, 100).stream().map(report.date()).toList();
        assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder()).first().isEqualTo(newest);

        sortBy(report, report.dateKey(), SortDirection.ASCENDING);
        List<LocalDate> oldestFirst = firstRows(report, 100).stream().map(report.date()).toList();
        assertThat(oldestFirst).isSortedAccordingTo(Comparator.naturalOrder()).first().isEqualTo(oldest);

        sortBy(report, report.numberKey(), SortDirection.DESCENDING);
        double largest = all.stream().mapToDouble(report.number()).max().orElseThrow();
        List<Double> largestFirst = firstRows(report, 100).stream()
                .map(r -> report.number().applyAsDouble(r)).toList();
        assertThat(largestFirst).isSortedAccordingTo(Comparator.reverseOrder()).first().isEqualTo(largest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void theCountryColumnIsNotSortableSinceItShowsNamesAndTheMarketPickerSlicesByIt(Report<T> report) {
        open(CONTOSO_OWNER, report);
        Grid<T> grid = grid(report);
        String country = grid.getColumnByKey("customerCountry") != null ? "customerCountry" : "country";
        assertThat(grid.getColumnByKey(country).isSortable()).isFalse();
        assertThat(grid.getColumnByKey(report.dateKey()).isSortable()).isTrue();
    }

    @Test
    void theUsageGridSortsOnScreenOnlyWhereAnIndexServesTheSort() {
        open(CONTOSO_OWNER, USAGE);
        assertThat(grid(USAGE).getColumns().stream().filter(Grid.Column::isSortable).map(Grid.Column::getKey))
                .containsExactlyInAnyOrder("usageDate", "estimatedCharge");
        open(CONTOSO_OWNER, ORDERS);
        assertThat(grid(ORDERS).getColumnByKey("orderQuantity").isSortable()).isTrue();
    }

    // ------------------------------------------------------------------ marketplace insights

    @Test
    void marketplaceCampaignFiguresAddUpToTheGridAndFollowTheFilters() {
        open("marketer@contoso.example", MARKETPLACE);
        Grid<CampaignFigures> campaigns = campaignsGrid();
        List<CampaignFigures> figures = campaigns.getGenericDataView().getItems().toList();
        assertThat(figures).extracting(c -> c.source() + "/" + c.campaignId()).contains("/", "website/blogpost_12",
                "linkedin/launch-2026", "newsletter/nl_spring", "website/pricing_page");
        assertThat(figures).extracting(CampaignFigures::pageVisits).isSortedAccordingTo(Comparator.reverseOrder());
        int noCampaign = figures.indexOf(figures.stream().filter(c -> c.source().isEmpty()).findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(campaigns, noCampaign).getFirst()).isEqualTo("No campaign");
        assertThat(sum(figures, CampaignFigures::pageVisits)).isEqualTo(sum(rows(MARKETPLACE), MARKETPLACE.number()));
        String chart = chartSvg();
        assertThat(chart).contains("Page visits by campaign");

        pickMarket("FR");
        List<CampaignFigures> french = campaigns.getGenericDataView().getItems().toList();
        List<VisitRow> frenchRows = rows(MARKETPLACE);
        assertThat(sum(french, CampaignFigures::pageVisits)).isEqualTo(sum(frenchRows, MARKETPLACE.number()))
                .isLessThan(sum(figures, CampaignFigures::pageVisits)).isPositive();
        assertThat(chartSvg()).isNotEqualTo(chart);

        pickOffer(CONTOSO_CONSULTING);
        List<CampaignFigures> consulting = campaigns.getGenericDataView().getItems().toList();
        assertThat(sum(consulting, CampaignFigures::pageVisits))
                .isEqualTo(sum(rows(MARKETPLACE), MARKETPLACE.number()))
                .isLessThan(sum(french, CampaignFigures::pageVisits));
    }

    @Test
    void marketplaceSearchTakesAnUnderscoreLiterally() {
        open(CONTOSO_OWNER, MARKETPLACE);
        List<VisitRow> all = rows(MARKETPLACE);
        search("_");
        List<VisitRow> found = rows(MARKETPLACE);
        // Only campaign ids such as blogpost_12 hold one: "_" is not LIKE's any-character wildcard.
        assertThat(found).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(r -> assertThat(r.campaignId()).contains("_"));
        assertThat(found).hasSameSizeAs(all.stream().filter(r -> r.campaignId().contains("_")).toList());
    }

    @SuppressWarnings("unchecked")
    private static Grid<CampaignFigures> campaignsGrid() {
        return _get(Grid.class, spec -> spec.withId("insights-campaigns"));
    }

    // ------------------------------------------------------------------ deployments

    @Test
    void deploymentsAreListedPerTrackingGuidAndFoundByGuidOrRegion() {
        open("developer@contoso.example", DEPLOYMENTS);
        pickRange(RangePreset.MONTHS_12);
        List<DeploymentRow> all = rows(DEPLOYMENTS);
        Map<String, List<DeploymentRow>> byGuid = all.stream()
                .collect(Collectors.groupingBy(DeploymentRow::trackingGuid));
        // Contoso's one deployable live offer has a GUID for its SDK and one for its CLI deployments.
        assertThat(byGuid).hasSize(2);
        assertThat(all).extracting(DeploymentRow::offerName).containsOnly(CONTOSO_SAAS);
        assertThat(all).allSatisfy(r -> assertThat(r.succeeded()).isBetween(0, r.deployments()));
        byGuid.forEach((guid, guidRows) -> {
            assertThat(guidRows).extracting(DeploymentRow::method).containsOnly(guidRows.getFirst().method());
            search(guid.toUpperCase(Locale.ROOT));
            assertThat(rows(DEPLOYMENTS)).containsExactlyInAnyOrderElementsOf(guidRows);
        });
        assertThat(byGuid.values()).extracting(guidRows -> guidRows.getFirst().method()).doesNotHaveDuplicates();

        search("eastus");
        List<DeploymentRow> eastUs = all.stream().filter(r -> r.azureRegion().equals("eastus")).toList();
        assertThat(rows(DEPLOYMENTS)).isNotEmpty().containsExactlyInAnyOrderElementsOf(eastUs);
    }

    @Test
    void theDeploymentsChartCoversTheMonthsOfTheRange() {
        open(CONTOSO_OWNER, DEPLOYMENTS);
        String six = chartSvg();
        assertThat(six).contains("Deployments per month").contains(monthLabels(rangeOf(RangePreset.MONTHS_6)));

        pickRange(RangePreset.MONTHS_3);
        assertThat(chartSvg()).contains(monthLabels(rangeOf(RangePreset.MONTHS_3)))
                .doesNotContain(monthLabels(rangeOf(RangePreset.MONTHS_6)).getFirst());
    }

    /** The chart's category labels (up to eight months are written as text, more are slanted outlines). */
    private static List<String> monthLabels(InsightRange range) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        return range.months().stream().map(label::format).map(m -> ">" + m + "<").toList();
    }

    @Test
    void theDeploymentsChartFollowsTheMarketLikeTheGrid() {
        open(CONTOSO_OWNER, DEPLOYMENTS);
        int all = rows(DEPLOYMENTS).size();
        String chart = chartSvg();
        pickMarket("FR");
        assertThat(rows(DEPLOYMENTS)).hasSizeLessThan(all);
        assertThat(chartSvg()).isNotEqualTo(chart);
    }

    // ------------------------------------------------------------------ tenants

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    <T> void aFabrikamOwnerSeesOnlyFabrikamsRowsAndOffers(Report<T> report) {
        open(FABRIKAM_OWNER, report);
        pickRange(RangePreset.MONTHS_12);
        assertThat(offersToPick()).isNotEmpty().extracting(Offer::name)
                .allSatisfy(name -> assertThat(name).startsWith("Fabrikam"));
        assertThat(rows(report)).isNotEmpty().extracting(report.offerName())
                .containsOnly(FABRIKAM_LIVE);
    }

    @Test
    void aFabrikamOwnerFindsNoneOfContososTrackingGuids() {
        open(CONTOSO_OWNER, DEPLOYMENTS);
        pickRange(RangePreset.MONTHS_12);
        Set<String> contosoGuids = rows(DEPLOYMENTS).stream()
                .map(DeploymentRow::trackingGuid).collect(Collectors.toSet());
        assertThat(contosoGuids).isNotEmpty();

        navigate("insights/marketplace"); // leave the view, so that Fabrikam's owner gets a new one
        open(FABRIKAM_OWNER, DEPLOYMENTS);
        assertThat(rows(DEPLOYMENTS)).isNotEmpty().extracting(DeploymentRow::trackingGuid)
                .doesNotContainAnyElementsOf(contosoGuids);
        for (String guid : contosoGuids) {
            search(guid);
            assertThat(rows(DEPLOYMENTS)).as(guid).isEmpty();
        }
    }
}
