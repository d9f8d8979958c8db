package com.publisherportal.ui;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.publisherportal.technical.ui.TechnicalConfigurationView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The technical configuration page of a SaaS offer, through the view. */
@PortalSpringTest
@ActiveProfiles("test")
class TechnicalConfigurationUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired TechnicalConfigurationService technical;

    private Offer newOffer(OfferType type) {
        login("owner@contoso.example");
        long account = offers.findByAddress("contoso", "contoso-edge").orElseThrow().accountId();
        return offers.create(account, "ui-tech-" + (System.nanoTime() % 1_000_000), "Contoso UI technical", type); // named as Contoso's own offers are (other tests read them)
    }

    private TextField field(String name) {
        return _get(TextField.class, spec -> spec.withId("technical-" + name));
    }

    @Test
    void theOwnerFillsTheSaasConnectionAndAWrongValueIsShownAtItsField() {
        Offer saas = newOffer(OfferType.SAAS);
        navigate("offers/" + saas.id());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("technical-link")).getHref())
                .isEqualTo("offers/" + saas.id() + "/technical");
        navigate("offers/" + saas.id() + "/technical");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TechnicalConfigurationView.class);

        userSets(field("landingPageUrl"), "http://contoso.example/landing");
        userSets(field("webhookUrl"), "https://contoso.example/webhook");
        userSets(field("tenantId"), "not-a-guid");
        _click(_get(Button.class, spec -> spec.withId("technical-save")));
        assertThat(field("landingPageUrl").isInvalid()).isTrue();
        assertThat(field("landingPageUrl").getErrorMessage()).isEqualTo("The address must start with https://.");
        assertThat(field("tenantId").isInvalid()).isTrue();
        assertThat(field("webhookUrl").isInvalid()).isFalse();
        assertThat(technical.configuration(saas.id()).saas().webhookUrl()).isNull();

        userSets(field("landingPageUrl"), "https://contoso.example/landing");
        userSets(field("tenantId"), "72f988bf-86f1-41af-91ab-2d7cd011db47");
        userSets(field("applicationId"), "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        _click(_get(Button.class, spec -> spec.withId("technical-save")));
        assertThat(field("landingPageUrl").getValue()).isEqualTo("https://contoso.example/landing");
        assertThat(technical.configuration(saas.id()).saas().applicationId()).isEqualTo("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        assertThat(technical.check(offers.offer(saas.id()))).isEmpty();
    }

    @Test
    void aMarketerReadsWithoutASaveButtonAndFabrikamGetsNotFound() {
        Offer saas = newOffer(OfferType.SAAS);
        login("marketer@contoso.example");
        navigate("offers/" + saas.id() + "/technical");
        assertThat(field("landingPageUrl").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("technical-save"));
        login("owner@fabrikam.example");
        assertNotFound(() -> navigate("offers/" + saas.id() + "/technical"));
    }

    @Test
    void aConsultingOfferSaysItNeedsNothingTechnical() {
        Offer consulting = newOffer(OfferType.CONSULTING_SERVICE);
        navigate("offers/" + consulting.id() + "/technical");
        assertThat(_get(Paragraph.class, spec -> spec.withId("technical-nothing")).getText()).contains("no technical configuration");
    }
}
