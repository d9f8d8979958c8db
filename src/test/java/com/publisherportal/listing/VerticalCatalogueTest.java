package com.publisherportal.listing;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Verticals under their industries: at most two per industry, and only under a chosen industry. */
class VerticalCatalogueTest {

    static final VerticalCatalogue CATALOGUE = new VerticalCatalogue(List.of(
            new Vertical("healthcare.payor", "healthcare"), new Vertical("healthcare.provider", "healthcare"),
            new Vertical("healthcare.pharmaceuticals", "healthcare"),
            new Vertical("financial-services.insurance", "financial-services")));

    private static ListingForm form(List<String> industries, List<String> verticals) {
        return new ListingForm("A", "B", null, null, List.of("web"), industries, List.of(), List.of(), null, null, null,
                null, null, null, null, null, null, null, verticals);
    }

    @Test
    void atMostTwoVerticalsPerIndustryTheMessageNamingTheIndustry() {
        assertThat(ListingRules.onSave(form(List.of("healthcare"), List.of("healthcare.payor", "healthcare.provider")),
                null, OfferType.BUSINESS_APP, CATALOGUE)).isEmpty();
        List<Violation> three = ListingRules.onSave(form(List.of("healthcare", "financial-services"),
                List.of("healthcare.payor", "healthcare.provider", "healthcare.pharmaceuticals",
                        "financial-services.insurance")), null, OfferType.CONSULTING_SERVICE, CATALOGUE);
        assertThat(three).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("verticals");
            assertThat(v.messageKey()).isEqualTo("verticals.too-many");
            assertThat(v.arguments()).containsExactly(VerticalCatalogue.name("industry.healthcare"), 2, 3);
        });
    }

    @Test
    void aVerticalOutsideTheChosenIndustriesOrUnknownIsRefused() {
        List<Violation> wrong = ListingRules.onSave(form(List.of("healthcare"), List.of("financial-services.insurance")),
                null, OfferType.BUSINESS_APP, CATALOGUE);
        assertThat(wrong).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("verticals.industry-not-chosen");
            assertThat(v.arguments()).containsExactly(VerticalCatalogue.name("vertical.financial-services.insurance"),
                    VerticalCatalogue.name("industry.financial-services"));
        });
        assertThat(ListingRules.onSave(form(List.of("healthcare"), List.of("healthcare.dentists")), null,
                OfferType.BUSINESS_APP, CATALOGUE)).extracting(Violation::messageKey).containsExactly("verticals.unknown");
        // An offer type without industries has no verticals either; and the submission checks them too.
        assertThat(ListingRules.onSave(form(List.of(), List.of("healthcare.payor")), null, OfferType.SAAS, CATALOGUE))
                .extracting(Violation::field).contains("verticals");
        assertThat(ListingRules.onSubmit(form(List.of("healthcare"), List.of("financial-services.insurance")), "<p>x</p>",
                OfferType.BUSINESS_APP, Map.of(), CATALOGUE)).extracting(Violation::messageKey)
                .contains("verticals.industry-not-chosen");
    }

    @Test
    void verticalsAreGroupedUnderTheirIndustry() {
        assertThat(CATALOGUE.of("healthcare")).containsExactly("healthcare.payor", "healthcare.provider",
                "healthcare.pharmaceuticals");
        assertThat(CATALOGUE.byIndustry(List.of("financial-services.insurance", "healthcare.payor")))
                .containsExactly(Map.entry("financial-services", List.of("financial-services.insurance")),
                        Map.entry("healthcare", List.of("healthcare.payor")));
    }
}
