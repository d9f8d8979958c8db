package com.publisherportal.ui;

import com.publisherportal.campaigns.ui.BenefitsView;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.publisherportal.campaigns.ListingType;
import com.publisherportal.campaigns.Storefront;
import com.publisherportal.campaigns.TestDriveType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The go-to-market page's benefits, the staff's benefit catalogue and the test drive kinds' fields, through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class BenefitsUiTest extends KaribuTest {

    @Autowired OfferService offers;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void aMarketerSeesWhatTheConsultingOfferQualifiesForWithoutTheMoney() {
        login("marketer@contoso.example");
        long advisory = offers.findByAddress("contoso", "contoso-advisory").orElseThrow().id();
        navigate("offers/" + advisory + "/go-to-market");
        _get(TabSheet.class, spec -> spec.withId("gtm-tabs")).setSelectedIndex(3);
        assertThat(text(_get(Div.class, spec -> spec.withId("benefits-qualified"))))
                .contains("Launch support from the marketplace's marketers", "Go-to-market toolkit")
                .doesNotContain("Co-sell readiness");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("benefits-listed-as"))))
                .contains("Free listing", "Azure Marketplace", "AppSource");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("benefits-figures"))))
                .contains("Live offers of the account: 2", "not shown to your role");
    }

    @Test
    void theOwnerOfAnOfferNotLiveIsToldGoingLiveIsTheNextStepInFrench() {
        login("owner@contoso.example");
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        long pbi = offers.findByAddress("contoso", "contoso-insights-pbi").orElseThrow().id();
        navigate("offers/" + pbi + "/go-to-market");
        _get(TabSheet.class, spec -> spec.withId("gtm-tabs")).setSelectedIndex(3);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("benefits-not-live")))).contains("pas encore en ligne");
        assertThat(text(_get(Div.class, spec -> spec.withId("benefits-next")))).contains("Mettre l’offre en ligne",
                "Accompagnement du lancement");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAddABenefitAndABadCodeIsShownAtItsField() {
        login("reviewer@portal.example");
        navigate("staff/benefits");
        _get(BenefitsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("benefits-grid"));
        int before = _size(grid);
        assertThat(before).isGreaterThanOrEqualTo(11);
        _click(_get(Button.class, spec -> spec.withId("new-benefit")));
        userSets(_get(TextField.class, spec -> spec.withId("benefit-code")), "not a code!");
        userSets(_get(TextField.class, spec -> spec.withId("benefit-name-en")), "Featured in the newsletter");
        userSets(_get(TextField.class, spec -> spec.withId("benefit-name-fr")), "Mise en avant dans la lettre");
        userSets(_get(TextArea.class, spec -> spec.withId("benefit-description-en")), "<b>Once</b> a quarter.");
        userSets(_get(TextArea.class, spec -> spec.withId("benefit-description-fr")), "Une fois par trimestre.");
        userSets((CheckboxGroup<ListingType>) _get(CheckboxGroup.class, spec -> spec.withId("benefit-listing-types")),
                Set.of(ListingType.TRIAL));
        userSets((CheckboxGroup<Storefront>) _get(CheckboxGroup.class, spec -> spec.withId("benefit-storefronts")),
                Set.of(Storefront.APPSOURCE));
        userSets(_get(IntegerField.class, spec -> spec.withId("benefit-min-leads")), -3);
        _click(_get(Button.class, spec -> spec.withId("save-benefit")));
        TextField code = _get(TextField.class, spec -> spec.withId("benefit-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("Capital letters");
        IntegerField leads = _get(IntegerField.class, spec -> spec.withId("benefit-min-leads"));
        assertThat(leads.isInvalid()).isTrue();
        assertThat(_size(grid)).as("nothing saved").isEqualTo(before);

        userSets(code, "NEWSLETTER_" + System.nanoTime() % 100000);
        userSets(leads, 3);
        _click(_get(Button.class, spec -> spec.withId("save-benefit")));
        assertThat(code.isInvalid()).isFalse();
        assertThat(_size(grid)).isEqualTo(before + 1);
    }

    @Test
    void aPublisherCannotOpenTheCatalogue() {
        login("owner@contoso.example");
        assertNotFound(() -> navigate("staff/benefits"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTestDriveFormShowsEachKindsFieldsAndItsMessages() {
        login("developer@contoso.example");
        long pbi = offers.findByAddress("contoso", "contoso-insights-pbi").orElseThrow().id();
        navigate("offers/" + pbi + "/go-to-market");
        _get(TabSheet.class, spec -> spec.withId("gtm-tabs")).setSelectedIndex(2);
        Select<TestDriveType> type = _get(Select.class, spec -> spec.withId("testdrive-type"));
        userSets(type, TestDriveType.HOSTED_DYNAMICS_365);
        TextField entra = _get(TextField.class, spec -> spec.withId("testdrive-entra-app"));
        TextField logicApp = _get(TextField.class, spec -> spec.withId("testdrive-logic-app"));
        assertThat(entra.isVisible()).isTrue();
        _assertNone(TextField.class, spec -> spec.withId("testdrive-report-url"));
        _assertNone(MultiSelectComboBox.class, spec -> spec.withId("testdrive-regions"));
        userSets(entra, "eb7927c8-dd66-43e1-b0cf-c346a422063");
        userSets(logicApp, "http://prod-1.westeurope.logic.azure.com/workflows/x");
        userSets(_get(IntegerField.class, spec -> spec.withId("testdrive-warm")), -1);
        _click(_get(Button.class, spec -> spec.withId("save-test-drive")));
        assertThat(entra.isInvalid()).isTrue();
        assertThat(entra.getErrorMessage()).contains("8-4-4-4-12");
        assertThat(logicApp.getErrorMessage()).contains("logic.azure.com");
        IntegerField warm = _get(IntegerField.class, spec -> spec.withId("testdrive-warm"));
        assertThat(warm.isInvalid()).isTrue();
        assertThat(warm.getErrorMessage()).isEqualTo("Between 0 and 50 instances.");

        userSets(type, TestDriveType.POWER_BI);
        TextField report = _get(TextField.class, spec -> spec.withId("testdrive-report-url"));
        assertThat(report.isVisible()).isTrue();
        _assertNone(IntegerField.class, spec -> spec.withId("testdrive-warm"));
        userSets(report, "https://example.com/report");
        _click(_get(Button.class, spec -> spec.withId("save-test-drive")));
        assertThat(report.isInvalid()).isTrue();
        assertThat(report.getErrorMessage()).contains("powerbi.com");
    }
}
