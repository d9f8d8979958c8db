package com.publisherportal.campaigns;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The benefit catalogue (staff only) and each offer's benefits from the portal's figures; H2 and PostgreSQL. */
abstract class BenefitServicesContract {

    @Autowired SignIn signIn;
    @Autowired BenefitService benefits;
    @Autowired GoToMarketService goToMarket;
    @Autowired OfferService offers;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer offer(String publisher, String offerId) {
        return offers.findByAddress(publisher, offerId).orElseThrow();
    }

    static List<String> codes(List<Benefit> list) {
        return list.stream().map(Benefit::code).toList();
    }

    @Test
    void theCatalogueIsSeededFromTheGoToMarketDocumentInBothLanguages() {
        signIn.as("reviewer@portal.example");
        List<Benefit> catalogue = benefits.catalogue();
        assertThat(codes(catalogue)).contains("LAUNCH_SUPPORT", "APPSOURCE_TRIAL_PROMOTION", "AZURE_TRANSACT_PROMOTION",
                "MARKETING_BENEFITS", "MARKETING_CONTACT", "CO_SELL_READY", "REWARDS_TIER_1", "REWARDS_TIER_3");
        Benefit coSell = catalogue.stream().filter(b -> b.code().equals("CO_SELL_READY")).findFirst().orElseThrow();
        assertThat(coSell.nameFr()).isEqualTo("Éligibilité à la co-vente");
        assertThat(coSell.listingTypes()).containsExactly(ListingType.TRANSACTABLE);
        assertThat(coSell.minBilledSales()).isEqualByComparingTo("10000");
    }

    @Test
    void staffEditTheCatalogueAndPublishersAreRefused() {
        signIn.as("owner@contoso.example");
        assertThatThrownBy(() -> benefits.catalogue()).isInstanceOf(AccessDeniedException.class);
        Benefit sneaky = new Benefit(null, "SNEAKY", BenefitGroup.SALES, "Sneaky", "Sournois", "d", "d",
                EnumSet.of(ListingType.FREE_LISTING), EnumSet.of(Storefront.APPSOURCE), null, null, null, true, 999, -1);
        assertThatThrownBy(() -> benefits.save(sneaky)).isInstanceOf(AccessDeniedException.class);

        signIn.as("reviewer@portal.example");
        Benefit added = benefits.save(new Benefit(null, "WEBINAR_SLOT", BenefitGroup.SALES, "A webinar slot",
                "Un créneau de webinaire", "Present the offer in the marketplace's webinar.",
                "Présentez l’offre dans le webinaire de la place de marché.", EnumSet.of(ListingType.TRIAL),
                EnumSet.of(Storefront.APPSOURCE), null, 3, null, false, 999, -1));
        assertThat(added.id()).isNotNull();
        Benefit changed = benefits.save(new Benefit(added.id(), added.code(), added.group(), added.nameEn(), added.nameFr(),
                added.descriptionEn(), added.descriptionFr(), added.listingTypes(), added.storefronts(), null, 5,
                new BigDecimal("1500.50"), false, 999, added.version()));
        assertThat(changed.minLeads()).isEqualTo(5);
        assertThat(changed.minBilledSales()).isEqualByComparingTo("1500.50");
        assertThat(changed.version()).isEqualTo(added.version() + 1);
        assertThatThrownBy(() -> benefits.save(added)).as("a stale version").isInstanceOf(ConflictException.class);
        ValidationException taken = catchThrowableOfType(ValidationException.class, () -> benefits.save(new Benefit(null,
                "webinar_slot", BenefitGroup.SALES, "Again", "Encore", "d", "d", EnumSet.of(ListingType.TRIAL),
                EnumSet.of(Storefront.APPSOURCE), null, null, null, false, 1000, -1)));
        assertThat(taken.byField().get("code")).extracting(ValidationException.Violation::messageKey)
                .containsExactly("benefits.code.taken");
    }

    @Test
    void aConsultingServiceIsAFreeListingAndQualifiesForTheListingBenefits() {
        signIn.as("marketer@contoso.example");
        BenefitStanding advisory = benefits.standing(offer("contoso", "contoso-advisory").id());
        assertThat(advisory.standing().listingTypes()).containsExactly(ListingType.FREE_LISTING);
        assertThat(advisory.standing().storefronts()).containsExactly(Storefront.AZURE_MARKETPLACE, Storefront.APPSOURCE);
        assertThat(advisory.standing().liveOffers()).isEqualTo(2);
        assertThat(codes(advisory.qualified())).contains("LAUNCH_SUPPORT", "GTM_TOOLKIT")
                .doesNotContain("CO_SELL_READY", "APPSOURCE_TRIAL_PROMOTION");
        assertThat(advisory.withinReach()).extracting(w -> w.benefit().code())
                .as("a consulting service can neither offer a trial nor transact").doesNotContain("CO_SELL_READY", "MARKETING_CONTACT");
        assertThat(benefits.seesSales(offer("contoso", "contoso-advisory").id()))
                .as("a marketer does not see money").isFalse();
    }

    @Test
    void aTransactableSaasOfferWithATrialCountsItsPlansAndLeads() {
        signIn.as("owner@contoso.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        BenefitStanding standing = benefits.standing(analytics.id());
        assertThat(standing.standing().listingTypes()).containsExactly(ListingType.FREE_LISTING, ListingType.TRIAL,
                ListingType.TRANSACTABLE);
        assertThat(standing.standing().leads()).isPositive();
        assertThat(codes(standing.qualified())).contains("LAUNCH_SUPPORT", "AZURE_TRIAL_PROMOTION",
                "APPSOURCE_TRIAL_PROMOTION", "AZURE_TRANSACT_PROMOTION");
        assertThat(standing.withinReach()).allSatisfy(w -> assertThat(w.missing()).isNotEmpty());
        assertThat(benefits.seesSales(analytics.id())).isTrue();
    }

    @Test
    void aTestDriveMakesAnAzureApplicationATrial() {
        signIn.as("owner@fabrikam.example");
        Offer backup = offer("fabrikam", "fabrikam-backup");
        BenefitStanding before = benefits.standing(backup.id());
        assertThat(before.standing().trial()).isFalse();
        assertThat(before.withinReach()).filteredOn(w -> w.benefit().code().equals("AZURE_TRIAL_PROMOTION"))
                .singleElement().satisfies(w -> assertThat(w.missing()).extracting(BenefitRequirement::listingType)
                        .containsExactly(ListingType.TRIAL));
        goToMarket.saveTestDrive(backup.id(), GoToMarketServicesContract.form(TestDriveType.AZURE_RESOURCE_MANAGER),
                "m.pdf", new ByteArrayInputStream(GeneratedArtwork.pdf("Manual")), -1);
        try {
            BenefitStanding after = benefits.standing(backup.id());
            assertThat(after.standing().trial()).isTrue();
            assertThat(codes(after.qualified())).contains("AZURE_TRIAL_PROMOTION");
        } finally {
            goToMarket.removeTestDrive(backup.id());
        }
    }

    @Test
    void fabrikamCannotSeeContososBenefitsAndStaffCan() {
        long analytics = offer("contoso", "contoso-analytics").id();
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> benefits.standing(analytics)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> benefits.seesSales(analytics)).isInstanceOf(NotFoundException.class);
        signIn.as("reviewer@portal.example");
        assertThat(benefits.standing(analytics).standing().onStorefront()).isTrue();
        assertThat(benefits.seesSales(analytics)).isTrue();
    }
}
