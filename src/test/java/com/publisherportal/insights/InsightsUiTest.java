package com.publisherportal.insights;

import com.publisherportal.insights.ui.CustomersView;
import com.publisherportal.insights.ui.InsightsView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.publisherportal.common.ui.ChoicePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Html;
import com.publisherportal.common.ui.ChartImage;
import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The insights summary and the customer grid through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class InsightsUiTest extends KaribuTest {

    /** The chart's SVG as its image URL serves it; the page holds a resource URL, not the document. */
    private static String svgOf(Image image) {
        assertThat(image.getSrc()).startsWith("VAADIN/dynamic/resource/");
        return ((ChartImage) image).svg();
    }

    /** The figures' cards as the browser reads them. */
    private static List<Element> cards() {
        return markupOf(_get(Html.class, spec -> spec.withId("insights-cards"))).select(".portal-card");
    }

    private static Element card(String id) {
        return cards().stream().filter(card -> card.id().equals(id)).findFirst().orElseThrow();
    }

    private static String cardValue(String id) {
        return card(id).selectFirst(".portal-card-value").text();
    }

    @Test
    void anOwnerSeesFiguresAgainstThePreviousPeriodAndChartsDrawnOnTheServer() {
        login("owner@contoso.example");
        navigate("insights");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InsightsView.class);
        assertThat(cards()).extracting(Element::id)
                .containsExactly("insights-kpi-orders", "insights-kpi-usage-hours", "insights-kpi-revenue",
                        "insights-kpi-new-customers", "insights-kpi-lost-customers", "insights-kpi-page-visits",
                        "insights-kpi-cta-rate");
        assertThat(cardValue("insights-kpi-revenue")).startsWith("$");
        String ordersSix = cardValue("insights-kpi-orders");
        String svg = svgOf(_get(Image.class, spec -> spec.withId("insights-chart-orders")));
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("Orders and customers per month").contains("rgb(26,95,180)");
        assertThat(_get(Grid.class, spec -> spec.withId("insights-trending")).getGenericDataView().getItems().count()).isPositive();

        @SuppressWarnings("unchecked")
        ChoicePicker<RangePreset> range = _get(ChoicePicker.class, spec -> spec.withId("insights-range"));
        userSets(range, RangePreset.MONTHS_12);
        String ordersTwelve = cardValue("insights-kpi-orders");
        assertThat(Long.parseLong(ordersTwelve.replaceAll("\\D", "")))
                .isGreaterThan(Long.parseLong(ordersSix.replaceAll("\\D", "")));
        assertThat(svgOf(_get(Image.class, spec -> spec.withId("insights-chart-orders")))).isNotEqualTo(svg);
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("filter-panel-toggle"))
                .getText()).as("the phone's filter button counts the range that is not the default").isEqualTo("Filters (1 set)");
    }

    /** The figure and the previous period's, as the card writes them. */
    private static long[] nowAndBefore(String id) {
        String detail = card(id).selectFirst(".portal-card-detail").text();
        String before = detail.substring(detail.indexOf(':') + 1, detail.indexOf('(')).replaceAll("\\D", "");
        return new long[]{Long.parseLong(cardValue(id).replaceAll("\\D", "")), Long.parseLong(before)};
    }

    @Test
    void aChangeIsGreenWhenItIsGoodNewsAndRedWhenItIsBad() {
        login("owner@contoso.example");
        for (RangePreset preset : new RangePreset[]{RangePreset.LAST_MONTH, RangePreset.MONTHS_3, RangePreset.MONTHS_6}) {
            navigate("insights");
            @SuppressWarnings("unchecked")
            ChoicePicker<RangePreset> range = _get(ChoicePicker.class, spec -> spec.withId("insights-range"));
            userSets(range, preset);
            for (String id : List.of("insights-kpi-lost-customers", "insights-kpi-new-customers", "insights-kpi-orders")) {
                long[] figures = nowAndBefore(id);
                Set<String> verdict = card(id).classNames();
                boolean lowerIsBetter = id.contains("lost");
                if (figures[0] == figures[1] || figures[1] == 0) {
                    assertThat(verdict).doesNotContain("insights-good", "insights-bad");
                } else {
                    boolean good = (figures[0] > figures[1]) != lowerIsBetter;
                    assertThat(verdict).as("%s %s: %d against %d", preset, id, figures[0], figures[1])
                            .contains(good ? "insights-good" : "insights-bad")
                            .doesNotContain(good ? "insights-bad" : "insights-good");
                }
            }
            String rate = card("insights-kpi-cta-rate").selectFirst(".portal-card-detail").text();
            assertThat(rate).as("a rate's change is told in points").matches(".*\\(([+-]\\d+\\.\\d|0\\.0) pts\\)");
        }
    }

    @Test
    void aMarketerSeesNoMoneyAndFrenchLabelsOnTheCharts() {
        login("marketer@contoso.example");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate("insights");
        List<String> cards = cards().stream().map(Element::id).toList();
        assertThat(cards).doesNotContain("insights-kpi-orders", "insights-kpi-revenue", "insights-kpi-usage-hours")
                .contains("insights-kpi-page-visits", "insights-kpi-new-customers");
        assertThat(_find(Image.class, spec -> spec.withId("insights-chart-revenue"))).isEmpty();
        assertThat(svgOf(_get(Image.class, spec -> spec.withId("insights-chart-visits")))).contains("Visites de la page par mois");
        assertNotFound(() -> navigate("insights/orders"));
    }

    @Test
    void aManagerSeesCustomersWithPersonalDataMasked() {
        login("manager@contoso.example");
        navigate("insights/customers");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        @SuppressWarnings("unchecked")
        Grid<CustomerRow> grid = _get(Grid.class, spec -> spec.withId("insights-grid"));
        List<CustomerRow> rows = grid.getLazyDataView().getItems().limit(20).toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.email()).isEqualTo(CustomerRow.MASK));
        assertThat(grid.getColumnByKey("email").isSortable()).isFalse();
        assertThat(grid.getColumnByKey("companyName").isSortable()).isTrue();
    }
}
