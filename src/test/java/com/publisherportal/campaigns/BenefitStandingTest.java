package com.publisherportal.campaigns;

import com.publisherportal.onboarding.OfferType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.publisherportal.campaigns.ListingType.FREE_LISTING;
import static com.publisherportal.campaigns.ListingType.TRANSACTABLE;
import static com.publisherportal.campaigns.ListingType.TRIAL;
import static com.publisherportal.campaigns.Storefront.APPSOURCE;
import static com.publisherportal.campaigns.Storefront.AZURE_MARKETPLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which benefits an offer qualifies for by listing type, storefront and figures, and what the next step takes. */
class BenefitStandingTest {

    private static int order = 0;

    private static Benefit benefit(String code, Set<ListingType> types, Set<Storefront> storefronts, Integer liveOffers,
                                   Integer leads, String sales) {
        return new Benefit((long) ++order, code, BenefitGroup.LISTING, code, code, "d", "d", types, storefronts, liveOffers,
                leads, sales == null ? null : new BigDecimal(sales), true, order, 0);
    }

    private static final List<Benefit> CATALOGUE = List.of(
            benefit("LAUNCH", EnumSet.allOf(ListingType.class), EnumSet.allOf(Storefront.class), null, null, null),
            benefit("APPSOURCE_TRIAL", EnumSet.of(TRIAL), EnumSet.of(APPSOURCE), null, null, null),
            benefit("AZURE_TRIAL", EnumSet.of(TRIAL), EnumSet.of(AZURE_MARKETPLACE), null, null, null),
            benefit("AZURE_TRANSACT", EnumSet.of(TRANSACTABLE), EnumSet.of(AZURE_MARKETPLACE), null, null, null),
            benefit("CONTACT", EnumSet.of(TRIAL, TRANSACTABLE), EnumSet.allOf(Storefront.class), 1, 25, null),
            benefit("REWARDS", EnumSet.of(TRANSACTABLE), EnumSet.allOf(Storefront.class), 1, null, "25000"));

    private static List<String> codes(List<Benefit> benefits) {
        return benefits.stream().map(Benefit::code).toList();
    }

    private static List<String> within(BenefitStanding s) {
        return s.withinReach().stream().map(w -> w.benefit().code()).toList();
    }

    @Test
    void aFreeListingQualifiesForTheListingBenefitsOnlyAndAConsultingServiceCannotReachTrialsOrSales() {
        BenefitStanding consulting = BenefitStanding.of(CATALOGUE,
                OfferStanding.of(OfferType.CONSULTING_SERVICE, true, 1, false, false, 40, BigDecimal.ZERO));
        assertThat(consulting.standing().listingTypes()).containsExactly(FREE_LISTING);
        assertThat(codes(consulting.qualified())).containsExactly("LAUNCH");
        assertThat(consulting.withinReach()).as("a consulting service has no plans and no test drive").isEmpty();
        assertThat(consulting.nextStep()).isEmpty();
    }

    @Test
    void aTrialOnAppSourceQualifiesForTheAppSourceTrialBenefitAndIsShownTheLeadsItStillNeeds() {
        BenefitStanding app = BenefitStanding.of(CATALOGUE,
                OfferStanding.of(OfferType.BUSINESS_APP, true, 1, true, false, 10, BigDecimal.ZERO));
        assertThat(app.standing().listingTypes()).containsExactly(FREE_LISTING, TRIAL);
        assertThat(codes(app.qualified())).containsExactly("LAUNCH", "APPSOURCE_TRIAL");
        assertThat(within(app)).as("Azure Marketplace benefits are not for an AppSource offer; it cannot transact")
                .containsExactly("CONTACT");
        assertThat(app.nextStep()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BenefitRequirement.Kind.LEADS);
            assertThat(r.current()).isEqualByComparingTo("10");
            assertThat(r.target()).isEqualByComparingTo("25");
            assertThat(r.progress()).isEqualTo(0.4);
        });
        assertThat(codes(app.nextUnlocks())).containsExactly("CONTACT");
    }

    @Test
    void aTransactableOfferQualifiesBySalesAndAFreeVmIsToldTheTrialIsItsNextStep() {
        BenefitStanding selling = BenefitStanding.of(CATALOGUE,
                OfferStanding.of(OfferType.VIRTUAL_MACHINE, true, 2, false, true, 30, new BigDecimal("30000")));
        assertThat(selling.standing().listingTypes()).containsExactly(FREE_LISTING, TRANSACTABLE);
        assertThat(codes(selling.qualified())).containsExactly("LAUNCH", "AZURE_TRANSACT", "CONTACT", "REWARDS");
        assertThat(within(selling)).containsExactly("AZURE_TRIAL");
        assertThat(selling.nextStep()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BenefitRequirement.Kind.LISTING_TYPE);
            assertThat(r.listingType()).isEqualTo(TRIAL);
        });

        BenefitStanding free = BenefitStanding.of(CATALOGUE,
                OfferStanding.of(OfferType.VIRTUAL_MACHINE, true, 1, false, false, 0, BigDecimal.ZERO));
        assertThat(codes(free.qualified())).containsExactly("LAUNCH");
        assertThat(within(free)).startsWith("AZURE_TRIAL", "AZURE_TRANSACT").contains("CONTACT", "REWARDS");
        BenefitStanding.Within rewards = free.withinReach().stream().filter(w -> w.benefit().code().equals("REWARDS"))
                .findFirst().orElseThrow();
        assertThat(rewards.missing()).extracting(BenefitRequirement::kind)
                .containsExactly(BenefitRequirement.Kind.LISTING_TYPE, BenefitRequirement.Kind.BILLED_SALES);
    }

    @Test
    void anOfferNotLiveQualifiesForNothingYetAndGoingLiveIsTheNextStep() {
        BenefitStanding draft = BenefitStanding.of(CATALOGUE,
                OfferStanding.of(OfferType.SAAS, false, 0, true, true, 0, BigDecimal.ZERO));
        assertThat(draft.qualified()).isEmpty();
        assertThat(draft.nextStep()).extracting(BenefitRequirement::kind).containsExactly(BenefitRequirement.Kind.GO_LIVE);
        assertThat(codes(draft.nextUnlocks())).containsExactlyInAnyOrder("LAUNCH", "APPSOURCE_TRIAL", "AZURE_TRIAL",
                "AZURE_TRANSACT");
    }

    @Test
    void anInactiveBenefitIsNeverShown() {
        Benefit off = new Benefit(99L, "OFF", BenefitGroup.SALES, "Off", "Off", "d", "d", EnumSet.of(FREE_LISTING),
                EnumSet.allOf(Storefront.class), null, null, null, false, 1, 0);
        BenefitStanding s = BenefitStanding.of(List.of(off),
                OfferStanding.of(OfferType.SAAS, true, 1, false, false, 0, BigDecimal.ZERO));
        assertThat(s.qualified()).isEmpty();
        assertThat(s.withinReach()).isEmpty();
    }

    @Test
    void aBenefitValidatesItselfFieldByField() {
        assertThatThrownBy(() -> new Benefit(null, "bad code", null, "", "x".repeat(101), "d", "", Set.of(), Set.of(), -1,
                null, new BigDecimal("1.234"), true, 0, -1))
                .isInstanceOfSatisfying(com.publisherportal.common.ValidationException.class, e ->
                        assertThat(e.byField().keySet()).containsExactlyInAnyOrder("code", "group", "nameEn", "nameFr",
                                "descriptionFr", "listingTypes", "storefronts", "minLiveOffers", "minBilledSales"));
    }

    @Test
    void theListingTypesAnOfferTypeCanReachFollowItsPlansAndTestDrives() {
        assertThat(ListingType.reachable(OfferType.CONSULTING_SERVICE)).containsExactly(FREE_LISTING);
        assertThat(ListingType.reachable(OfferType.BUSINESS_APP)).containsExactly(FREE_LISTING, TRIAL);
        assertThat(ListingType.reachable(OfferType.SAAS)).containsExactly(FREE_LISTING, TRIAL, TRANSACTABLE);
        assertThat(ListingType.reachable(OfferType.AZURE_APPLICATION)).containsExactly(FREE_LISTING, TRIAL, TRANSACTABLE);
        assertThat(ListingType.reachable(OfferType.IOT_EDGE_MODULE)).containsExactly(FREE_LISTING);
    }
}
