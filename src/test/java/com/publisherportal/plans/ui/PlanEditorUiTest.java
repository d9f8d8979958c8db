package com.publisherportal.plans.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.plans.Market;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.PriceKind;
import com.publisherportal.plans.PricePoint;
import com.publisherportal.plans.PricingModel;
import com.publisherportal.plans.StaffMarket;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The plans pages: a publisher creates a plan, prices it, selects markets and sees the converted prices; staff edit a market. */
@PortalSpringTest
@ActiveProfiles("test")
class PlanEditorUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired PlanService plans;

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static void tab(int index) {
        _get(TabSheet.class, spec -> spec.withId("plan-tabs")).setSelectedIndex(index);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Market> marketGrid() {
        return _get(Grid.class, spec -> spec.withId("market-grid"));
    }

    private static String row(Grid<Market> grid, String code) {
        List<Market> items = GridKt._findAll(grid);
        int index = items.stream().map(Market::code).toList().indexOf(code);
        return String.join(" | ", GridKt._getFormattedRow(grid, index));
    }

    private static BigDecimalField override(String code) {
        Grid<Market> grid = marketGrid();
        int index = GridKt._findAll(grid).stream().map(Market::code).toList().indexOf(code);
        return (BigDecimalField) GridKt._getCellComponent(grid, index, "override");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublisherCreatesAPlanPricesItSelectsMarketsAndSeesTheConvertedPrices() {
        login("owner@contoso.example");
        long contoso = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().accountId();
        Offer offer = offers.create(contoso, "ui-plans-" + System.nanoTime() % 1_000_000, "Contoso UI plans", OfferType.SAAS);
        navigate("offers/" + offer.id());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("plans-link")).getHref())
                .isEqualTo("offers/" + offer.id() + "/plans");
        navigate("offers/" + offer.id() + "/plans");
        _get(PlansView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withId("plans-empty"))).hasSize(1);

        // A bad id is shown at its field, and nothing is created.
        userSets(_get(TextField.class, spec -> spec.withId("new-plan-id")), "Starter Plan");
        userSets(_get(TextField.class, spec -> spec.withId("new-plan-name")), "Starter");
        userSets(_get(TextField.class, spec -> spec.withId("new-plan-summary")), "For small teams");
        userSets(_get(TextArea.class, spec -> spec.withId("new-plan-description")), "Five dashboards, daily refresh.");
        click("create-plan");
        assertThat(_get(TextField.class, spec -> spec.withId("new-plan-id")).isInvalid()).isTrue();
        assertThat(plans.plans(offer.id())).isEmpty();
        userSets(_get(TextField.class, spec -> spec.withId("new-plan-id")), "starter");
        click("create-plan");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlanEditorView.class);

        // Pricing: a flat rate of 10 USD a month.
        tab(2);
        userSets(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("pricing-model")),
                PricingModel.FLAT_RATE);
        userSets(_get(BigDecimalField.class, spec -> spec.withId("price-FLAT_MONTHLY")), new BigDecimal("10"));
        click("save-pricing");
        assertThat(plans.pricing(offer.id(), "starter").usdPrices().get(PricePoint.of(PriceKind.FLAT_MONTHLY)))
                .isEqualTo(new BigDecimal("10.00"));

        // Markets: Germany and Japan, with their converted prices.
        tab(3);
        Grid<Market> grid = marketGrid();
        for (String code : List.of("DE", "JP")) {
            int index = GridKt._findAll(grid).stream().map(Market::code).toList().indexOf(code);
            userSets((com.vaadin.flow.component.checkbox.Checkbox) GridKt._getCellComponent(grid, index, "sold"), true);
        }
        assertThat(_get(Span.class, spec -> spec.withId("market-count")).getText()).startsWith("2 of ");
        click("save-markets");
        assertThat(plans.markets(offer.id(), "starter")).containsExactlyInAnyOrder("DE", "JP");
        assertThat(_get(Span.class, spec -> spec.withId("market-count")).getText()).startsWith("2 of ");
        assertThat(row(marketGrid(), "DE")).contains("EUR").contains("9.20");
        assertThat(row(marketGrid(), "JP")).contains("JPY").contains("1,510");

        // The publisher's own yen price replaces the converted one.
        userSets(override("JP"), new BigDecimal("1500"));
        assertThat(plans.priceTable(offer.id(), "starter").row("JP", PricePoint.of(PriceKind.FLAT_MONTHLY)).effective())
                .isEqualByComparingTo("1500");
        assertThat(override("JP").getValue()).isEqualByComparingTo("1500");
        // Whole yen only: refused at the field, nothing saved.
        BigDecimalField fraction = override("JP");
        userSets(fraction, new BigDecimal("1499.5"));
        assertThat(fraction.isInvalid()).isTrue();
        assertThat(plans.priceTable(offer.id(), "starter").row("JP", PricePoint.of(PriceKind.FLAT_MONTHLY)).override())
                .isEqualByComparingTo("1500");

        // A link opens a tab of the editor.
        UI.getCurrent().navigate("offers/" + offer.id() + "/plans/starter",
                com.vaadin.flow.router.QueryParameters.of("tab", "pricing"));
        assertThat(_get(TabSheet.class, spec -> spec.withId("plan-tabs")).getSelectedIndex()).isEqualTo(2);

        // Back on the list, the plan is ready for submission.
        navigate("offers/" + offer.id() + "/plans");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("plan-card-starter"))
                .getElement().getTextRecursively()).contains("Starter", "Flat rate", "Ready", "Sold in 2 markets");
    }

    @Test
    void onALivePlanThePublisherSeesWhenAPriceChangeWouldTakeEffect() {
        login("owner@contoso.example");
        Offer analytics = offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
        UI.getCurrent().navigate("offers/" + analytics.id() + "/plans/standard",
                com.vaadin.flow.router.QueryParameters.of("tab", "markets"));
        BigDecimalField germany = override("DE");
        try {
            userSets(germany, new BigDecimal("1.00"));
            assertThat(germany.isInvalid()).isFalse();
            tab(4);
            String changes = _get(VerticalLayout.class, spec -> spec.withId("price-changes")).getElement().getTextRecursively();
            assertThat(changes).contains("No published price change is waiting for its date.",
                    "If the current edits were published today", "Decrease — Germany",
                    "from " + com.publisherportal.common.ui.Formats.date(
                            java.time.LocalDate.now().with(java.time.temporal.TemporalAdjusters.firstDayOfNextMonth())));
        } finally {
            PricePoint point = plans.priceTable(analytics.id(), "standard").rows().stream()
                    .filter(r -> r.market().code().equals("DE") && r.override() != null).findFirst().orElseThrow().point();
            plans.setOverride(analytics.id(), "standard", "DE", point, null, plans.plan(analytics.id(), "standard").version());
        }
    }

    @Test
    void anotherPublisherCannotOpenThePlansAndAConsultingOfferHasNone() {
        login("owner@contoso.example");
        long analytics = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        long advisory = offers.findByAddress("contoso", "contoso-advisory").orElseThrow().id();
        navigate("offers/" + advisory + "/plans");
        assertThat(_find(Paragraph.class, spec -> spec.withId("plans-none-for-type"))).hasSize(1);
        login("owner@fabrikam.example");
        assertNotFound(() -> navigate("offers/" + analytics + "/plans"));
        assertNotFound(() -> navigate("offers/" + analytics + "/plans/standard"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffChangeAMarketsExchangeRate() {
        login("reviewer@portal.example");
        navigate("staff/markets");
        Grid<StaffMarket> grid = _get(Grid.class, spec -> spec.withId("markets-grid"));
        StaffMarket norway = GridKt._findAll(grid).stream().filter(m -> m.market().code().equals("NO")).findFirst().orElseThrow();
        grid.select(norway);
        userSets(_get(BigDecimalField.class, spec -> spec.withId("market-rate")), new BigDecimal("11.2"));
        click("save-market");
        assertThat(plans.staffMarkets()).filteredOn(m -> m.market().code().equals("NO")).singleElement()
                .satisfies(m -> assertThat(m.market().usdRate()).isEqualByComparingTo("11.2"));
        StaffMarket changed = plans.staffMarkets().stream().filter(m -> m.market().code().equals("NO")).findFirst().orElseThrow();
        plans.updateMarket(norway.market(), changed.version());

        login("owner@contoso.example");
        assertNotFound(() -> navigate("staff/markets"));
    }
}
