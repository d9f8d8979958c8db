package com.publisherportal.ui;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.campaigns.ui.StorefrontView;
import com.publisherportal.common.RowWindow;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor on the public product page: the calls to action and the Contact me form. */
@PortalSpringTest
@ActiveProfiles("test")
class StorefrontUiTest extends KaribuTest {

    @Autowired LeadService leads;
    @Autowired PublisherAccountRepository accounts;

    @Test
    @SuppressWarnings("unchecked")
    void aVisitorFromACampaignAsksToBeContacted() {
        UI.getCurrent().navigate("marketplace/product/contoso.contoso-advisory",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("src", "event", "mktcmpid", "expo_2026")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StorefrontView.class);
        // A consulting offer offers Contact me only.
        assertThat(_find(Button.class).stream().map(Button::getId).flatMap(java.util.Optional::stream)
                .filter(id -> id.startsWith("cta-"))).containsExactly("cta-CONTACT_ME");
        _click(_get(Button.class, spec -> spec.withId("cta-CONTACT_ME")));
        userSets(_get(TextField.class, spec -> spec.withId("cta-first-name")), "Hugo");
        userSets(_get(TextField.class, spec -> spec.withId("cta-last-name")), "Haddock");
        userSets(_get(EmailField.class, spec -> spec.withId("cta-email")), "hugo@moulinsart.example");
        userSets(_get(TextField.class, spec -> spec.withId("cta-company")), "Moulinsart");
        userSets((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("cta-country")), "BE");
        _click(_get(Button.class, spec -> spec.withId("cta-send")));
        // Without consent nothing is sent.
        assertThat(_get(Checkbox.class, spec -> spec.withId("cta-consent")).isInvalid()).isTrue();
        userSets(_get(Checkbox.class, spec -> spec.withId("cta-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("cta-send")));

        login("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        assertThat(leads.find(contoso, LeadFilter.all().withSearch("moulinsart"), List.of(), RowWindow.of(0, 5)))
                .singleElement().satisfies(lead -> {
                    assertThat(lead.campaign()).isEqualTo("event/expo_2026");
                    assertThat(lead.actionCode()).isEqualTo("PLT");
                    assertThat(lead.consulting()).isTrue();
                });
    }
}
