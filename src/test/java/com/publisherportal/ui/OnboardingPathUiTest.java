package com.publisherportal.ui;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.ui.ListingEditorView;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.Prerequisite;
import com.publisherportal.onboarding.ui.OfferView;
import com.publisherportal.onboarding.ui.OnboardingView;
import com.publisherportal.onboarding.ui.ReviewItemView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole seller path through the views: sign up → nominate → staff approve → register →
 * approve → draft offer → prerequisites → submit → certification fails with a report → fix →
 * resubmit → pass → preview → go live → stop sell.
 */
@PortalSpringTest
@ActiveProfiles("test")
class OnboardingPathUiTest extends KaribuTest {

    private static final String OWNER = "olivia@tailspin.example";

    @Autowired PublisherAccountRepository accounts;
    @Autowired OfferService offers;
    @Autowired NotificationService notifications;

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private void type(String id, String value) {
        userSets(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        userSets((Select<T>) _get(Select.class, spec -> spec.withId(id)), value);
    }

    private void tick(String id) {
        userSets(_get(Checkbox.class, spec -> spec.withId(id)), true);
    }

    @SuppressWarnings("unchecked")
    private void mark(String id, boolean passed) {
        userSets((com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId(id)), passed);
    }

    private void showTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("offer-tabs")).setSelectedIndex(index);
    }

    private long offerId() {
        return offers.findByAddress("tailspin", "tailspin-vm").orElseThrow().id();
    }

    private OfferStatus status() {
        return offers.findByAddress("tailspin", "tailspin-vm").orElseThrow().status();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublisherGoesFromSignUpToALiveOfferAndStopsSelling() {
        // Sign up
        navigate("signup");
        type("legal-name", "Tailspin Toys SAS");
        type("display-name", "Tailspin");
        type("publisher-id", "tailspin");
        userSets((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("country")), "FR");
        type("owner-name", "Olivia Owner");
        userSets(_get(EmailField.class, spec -> spec.withId("email")), OWNER);
        userSets(_get(PasswordField.class, spec -> spec.withId("password")), "tailspin passphrase");
        click("sign-up");

        // Nominate
        login(OWNER);
        navigate("onboarding");
        _get(OnboardingView.class);
        navigate("onboarding/nomination");
        type("nomination-product", "Tailspin Secure VM");
        choose("nomination-type", OfferType.VIRTUAL_MACHINE);
        userSets(_get(TextArea.class, spec -> spec.withId("nomination-description")), "A hardened VM image for toy shops.");
        choose("nomination-relation", PlatformRelation.RUNS_ON);
        type("nomination-service", "Virtual Machines");
        type("nomination-customers", "Toy retailers");
        type("nomination-website", "https://tailspin.example");
        click("nomination-submit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OnboardingView.class);

        // Staff approve the nomination from the queue
        login("reviewer@portal.example");
        navigate("staff/queue");
        navigate(queueLink("nomination"));
        click("claim");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Claimed by you (Rita Reviewer)")).isVisible()).isTrue();
        click("approve");
        login(OWNER);
        assertThat(notifications.mine(5)).extracting(n -> n.messageKey()).contains("notification.nomination-approved");

        // Register as a seller
        navigate("onboarding/registration");
        type("registration-legalName", "Tailspin Toys SAS");
        type("registration-addressLine", "3 place Bellecour");
        type("registration-city", "Lyon");
        type("registration-postalCode", "69002");
        userSets((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("registration-country")), "FR");
        type("registration-taxId", "FR40303265045");
        type("registration-iban", "FR76 3000 6000 0112 3456 7890 189");
        userSets(_get(EmailField.class, spec -> spec.withId("registration-supportEmail")), "help@tailspin.example");
        tick("registration-policiesAccepted");
        tick("registration-termsAccepted");
        tick("registration-privacyAccepted");
        tick("registration-certificationAccepted");
        click("registration-submit");

        login("reviewer@portal.example");
        navigate(queueLink("registration"));
        // Decisions are the claimant's: nothing to approve with until the item is claimed.
        _assertNone(Button.class, spec -> spec.withId("approve"));
        click("claim");
        click("approve");

        // Draft an offer and tick its prerequisites
        login(OWNER);
        navigate("offers");
        click("create-offer");
        type("new-offer-id", "tailspin-vm");
        type("new-offer-name", "Tailspin Secure VM");
        choose("new-offer-type", OfferType.VIRTUAL_MACHINE);
        click("save-offer");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferView.class);
        writeListing();
        writePlan();
        navigate("offers/" + offerId());
        showTab(1);
        for (Prerequisite p : Prerequisite.forType(OfferType.VIRTUAL_MACHINE)) {
            // The agreements' item is ticked by the owner's acceptance at registration, not by hand.
            if (p != Prerequisite.TEST_TOOLS_RUN && p != Prerequisite.AGREEMENTS_ACCEPTED) {
                tick("prerequisite-" + p.name());
            }
        }
        showTab(0);
        // While something blocks the submission the button is off, and each blocker leads to its fix.
        assertThat(_get(Button.class, spec -> spec.withId("submit-offer")).isEnabled()).isFalse();
        assertThat(status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Certification test tool"));
        com.vaadin.flow.component.html.Anchor fix = _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getText().contains("Certification test tool")).findFirst().orElseThrow();
        assertThat(fix.getHref()).isEqualTo("offers/" + offerId() + "?tab=prerequisites");
        UI.getCurrent().navigate("offers/" + offerId(), com.vaadin.flow.router.QueryParameters.of("tab", "prerequisites"));
        assertThat(_get(TabSheet.class, spec -> spec.withId("offer-tabs")).getSelectedIndex()).isEqualTo(1);
        tick("prerequisite-TEST_TOOLS_RUN");
        showTab(0);
        click("submit-offer");
        assertThat(status()).isEqualTo(OfferStatus.SUBMITTED);

        // Staff fail the certification with a report
        login("reviewer@portal.example");
        navigate("staff/review/certification/" + offerId());
        _get(ReviewItemView.class);
        click("claim");
        assertThat(status()).isEqualTo(OfferStatus.IN_CERTIFICATION);
        for (String id : new String[]{"cert-global", "cert-platform", "cert-malware", "cert-billing"}) {
            mark(id, true);
        }
        mark("cert-image", false);
        // A failed point says what to fix before anything is recorded.
        click("record-certification");
        assertThat(status()).isEqualTo(OfferStatus.IN_CERTIFICATION);
        assertThat(_get(TextField.class, spec -> spec.withId("cert-image-comment")).isInvalid()).isTrue();
        type("cert-image-comment", "SSH root login is enabled in the image.");
        userSets(_get(TextArea.class, spec -> spec.withId("cert-report")), "One point to fix.");
        click("record-certification");
        assertThat(status()).isEqualTo(OfferStatus.ATTENTION_NEEDED);

        // The publisher reads the report, fixes and resubmits
        login(OWNER);
        navigate("offers/" + offerId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("certification-report")).getText())
                .contains("One point to fix.").contains("Image security compliance: SSH root login is enabled in the image.");
        // The publisher answers the review in the offer's conversation, fixes the listing and a plan, resubmits.
        navigate("offers/" + offerId());
        showTab(3);
        userSets(_get(TextArea.class, spec -> spec.withId("conversation-message")), "Root login is off in image 1.0.1.");
        click("conversation-send");
        navigate("offers/" + offerId() + "/listing");
        type("listing-summary", "A hardened server for toy shops, root login off");
        click("save-listing");
        navigate("offers/" + offerId() + "/plans/hardened");
        type("plan-name", "Hardened image 1.0.1");
        click("save-plan-details");
        navigate("offers/" + offerId());
        click("submit-offer");
        assertThat(status()).isEqualTo(OfferStatus.SUBMITTED);

        // Staff see what changed since their last review, then pass it
        login("reviewer@portal.example");
        navigate("staff/review/certification/" + offerId());
        com.vaadin.flow.component.html.Div changes = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("review-listing-changes"));
        assertThat(changes.getElement().getTextRecursively()).contains("Summary")
                .contains("A hardened server for toy shops").contains("A hardened server for toy shops, root login off")
                .doesNotContain("Offer name");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("review-plan-changes"))
                .getElement().getTextRecursively()).contains("Plan hardened changed");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("conversation"))
                .getElement().getTextRecursively()).contains("Root login is off in image 1.0.1.")
                .contains("reply to the failed review");
        click("claim");
        for (String id : new String[]{"cert-global", "cert-platform", "cert-image", "cert-malware", "cert-billing"}) {
            mark(id, true);
        }
        click("record-certification");
        assertThat(status()).isEqualTo(OfferStatus.PREVIEW);

        // The publisher signs off: live; later, stop sell
        login(OWNER);
        navigate("offers/" + offerId());
        click("go-live");
        assertThat(status()).isEqualTo(OfferStatus.LIVE);
        assertThat(context.getBean(ListingService.class).storefront("tailspin", "tailspin-vm")).isPresent();
        click("stop-sell");
        assertThat(status()).isEqualTo(OfferStatus.STOP_SELL_PENDING);
        login("reviewer@portal.example");
        navigate("staff/review/stop_sell/" + offerId());
        click("complete-stop-sell");
        assertThat(status()).isEqualTo(OfferStatus.NOT_AVAILABLE);

        // The history tab shows every step
        login(OWNER);
        navigate("offers/" + offerId());
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Not available");
    }

    /** Fills the storefront listing in the editor, and adds the logos and a document. */
    @SuppressWarnings("unchecked")
    private void writeListing() {
        navigate("offers/" + offerId() + "/listing");
        _get(ListingEditorView.class);
        type("listing-name", "Tailspin Secure VM");
        type("listing-summary", "A hardened server for toy shops");
        _get(TabSheet.class, spec -> spec.withId("listing-tabs")).setSelectedIndex(1);
        userSets(_get(TextArea.class, spec -> spec.withId("listing-description")), "<p>Hardened and <b>patched</b>.</p>");
        userSets((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withId("listing-categories")),
                java.util.Set.of("security"));
        type("listing-keywords-1", "hardened");
        _get(TabSheet.class, spec -> spec.withId("listing-tabs")).setSelectedIndex(3);
        type("listing-privacyUrl", "https://tailspin.example/privacy");
        type("listing-supportName", "Tailspin Support");
        userSets(_get(EmailField.class, spec -> spec.withId("listing-supportEmail")), "help@tailspin.example");
        type("listing-engineeringName", "Tailspin Engineering");
        userSets(_get(EmailField.class, spec -> spec.withId("listing-engineeringEmail")), "eng@tailspin.example");
        click("save-listing");
        ListingService listings = context.getBean(ListingService.class);
        ListingMediaService listingMedia = context.getBean(ListingMediaService.class);
        listingMedia.upload(offerId(), MediaKind.LOGO_SMALL, "logo.png", png(48, 48));
        listingMedia.upload(offerId(), MediaKind.LOGO_LARGE, "logo.png", png(216, 216));
        listingMedia.upload(offerId(), MediaKind.DOCUMENT, "datasheet.pdf",
                new java.io.ByteArrayInputStream(GeneratedArtwork.pdf("Tailspin datasheet")));
        assertThat(listings.editorRevision(offerId()).summary()).isEqualTo("A hardened server for toy shops");
    }

    /** One bring-your-own-licence plan, sold in every market: what a submission needs of the plans. */
    @SuppressWarnings("unchecked")
    private void writePlan() {
        navigate("offers/" + offerId() + "/plans");
        type("new-plan-id", "hardened");
        type("new-plan-name", "Hardened image");
        type("new-plan-summary", "Hardened and patched every week");
        userSets(_get(TextArea.class, spec -> spec.withId("new-plan-description")), "Bring the licence you bought from Tailspin.");
        click("create-plan");
        _get(TabSheet.class, spec -> spec.withId("plan-tabs")).setSelectedIndex(2);
        userSets((com.vaadin.flow.component.radiobutton.RadioButtonGroup<com.publisherportal.plans.PricingModel>)
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("pricing-model")),
                com.publisherportal.plans.PricingModel.BYOL);
        click("save-pricing");
        _get(TabSheet.class, spec -> spec.withId("plan-tabs")).setSelectedIndex(3);
        click("select-all-markets");
        click("save-markets");
        assertThat(context.getBean(com.publisherportal.plans.PlanService.class).markets(offerId(), "hardened")).hasSizeGreaterThan(30);
        // A virtual machine's plan needs its image (the technical configuration page's form is tested on its own).
        context.getBean(com.publisherportal.technical.TechnicalConfigurationService.class).addImage(offerId(), "hardened",
                new com.publisherportal.technical.ImageVersion("1.0.0", com.publisherportal.technical.OsFamily.LINUX,
                        "Ubuntu Server 24.04 LTS", null, "/subscriptions/5b0a7f9e-3c1d-4e2f-9a8b-1c2d3e4f5a6b/resourceGroups/images"
                        + "/providers/Microsoft.Compute/galleries/toys/images/hardened/versions/1.0.0"));
    }

    private static java.io.InputStream png(int width, int height) {
        return new java.io.ByteArrayInputStream(GeneratedArtwork.png(width, height, java.awt.Color.ORANGE, "T"));
    }

    /** The review page of the tailspin account's open item of a kind, as the queue links it. */
    private String queueLink(String kind) {
        long account = accounts.findByPublisherId("tailspin").orElseThrow().id();
        var reviews = context.getBean(com.publisherportal.onboarding.ReviewService.class);
        return reviews.queue(new com.publisherportal.onboarding.QueueFilter(
                        com.publisherportal.onboarding.QueueKind.valueOf(kind.toUpperCase()), account, null, null),
                java.util.List.of(), com.publisherportal.common.RowWindow.of(0, 1)).getFirst().link();
    }
}
