package com.publisherportal.ui;

import com.publisherportal.listing.PreviewAudienceService;
import com.publisherportal.listing.StorefrontPlans;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans on the public product page and on a preview link, with a stand-in for the plans
 * feature: prices in the visitor's market, the trial badge, the note, the publisher's text as text.
 */
@PortalSpringTest
@ActiveProfiles("test")
@Import(StorefrontPlansUiTest.Plans.class)
class StorefrontPlansUiTest extends KaribuTest {

    static final String SCRIPT = "<img src=x onerror=alert(1)>";

    @TestConfiguration
    static class Plans {
        @Bean
        @org.springframework.context.annotation.Primary
        StorefrontPlans testStorefrontPlans(OfferService offers) {
            return (offerId, market, preview) -> {
                if (offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id() != offerId) {
                    return List.of();
                }
                boolean france = "FR".equals(market);
                List<StorefrontPlans.StorefrontPlan> plans = new ArrayList<>(List.of(
                        new StorefrontPlans.StorefrontPlan("standard", "Standard", "For teams " + SCRIPT,
                                List.of(new StorefrontPlans.PlanPrice("price-kind.PER_USER_MONTHLY", null,
                                                france ? new BigDecimal("9.50") : new BigDecimal("10.00"), france ? "EUR" : "USD",
                                                france ? new StorefrontPlans.Upcoming(new BigDecimal("11.00"),
                                                        java.time.LocalDate.of(2027, 3, 1)) : null),
                                        new StorefrontPlans.PlanPrice("price-kind.METER_UNIT", "Reports",
                                                new BigDecimal("0.25"), france ? "EUR" : "USD")),
                                null, true),
                        new StorefrontPlans.StorefrontPlan("community", "Community", null, List.of(), "plan.note.FREE", false)));
                if (preview) {
                    plans.add(new StorefrontPlans.StorefrontPlan("beta", "Beta plan", null, List.of(), "plan.note.BYOL", false));
                }
                return plans;
            };
        }
    }

    @Autowired PreviewAudienceService audiences;
    @Autowired OfferService offers;

    private String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVisitorSeesThePlansInUsDollarsThenInTheirCountrysCurrency() {
        UI.getCurrent().navigate("marketplace/product/contoso.contoso-analytics");
        String standard = text("plan-standard");
        assertThat(standard).contains("Standard", "$10.00 per user per month", "$0.25 per unit of Reports", "Free trial");
        // The publisher's text is text: the markup shows as written, nothing is parsed.
        assertThat(standard).contains("For teams " + SCRIPT);
        assertThat(text("plan-community")).contains("Free: you pay only for the Azure resources you use.");
        _assertNone(Div.class, spec -> spec.withId("plan-beta"));

        ComboBox<String> market = _get(ComboBox.class, spec -> spec.withId("product-market"));
        userSets(market, "FR");
        assertThat(text("plan-standard")).contains("€9.50 per user per month");
        // A published increase is announced with its date; the price that applies today stays first.
        assertThat(text("plan-standard")).contains("From Mar 1, 2027: €11.00");
        assertThat(standard).doesNotContain("From ");

        // Linked with its market.
        UI.getCurrent().navigate("marketplace/product/contoso.contoso-analytics", QueryParameters.simple(Map.of("market", "fr")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("product-market")).getValue()).isEqualTo("FR");
        assertThat(text("plan-standard")).contains("€9.50");
    }

    @Test
    void aPreviewLinkShowsThePlansBeingPreparedMarkedAsAPreview() {
        login("owner@contoso.example");
        String token = audiences.audience(offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id()).token();
        UI.getCurrent().navigate("preview/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-banner")).getText()).startsWith("Preview");
        assertThat(text("plan-beta")).contains("Beta plan", "Bring your own licence");
        UI.getCurrent().navigate("preview/" + "B".repeat(43));
        _get(Div.class, spec -> spec.withId("not-found"));
    }
}
