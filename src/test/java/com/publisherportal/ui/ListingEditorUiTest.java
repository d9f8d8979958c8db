package com.publisherportal.ui;

import com.publisherportal.listing.ConsultingType;
import com.publisherportal.listing.ConsultingUnit;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.ui.ListingEditorView;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The listing editor: the fields each offer type gets, saving through the form, errors at their fields, read-only. */
@PortalSpringTest
@ActiveProfiles("test")
class ListingEditorUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired ListingService listings;

    private long open(String offerId) {
        long id = offers.findByAddress("contoso", offerId).orElseThrow().id();
        navigate("offers/" + id + "/listing");
        _get(ListingEditorView.class);
        return id;
    }

    private void tab(int index) {
        _get(TabSheet.class, spec -> spec.withId("listing-tabs")).setSelectedIndex(index);
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static boolean present(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static java.util.List<String> mediaHeadings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsultingOfferComposesItsTitleAndShowsItsErrorsAtTheFields() {
        login("owner@contoso.example");
        open("contoso-advisory");
        assertThat(text("listing-name").getLabel()).isEqualTo("Company or offer name");
        assertThat(_get(IntegerField.class, spec -> spec.withId("listing-consultingDuration")).getValue()).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("consulting-title")).getText())
                .startsWith("Title: Contoso: 2-Week Implementation (");
        userSets(_get(IntegerField.class, spec -> spec.withId("listing-consultingDuration")), 3);
        assertThat(_get(Span.class, spec -> spec.withId("consulting-title")).getText())
                .startsWith("Title: Contoso: 3-Week Implementation (");
        userSets(text("listing-name"), "Contoso: Ltd");
        tab(1);
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("listing-industries")).getHelperText())
                .isEqualTo("Choose up to 6.");
        assertThat(present("listing-productsUsed-1")).isFalse();
        tab(2);
        assertThat(mediaHeadings()).anyMatch(h -> h.startsWith("Videos"));
        tab(0);

        ListingRevision before = listings.editorRevision(offers.findByAddress("contoso", "contoso-advisory").orElseThrow().id());
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        // Duration, unit and type reached the service: a 3-week implementation is too long.
        IntegerField duration = _get(IntegerField.class, spec -> spec.withId("listing-consultingDuration"));
        assertThat(duration.isInvalid()).isTrue();
        assertThat(text("listing-name").isInvalid()).isTrue();
        assertThat(((Select<ConsultingUnit>) _get(Select.class, spec -> spec.withId("listing-consultingUnit"))).getValue())
                .isEqualTo(ConsultingUnit.WEEK);
        assertThat(((Select<ConsultingType>) _get(Select.class, spec -> spec.withId("listing-consultingType"))).getValue())
                .isEqualTo(ConsultingType.IMPLEMENTATION);
        // A field checks itself as it changes (clearing the service's error, or refusing a duration under 1).
        userSets(duration, 2);
        assertThat(duration.isInvalid()).isFalse();
        userSets(duration, 0);
        assertThat(duration.isInvalid()).isTrue();
        assertThat(text("listing-name").isInvalid()).isTrue();
        userSets(text("listing-name"), "Contoso");
        assertThat(text("listing-name").isInvalid()).isFalse();
        tab(3);
        EmailField support = _get(EmailField.class, spec -> spec.withId("listing-supportEmail"));
        userSets(support, "not an address");
        assertThat(support.isInvalid()).isTrue();
        // Nothing was stored.
        assertThat(listings.editorRevision(before.offerId())).isEqualTo(before);
    }

    @Test
    void anAppSourceOfferNamesProductsAndIndustries() {
        login("owner@contoso.example");
        open("contoso-insights-pbi");
        tab(1);
        assertThat(present("listing-productsUsed-1")).isTrue();
        assertThat(present("listing-productsUsed-3")).isTrue();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("listing-industries")).getHelperText())
                .isEqualTo("Choose up to 2.");
        tab(2);
        assertThat(mediaHeadings()).anyMatch(h -> h.startsWith("Videos"));
        // Saved untouched, the form stores what it showed.
        long id = offers.findByAddress("contoso", "contoso-insights-pbi").orElseThrow().id();
        ListingRevision before = listings.editorRevision(id);
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        ListingRevision after = listings.editorRevision(id);
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after).usingRecursiveComparison().ignoringFields("version", "updatedAt", "updatedBy")
                .isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEdgeModuleSavesEveryFieldAndShowsWhatWasStored() {
        login("marketer@contoso.example");
        long id = open("contoso-edge");
        assertThat(present("listing-consultingDuration")).isFalse();
        assertThat(present("consulting-title")).isFalse();
        userSets(text("listing-name"), "Contoso Edge Agent");
        userSets(text("listing-summary"), "Runs your analytics at the edge");
        tab(1);
        assertThat(present("listing-industries")).isFalse();
        assertThat(present("listing-productsUsed-1")).isFalse();
        userSets(_get(TextArea.class, spec -> spec.withId("listing-description")), "<p>Fast at the edge</p>");
        userSets(_get(TextArea.class, spec -> spec.withId("listing-gettingStarted")), "Install the module.");
        userSets((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withId("listing-categories")),
                Set.of("iot"));
        userSets(text("listing-keywords-1"), " edge ");
        userSets(text("listing-keywords-2"), "edge");
        userSets(text("listing-keywords-3"), "gateway");
        tab(2);
        assertThat(mediaHeadings()).noneMatch(h -> h.startsWith("Videos"));
        tab(3);
        userSets(text("listing-privacyUrl"), "http://contoso.example/privacy");
        userSets(text("listing-supportName"), "Edge Support");
        userSets(_get(EmailField.class, spec -> spec.withId("listing-supportEmail")), "edge@contoso.example");
        userSets(text("listing-supportPhone"), "+1 425 555 0101");
        userSets(text("listing-engineeringName"), "Edge Engineering");
        userSets(_get(EmailField.class, spec -> spec.withId("listing-engineeringEmail")), "edge-eng@contoso.example");
        userSets(text("listing-engineeringPhone"), "+1 425 555 0102");
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        assertThat(text("listing-privacyUrl").isInvalid()).isTrue();
        assertThat(text("listing-privacyUrl").getErrorMessage()).isEqualTo("The privacy policy address must start with https://.");
        userSets(text("listing-privacyUrl"), "https://contoso.example/privacy");
        _click(_get(Button.class, spec -> spec.withId("save-listing")));

        ListingRevision saved = listings.editorRevision(id);
        assertThat(saved.name()).isEqualTo("Contoso Edge Agent");
        assertThat(saved.summary()).isEqualTo("Runs your analytics at the edge");
        assertThat(saved.description()).isEqualTo("<p>Fast at the edge</p>");
        assertThat(saved.gettingStarted()).isEqualTo("Install the module.");
        assertThat(saved.categories()).isEqualTo("iot");
        assertThat(saved.industries()).isNull();
        assertThat(saved.productsUsed()).isNull();
        assertThat(saved.keywords()).isEqualTo("edge\ngateway");
        assertThat(saved.privacyUrl()).isEqualTo("https://contoso.example/privacy");
        assertThat(saved.supportName()).isEqualTo("Edge Support");
        assertThat(saved.supportEmail()).isEqualTo("edge@contoso.example");
        assertThat(saved.supportPhone()).isEqualTo("+1 425 555 0101");
        assertThat(saved.engineeringName()).isEqualTo("Edge Engineering");
        assertThat(saved.engineeringEmail()).isEqualTo("edge-eng@contoso.example");
        assertThat(saved.engineeringPhone()).isEqualTo("+1 425 555 0102");
        assertThat(saved.consultingDuration()).isNull();
        // The editor shows the stored form again, on the tab the user was on.
        assertThat(_get(TabSheet.class, spec -> spec.withId("listing-tabs")).getSelectedIndex()).isEqualTo(3);
        assertThat(text("listing-privacyUrl").isInvalid()).isFalse();
        tab(1);
        assertThat(text("listing-keywords-1").getValue()).isEqualTo("edge");
        assertThat(text("listing-keywords-2").getValue()).isEqualTo("gateway");
        assertThat(text("listing-keywords-3").getValue()).isEmpty();
    }

    @Test
    void whatWasTypedButNotSavedSurvivesAMediaUpload() {
        login("marketer@contoso.example");
        long id = open("contoso-edge");
        String storedSummary = listings.editorRevision(id).summary();
        userSets(text("listing-summary"), "Typed before the logo was added");
        tab(2);
        com.vaadin.flow.component.upload.Upload logo = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("upload-LOGO_SMALL"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(logo, "logo.png", "image/png",
                com.publisherportal.listing.GeneratedArtwork.png(48, 48, java.awt.Color.BLUE, "E"));
        // The editor shows the new logo, and the summary the person typed is still there, unsaved.
        assertThat(_get(TabSheet.class, spec -> spec.withId("listing-tabs")).getSelectedIndex()).isEqualTo(2);
        tab(0);
        assertThat(text("listing-summary").getValue()).isEqualTo("Typed before the logo was added");
        assertThat(listings.editorRevision(id).summary()).isEqualTo(storedSummary);
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        assertThat(listings.editorRevision(id).summary()).isEqualTo("Typed before the logo was added");
    }

    @Test
    void aFinancialUserSeesTheListingReadOnly() {
        login("finance@contoso.example");
        open("contoso-edge");
        assertThat(_get(Button.class, spec -> spec.withId("save-listing")).isEnabled()).isFalse();
        assertThat(text("listing-name").isReadOnly()).isTrue();
        assertThat(text("listing-summary").isReadOnly()).isTrue();
        tab(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("listing-description")).isReadOnly()).isTrue();
        assertThat(text("listing-keywords-1").isReadOnly()).isTrue();
        tab(2);
        assertThat(present("upload-LOGO_SMALL")).isFalse();
        assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("Remove");
        tab(3);
        assertThat(text("listing-privacyUrl").isReadOnly()).isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("listing-supportEmail")).isReadOnly()).isTrue();
    }

    @Test
    void anOverLongSummaryIsKeptMarkedAndNeverSaved() {
        login("marketer@contoso.example");
        long id = open("contoso-edge");
        ListingRevision before = listings.editorRevision(id);
        TextField summary = text("listing-summary");
        // Nothing cuts what the person types (a browser maxlength would silently drop the end).
        assertThat(summary.getMaxLength()).isZero();
        String typed = "x".repeat(163);
        userSets(summary, typed);
        assertThat(summary.getValue()).isEqualTo(typed);
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("163 / 100 — at most 100 characters");
        assertThat(((Span) summary.getSuffixComponent()).getText()).isEqualTo("163 / 100");
        assertThat(summary.getSuffixComponent().getElement().getClassList()).contains("portal-counter-over");

        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        ListingRevision after = listings.editorRevision(id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.summary()).isEqualTo(before.summary());
        assertThat(summary.getValue()).isEqualTo(typed);
        assertThat(summary.isInvalid()).isTrue();

        userSets(summary, "x".repeat(100));
        assertThat(summary.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        assertThat(listings.editorRevision(id).summary()).isEqualTo("x".repeat(100));
    }

    @Test
    void eachBlockerOfTheSubmissionLinksToItsFieldAndTheSubmitButtonWaits() {
        login("owner@contoso.example");
        long id = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        navigate("offers/" + id);
        assertThat(_get(Button.class, spec -> spec.withId("submit-offer")).isEnabled()).isFalse();
        java.util.List<String> links = _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.hasClassName("portal-fix-link")).map(com.vaadin.flow.component.html.Anchor::getHref).toList();
        // Each blocker leads to where it is fixed: a listing field, or the prerequisites tab.
        assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href)
                .matches("offers/" + id + "(/listing\\?field=\\w+|\\?tab=prerequisites)"));
        assertThat(links).anySatisfy(href -> assertThat(href).contains("/listing?field="));
        assertThat(links).anySatisfy(href -> assertThat(href).endsWith("?tab=prerequisites"));

        com.vaadin.flow.component.UI.getCurrent().navigate("offers/" + id + "/listing",
                com.vaadin.flow.router.QueryParameters.of("field", "privacyUrl"));
        assertThat(_get(TabSheet.class, spec -> spec.withId("listing-tabs")).getSelectedIndex()).isEqualTo(3);
        com.vaadin.flow.component.UI.getCurrent().navigate("offers/" + id + "/listing",
                com.vaadin.flow.router.QueryParameters.of("field", "description"));
        assertThat(_get(TabSheet.class, spec -> spec.withId("listing-tabs")).getSelectedIndex()).isEqualTo(1);
    }
}
