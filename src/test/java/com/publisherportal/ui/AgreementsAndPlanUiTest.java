package com.publisherportal.ui;

import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.SignUpService;
import com.publisherportal.onboarding.AgreementKind;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.NominationService;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.onboarding.ui.AgreementVersionsView;
import com.publisherportal.testsupport.AgreementsReset;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The agreements' pages (staff publish, the owner accepts, the offer's blocker) and the planning guide. */
@PortalSpringTest
@ActiveProfiles("test")
class AgreementsAndPlanUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired SignUpService signUps;
    @Autowired NominationService nominations;
    @Autowired ReviewService reviews;
    @Autowired JdbcClient jdbc;
    @Autowired com.publisherportal.onboarding.AgreementService agreements;

    @AfterEach
    void everyoneAcceptsAgain() {
        AgreementsReset.acceptCurrentEverywhere(jdbc);
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private List<Anchor> agreementBlockers() {
        return _find(Anchor.class).stream().filter(a -> "onboarding/agreements".equals(a.getHref())
                && a.getClassNames().contains("portal-fix-link")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewVersionPublishedByAnAdministratorBlocksTheOfferUntilTheOwnerAcceptsIt() {
        login("admin@portal.example");
        navigate("admin/agreements");
        userSets((Select<AgreementKind>) _get(Select.class, spec -> spec.withId("agreement-kind")), AgreementKind.TERMS_OF_USE);
        userSets(_get(TextArea.class, spec -> spec.withId("agreement-bodyEn")), "Plain text, <script>alert(1)</script> stays text.");
        userSets(_get(TextArea.class, spec -> spec.withId("agreement-changesEn")), "Refunds within 14 days.");
        userSets(_get(TextArea.class, spec -> spec.withId("agreement-changesFr")), "Remboursement sous 14 jours.");
        click("agreement-publish");
        int published = agreements.current().stream().filter(v -> v.kind() == AgreementKind.TERMS_OF_USE)
                .findFirst().orElseThrow().number();
        assertThat(published).isGreaterThan(1);
        // The form now offers the next version.
        assertThat(_get(Button.class, spec -> spec.withId("agreement-publish")).getText())
                .isEqualTo("Publish version " + (published + 1));

        login("developer@contoso.example");
        long edge = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        navigate("offers/" + edge);
        assertThat(agreementBlockers()).singleElement().satisfies(a -> assertThat(a.getText())
                .contains("Terms of use").contains("version " + published).contains("Refunds within 14 days."));

        login("manager@contoso.example");
        navigate("onboarding/agreements");
        assertThat(text("agreement-status-TERMS_OF_USE")).isEqualTo("New version to accept");
        _assertNone(Button.class, spec -> spec.withId("agreement-accept-TERMS_OF_USE"));

        login("owner@contoso.example");
        navigate("onboarding");
        navigate("onboarding/agreements");
        assertThat(text("agreement-changes-TERMS_OF_USE")).isEqualTo("Refunds within 14 days.");
        Div body = _get(Div.class, spec -> spec.withId("agreement-text-TERMS_OF_USE"));
        // The staff's text is text: the tag is shown, not run.
        assertThat(body.getElement().getText()).isEqualTo("Plain text, <script>alert(1)</script> stays text.");
        assertThat(body.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        click("agreement-accept-TERMS_OF_USE");
        assertThat(text("agreement-status-TERMS_OF_USE")).startsWith("Accepted by");
        _assertNone(Button.class, spec -> spec.withId("agreement-accept-TERMS_OF_USE"));

        login("developer@contoso.example");
        navigate("offers/" + edge);
        assertThat(agreementBlockers()).isEmpty();
    }

    @Test
    void onlyAdministratorsOpenThePublishingPage() {
        login("owner@contoso.example");
        assertNotFound(() -> navigate("admin/agreements"));
        login("reviewer@portal.example");
        assertNotFound(() -> navigate("admin/agreements"));
        login("admin@portal.example");
        navigate("admin/agreements");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AgreementVersionsView.class);
    }

    @Test
    void thePlanningPageShowsWhereTheAccountStands() {
        login("owner@litware.example");
        navigate("onboarding/plan");
        assertThat(_get(Div.class, spec -> spec.withId("plan-stage-NOMINATION")).getElement().getAttribute("data-state")).isEqualTo("DONE");
        assertThat(_get(Div.class, spec -> spec.withId("plan-stage-REGISTRATION")).getElement().getAttribute("data-state")).isEqualTo("CURRENT");
        assertThat(_get(Div.class, spec -> spec.withId("plan-stage-OFFER_BUILD")).getElement().getAttribute("data-state")).isEqualTo("CURRENT");
        assertThat(_get(Div.class, spec -> spec.withId("plan-stage-LIVE")).getElement().getAttribute("data-state")).isEqualTo("UPCOMING");
        assertThat(text("plan-here")).isEqualTo("You are here: Seller registration and Building the offer.");
        assertThat(text("plan-stage-NOMINATION")).contains("Up to 3 business days");
        assertThat(text("plan-stage-REGISTRATION")).contains("Up to 2 weeks").contains("Decision due by");

        login("owner@contoso.example");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate("onboarding");
        navigate("onboarding/plan");
        assertThat(_get(Div.class, spec -> spec.withId("plan-stage-LIVE")).getElement().getAttribute("data-state")).isEqualTo("DONE");
        assertThat(text("plan-here")).isEqualTo("Votre offre est en ligne : tout le chemin est parcouru.");
        assertThat(text("plan-stage-NOMINATION")).contains("Jusqu’à 3 jours ouvrés");
    }

    @Test
    void theOwnerSeesThePromotionCodeOnceAndWaivesTheFeeWithIt() {
        String email = "ui-pkg-" + System.nanoTime() % 1_000_000 + "@package.example";
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("UI Package Co", "UI Package",
                "uipkg-" + System.nanoTime() % 1_000_000, "FR", "Una Owner", email, "a-strong-passphrase-42", "en"))
                .orElseThrow();
        signIn.as(email);
        Nomination nomination = nominations.submit(account.id(), new NominationService.NominationForm("UI VM",
                OfferType.VIRTUAL_MACHINE, "An image", PlatformRelation.RUNS_ON, "Virtual Machines", "Shops",
                "https://ui.example"));
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());

        login(email);
        navigate("onboarding/nomination");
        String code = _get(Span.class, spec -> spec.withId("promotion-code")).getText();
        assertThat(code).matches("PP(-[A-Z2-9]{5}){4}");
        assertThat(text("approval-pre-approval")).contains("Virtual machine").contains("UI VM");
        assertThat(text("approval-contact")).contains("will be assigned");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("onboarding/plan", "onboarding/registration");

        // Shown once: the next visit says when it was shown.
        navigate("onboarding");
        navigate("onboarding/nomination");
        _assertNone(Span.class, spec -> spec.withId("promotion-code"));
        assertThat(text("approval-code")).contains("was shown on");

        // Staff assign the onboarding contact on the nomination's review page.
        login("reviewer@portal.example");
        navigate("staff/review/nomination/" + nomination.id());
        assertThat(text("approval-staff-code")).contains("was shown on").doesNotContain(code);
        @SuppressWarnings("unchecked")
        var contact = (com.vaadin.flow.component.combobox.ComboBox<com.publisherportal.account.StaffMember>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("onboarding-contact"));
        userSets(contact, contact.getListDataView().getItems()
                .filter(m -> m.email().equals("reviewer@portal.example")).findFirst().orElseThrow());
        click("onboarding-contact-assign");
        assertThat(text("approval-staff-contact")).contains("reviewer@portal.example");

        login(email);
        navigate("onboarding/nomination");
        assertThat(text("approval-contact")).contains("reviewer@portal.example");
        navigate("onboarding/registration");
        userSets(_get(TextField.class, spec -> spec.withId("promotion-code-input")), code);
        click("promotion-code-redeem");
        assertThat(text("developer-fee-waived")).contains("waived");
        navigate("onboarding");
        navigate("onboarding/registration");
        assertThat(text("developer-fee-waived")).contains("waived on");
        _assertNone(TextField.class, spec -> spec.withId("promotion-code-input"));
        assertThat(_find(Paragraph.class)).isNotEmpty();
    }
}
