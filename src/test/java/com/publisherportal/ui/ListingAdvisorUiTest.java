package com.publisherportal.ui;

import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.ui.ListingEditorView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The listing advisor in the editor and on the review page; verticals in the editor and on the storefront. */
@PortalSpringTest
@ActiveProfiles("test")
class ListingAdvisorUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired ListingService listings;

    private long open(String offerId) {
        long id = offers.findByAddress("contoso", offerId).orElseThrow().id();
        navigate("offers/" + id + "/listing");
        _get(ListingEditorView.class);
        return id;
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static int score(String prefix) {
        String shown = _get(Span.class, spec -> spec.withId(prefix + "-score")).getText();
        assertThat(shown).matches("Score: \\d+ / 100");
        return Integer.parseInt(shown.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    @Test
    void typingTheTitleChangesTheScoreAndNamesTheTitleInTheReason() {
        login("owner@contoso.example");
        open("contoso-insights-pbi");
        // The demo's keywords are analytics, compliance, cloud.
        TextField name = _get(TextField.class, spec -> spec.withId("listing-name"));
        userSets(name, "Contoso Insights");
        int without = score("listing-advisor");
        assertThat(text("listing-advisor-TITLE_KEYWORD")).startsWith("✗ A title that carries your search words")
                .contains("The title «Contoso Insights» carries none of your search keywords.")
                .contains("To change: Put your most important search word, «analytics», in the title.");
        userSets(name, "Contoso Analytics Insights");
        assertThat(score("listing-advisor")).isGreaterThan(without);
        assertThat(text("listing-advisor-TITLE_KEYWORD")).startsWith("✓")
                .contains("The title «Contoso Analytics Insights» carries the keyword «analytics».");
        // Advice never blocks: the save button stays enabled whatever the score.
        assertThat(_get(Button.class, spec -> spec.withId("save-listing")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void verticalsAreChosenUnderEachIndustryAndAThirdIsRefusedNamingTheIndustry() {
        login("owner@contoso.example");
        long id = open("contoso-insights-pbi");
        _get(TabSheet.class, spec -> spec.withId("listing-tabs")).setSelectedIndex(1);
        assertThat(((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class,
                spec -> spec.withId("listing-verticals-retail"))).getValue()).containsExactly("retail.retailers");
        var industries = (MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withId("listing-industries"));
        userSets(industries, Set.of("healthcare"));
        assertThat(_find(MultiSelectComboBox.class, spec -> spec.withId("listing-verticals-retail"))).isEmpty();
        var healthcare = (MultiSelectComboBox<String>) _get(MultiSelectComboBox.class,
                spec -> spec.withId("listing-verticals-healthcare"));
        assertThat(healthcare.getLabel()).isEqualTo("Verticals in Healthcare");
        userSets(healthcare, Set.of("healthcare.payor", "healthcare.provider", "healthcare.pharmaceuticals"));
        assertThat(healthcare.isInvalid()).isTrue();
        assertThat(healthcare.getErrorMessage()).isEqualTo("Healthcare: at most 2 verticals (3 chosen).");

        var before = listings.editorRevision(id);
        _click(_get(Button.class, spec -> spec.withId("save-listing")));
        CustomField<?> verticals = _get(CustomField.class, spec -> spec.withId("listing-verticals"));
        assertThat(verticals.isInvalid()).isTrue();
        assertThat(verticals.getErrorMessage()).isEqualTo("Healthcare: at most 2 verticals (3 chosen).");
        assertThat(listings.editorRevision(id)).isEqualTo(before);

        userSets(healthcare, Set.of("healthcare.payor"));
        assertThat(healthcare.isInvalid()).isFalse();
    }

    @Test
    void theStorefrontShowsEachIndustryWithItsVerticals() {
        UI.getCurrent().navigate("marketplace/product/contoso.contoso-advisory");
        assertThat(text("product-industries")).contains("Retail (Retailers)").contains("Financial services (Insurance)");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate("marketplace/product/contoso.contoso-advisory");
        assertThat(text("product-industries")).contains("Commerce de détail (Distributeurs)")
                .contains("Services financiers (Assurance)");
    }

    @Test
    void staffSeeTheSameAdviceOnTheReviewPage() {
        login("reviewer@portal.example");
        Offer vm = offers.findByAddress("contoso", "contoso-secure-vm").orElseThrow();
        navigate("staff/review/certification/" + vm.id());
        Div panel = _get(Div.class, spec -> spec.withId("review-advisor"));
        assertThat(panel.getElement().getTextRecursively()).contains("Listing advice");
        int score = score("review-advisor");
        assertThat(score).isBetween(0, 99);
        // A virtual machine has no videos: no advice on their length; the demo's datasheet has no link.
        assertThat(_find(Div.class, spec -> spec.withId("review-advisor-VIDEO_LENGTH"))).isEmpty();
        assertThat(text("review-advisor-DOCUMENT_LINKS")).contains("The document «datasheet.pdf» carries no web link.");
        assertThat(text("review-advisor-KEYWORDS")).startsWith("✓");
    }
}
