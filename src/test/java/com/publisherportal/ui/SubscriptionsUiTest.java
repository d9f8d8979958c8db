package com.publisherportal.ui;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.subscriptions.SaasSubscription;
import com.publisherportal.subscriptions.SubscriptionOperation;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The landing page and the register through their views, with the emulator behind them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "marketplace-emulator"})
@Import({TestClockConfig.class, SignIn.class})
class SubscriptionsUiTest extends KaribuTest {

    @LocalServerPort int port;
    @Autowired OfferService offers;
    @Autowired MarketplaceEmulator emulator;

    Offer analytics() {
        return offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
    }

    MarketplaceEmulator.Purchased purchase(String name) {
        return emulator.purchase(new MarketplaceEmulator.Purchase("contoso", "contoso-analytics", "enterprise", 7,
                "owner@fabrikam.example", "developer@fabrikam.example", name, null,
                "http://localhost:" + port + "/api/saas/webhook/" + analytics().id(), List.of("api-calls")));
    }

    void openLanding(String token) {
        UI.getCurrent().navigate("saas/landing/" + analytics().id(), new QueryParameters(Map.of("token", List.of(token))));
    }

    @Test
    void theCustomerConfirmsThePurchaseOnTheLandingPage() {
        MarketplaceEmulator.Purchased purchased = purchase("Fabrikam analytics <b>team</b>");
        login("owner@fabrikam.example");
        openLanding(purchased.token());
        // The marketplace's texts are shown as text, never markup.
        assertThat(_find(com.vaadin.flow.component.html.Div.class).stream().map(d -> d.getElement().getTextRecursively()))
                .contains("Subscription: Fabrikam analytics <b>team</b>", "Beneficiary: developer@fabrikam.example",
                        "Purchaser: owner@fabrikam.example", "Offer: Contoso Analytics", "Plan: enterprise", "Quantity: 7");
        _click(_get(Button.class, spec -> spec.withId("saas-landing-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("saas-landing-activated")).getText())
                .isEqualTo("Your subscription to Contoso Analytics (plan enterprise) is active.");

        // The link again: spent, said in words.
        openLanding(purchased.token());
        assertThat(_get(Paragraph.class, spec -> spec.withId("saas-landing-problem")).getText()).startsWith("We couldn’t identify this purchase");
        assertThat(_find(Button.class, spec -> spec.withId("saas-landing-confirm"))).isEmpty();
    }

    @Test
    void aBadTokenAndSomeoneElsesPurchaseGetAPageInWords() {
        login("owner@fabrikam.example");
        openLanding("forged");
        assertThat(_get(Paragraph.class, spec -> spec.withId("saas-landing-problem")).getText()).startsWith("We couldn’t identify this purchase");

        MarketplaceEmulator.Purchased purchased = purchase("Someone else's");
        login("owner@contoso.example");
        openLanding(purchased.token());
        assertThat(_get(Paragraph.class, spec -> spec.withId("saas-landing-problem")).getText()).startsWith("This purchase was made by someone else");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterListsFiltersAndShowsTheHistory() {
        MarketplaceEmulator.Purchased purchased = purchase("Register row");
        login("owner@fabrikam.example");
        openLanding(purchased.token());
        _click(_get(Button.class, spec -> spec.withId("saas-landing-confirm")));
        emulator.startOperation(purchased.subscriptionId(), Action.Suspend, null, null);

        login("finance@contoso.example");
        UI.getCurrent().navigate("subscriptions");
        Grid<SaasSubscription> grid = _get(Grid.class, spec -> spec.withId("subscriptions-grid"));
        _get(TextField.class, spec -> spec.withId("subscriptions-search")).setValue(purchased.subscriptionId());
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Suspended");
        assertThat(_getFormatted(grid, 0, "purchaser")).isEqualTo("owner@fabrikam.example");
        MultiSelectComboBox<SubscriptionStatus> status = _get(MultiSelectComboBox.class, spec -> spec.withId("subscriptions-status-filter"));
        status.setValue(Set.of(SubscriptionStatus.Subscribed));
        assertThat(_size(grid)).isZero();
        status.setValue(Set.of(SubscriptionStatus.Suspended));
        assertThat(_size(grid)).isEqualTo(1);

        _clickItem(grid, 0);
        Grid<SubscriptionOperation> history = _get(Grid.class, spec -> spec.withId("subscription-history"));
        assertThat(_size(history)).isEqualTo(2);
        // Financial users read the register but do not report usage.
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("subscriptions-usage-csv"))).isEmpty();
    }
}
