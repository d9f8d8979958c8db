package com.publisherportal.listing;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every listing limit (docs/domain.md, Storefront listing limits) at its boundary. */
class ListingRulesTest {

    private static ListingForm form(String name, String summary, List<String> categories, List<String> keywords) {
        return new ListingForm(name, summary, null, null, categories, List.of(), List.of(), keywords,
                "https://contoso.example/privacy", "Support", "support@contoso.example", null, "Eng",
                "eng@contoso.example", null, null, null, null);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void threeKeywordsAreAcceptedAndFourRefused() {
        assertThat(ListingRules.onSave(form("A", "B", List.of("web"), List.of("a", "b", "c")), null, OfferType.SAAS)).isEmpty();
        List<Violation> four = ListingRules.onSave(form("A", "B", List.of("web"), List.of("a", "b", "c", "d")), null, OfferType.SAAS);
        assertThat(four).extracting(Violation::messageKey).containsExactly("listing.keywords.too-many");
    }

    @Test
    void lengthLimitsHoldAtTheirBoundaries() {
        assertThat(ListingRules.onSave(form("n".repeat(50), "s".repeat(100), List.of(), List.of()), "d".repeat(5000), OfferType.SAAS)).isEmpty();
        assertThat(fields(ListingRules.onSave(form("n".repeat(51), "s".repeat(101), List.of(), List.of()), "d".repeat(5001), OfferType.SAAS)))
                .containsExactlyInAnyOrder("name", "summary", "description");
    }

    @Test
    void oneToThreeCategoriesAreNeeded() {
        Map<MediaKind, Integer> media = Map.of(MediaKind.LOGO_SMALL, 1, MediaKind.LOGO_LARGE, 1, MediaKind.DOCUMENT, 1);
        assertThat(ListingRules.onSubmit(form("A", "B", List.of("web", "iot", "media"), List.of()), "<p>x</p>", OfferType.SAAS, media)).isEmpty();
        assertThat(fields(ListingRules.onSubmit(form("A", "B", List.of(), List.of()), "<p>x</p>", OfferType.SAAS, media))).containsExactly("categories");
        assertThat(fields(ListingRules.onSave(form("A", "B", List.of("a", "b", "c", "d"), List.of()), null, OfferType.SAAS))).containsExactly("categories");
    }

    @Test
    void submittingNeedsLogosADocumentAndContacts() {
        ListingForm bare = new ListingForm("A", "B", null, null, List.of("web"), List.of(), List.of(), List.of(), null,
                null, null, null, null, null, null, null, null, null);
        List<Violation> violations = ListingRules.onSubmit(bare, null, OfferType.SAAS, Map.of());
        assertThat(violations).extracting(Violation::messageKey).contains("listing.logo-small.required",
                "listing.logo-large.required", "listing.documents.required", "listing.privacy-url.required");
        assertThat(fields(violations)).contains("description", "supportName", "supportEmail", "engineeringName", "engineeringEmail");
    }

    @Test
    void industriesAndProductsOnlyWhereTheOfferTypeAllowsThem() {
        ListingForm withIndustry = new ListingForm("A", "B", null, null, List.of(), List.of("retail"), List.of("Excel"),
                List.of(), null, null, null, null, null, null, null, null, null, null);
        assertThat(ListingRules.onSave(withIndustry, null, OfferType.VIRTUAL_MACHINE)).extracting(Violation::messageKey)
                .containsExactly("listing.not-for-type", "listing.not-for-type");
        assertThat(ListingRules.onSave(withIndustry, null, OfferType.BUSINESS_APP)).isEmpty();
        ListingForm threeIndustries = new ListingForm("A", "B", null, null, List.of(), List.of("a", "b", "c"), List.of(),
                List.of(), null, null, null, null, null, null, null, null, null, null);
        assertThat(ListingRules.onSave(threeIndustries, null, OfferType.BUSINESS_APP)).extracting(Violation::messageKey)
                .containsExactly("listing.industries.too-many");
        assertThat(ListingRules.onSave(threeIndustries, null, OfferType.CONSULTING_SERVICE)).isEmpty();
    }

    @Test
    void privacyPolicyMustBeHttps() {
        ListingForm http = new ListingForm("A", "B", null, null, List.of(), List.of(), List.of(), List.of(),
                "http://contoso.example/privacy", null, null, null, null, null, null, null, null, null);
        assertThat(ListingRules.onSave(http, null, OfferType.SAAS)).extracting(Violation::messageKey)
                .containsExactly("listing.privacy-url.https");
    }

    @ParameterizedTest(name = "{0}: {1}-{2} {3} → {4}")
    @CsvSource({
            "Contoso, 2, WEEK, IMPLEMENTATION, ",
            "Contoso, 3, WEEK, IMPLEMENTATION, listing.consulting.implementation-too-long",
            "Contoso, 14, DAY, IMPLEMENTATION, ",
            "Contoso, 15, DAY, IMPLEMENTATION, listing.consulting.implementation-too-long",
            "Contoso, 3, WEEK, WORKSHOP, ",
            "Contoso, 0, DAY, BRIEFING, listing.consulting.duration-whole",
            "Contoso: Cloud, 1, DAY, BRIEFING, listing.consulting.name-colon",
            "A very long consulting company name here, 1, DAY, PROOF_OF_CONCEPT, listing.consulting.title-too-long"})
    void consultingTitlesFollowTheNameDurationTypeFormat(String name, int duration, ConsultingUnit unit,
                                                         ConsultingType type, String expected) {
        List<Violation> violations = new ConsultingTitle(name, duration, unit, type).violations();
        if (expected == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(Violation::messageKey).contains(expected);
        }
    }

    @Test
    void theComposedTitleReadsAsTheMarketplaceExpects() {
        assertThat(new ConsultingTitle("Contoso", 2, ConsultingUnit.WEEK, ConsultingType.IMPLEMENTATION).composed())
                .isEqualTo("Contoso: 2-Week Implementation");
        assertThat(new ConsultingTitle("Fabrikam", 4, ConsultingUnit.HOUR, ConsultingType.PROOF_OF_CONCEPT).composed())
                .isEqualTo("Fabrikam: 4-Hour Proof of concept");
    }
}
