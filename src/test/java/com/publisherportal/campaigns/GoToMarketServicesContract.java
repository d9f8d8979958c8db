package com.publisherportal.campaigns;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The launch checklist and test drives, per offer type, with tenant isolation; H2 and PostgreSQL. */
abstract class GoToMarketServicesContract {

    @Autowired SignIn signIn;
    @Autowired GoToMarketService goToMarket;
    @Autowired OfferService offers;
    @Autowired ListingService listings;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer offer(String publisher, String offerId) {
        return offers.findByAddress(publisher, offerId).orElseThrow();
    }

    static GoToMarketService.TestDriveForm form(TestDriveType type) {
        return new GoToMarketService.TestDriveForm(type, 1, 2, 4, List.of("westeurope"), "Try the dashboards.",
                "Sign in with the account shown on screen.");
    }

    static ByteArrayInputStream manual() {
        return new ByteArrayInputStream(GeneratedArtwork.pdf("Test drive manual"));
    }

    @Test
    void theChecklistRecordsWhoTickedEachItemAndWhen() {
        signIn.as("marketer@contoso.example");
        Offer analytics = offer("contoso", "contoso-advisory");
        goToMarket.setLaunchItem(analytics.id(), LaunchItem.ANNOUNCED, true);
        goToMarket.setLaunchItem(analytics.id(), LaunchItem.PROMOTED_ON_SITE, true);
        List<LaunchTick> ticks = goToMarket.checklist(analytics.id());
        assertThat(ticks).hasSize(5);
        assertThat(ticks).filteredOn(LaunchTick::done).extracting(LaunchTick::checkedBy).containsOnly("Mia Marketer");
        assertThat(goToMarket.launchProgress(analytics.accountId())).containsEntry(analytics.id(), 2);
        signIn.as("finance@contoso.example");
        assertThatThrownBy(() -> goToMarket.setLaunchItem(analytics.id(), LaunchItem.ANNOUNCED, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void testDriveTypesFollowTheOfferType() {
        signIn.as("owner@contoso.example");
        Offer saas = offer("contoso", "contoso-analytics");
        ValidationException wrong = catchThrowableOfType(ValidationException.class,
                () -> goToMarket.saveTestDrive(saas.id(), form(TestDriveType.AZURE_RESOURCE_MANAGER), "m.pdf", manual(), -1));
        assertThat(wrong.byField().get("type")).extracting(ValidationException.Violation::messageKey)
                .containsExactly("testdrive.type.not-for-offer");
        Offer vm = offer("contoso", "contoso-secure-vm");
        assertThat(goToMarket.saveTestDrive(vm.id(), form(TestDriveType.AZURE_RESOURCE_MANAGER), "m.pdf", manual(), -1).type())
                .isEqualTo(TestDriveType.AZURE_RESOURCE_MANAGER);
        Offer powerBi = offer("contoso", "contoso-insights-pbi");
        assertThat(goToMarket.saveTestDrive(powerBi.id(), form(TestDriveType.POWER_BI), "m.pdf", manual(), -1).type())
                .isEqualTo(TestDriveType.POWER_BI);
    }

    @Test
    void aTestDriveNeedsItsLimitsRespectedAndAPdfManual() {
        signIn.as("owner@fabrikam.example");
        Offer app = offer("fabrikam", "fabrikam-backup");
        GoToMarketService.TestDriveForm tooMuch = new GoToMarketService.TestDriveForm(TestDriveType.AZURE_RESOURCE_MANAGER,
                0, 0, 0, List.of(), "d".repeat(3001), "a".repeat(10001));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> goToMarket.saveTestDrive(app.id(), tooMuch, "m.pdf", manual(), -1));
        assertThat(e.byField().keySet()).contains("hotInstances", "durationHours", "regions", "description", "accessInfo");
        ValidationException notPdf = catchThrowableOfType(ValidationException.class, () -> goToMarket.saveTestDrive(app.id(),
                form(TestDriveType.AZURE_RESOURCE_MANAGER), "manual.pdf",
                new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)), -1));
        assertThat(notPdf.byField()).containsKey("manual");
        assertThat(catchThrowableOfType(ValidationException.class, () -> goToMarket.saveTestDrive(app.id(),
                form(TestDriveType.AZURE_RESOURCE_MANAGER), null, null, -1)).messageKey()).isEqualTo("testdrive.manual.required");
    }

    @Test
    void theStorefrontShowsTestDriveOnlyWhenOneIsConfigured() {
        StorefrontListing before = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        assertThat(before.callsToAction()).doesNotContain(StorefrontListing.CallToAction.TEST_DRIVE);
        signIn.as("owner@fabrikam.example");
        Offer app = offer("fabrikam", "fabrikam-backup");
        goToMarket.saveTestDrive(app.id(), form(TestDriveType.AZURE_RESOURCE_MANAGER), "m.pdf", manual(), -1);
        assertThat(listings.storefront("fabrikam", "fabrikam-backup").orElseThrow().callsToAction())
                .contains(StorefrontListing.CallToAction.TEST_DRIVE);
        goToMarket.removeTestDrive(app.id());
        assertThat(listings.storefront("fabrikam", "fabrikam-backup").orElseThrow().callsToAction())
                .doesNotContain(StorefrontListing.CallToAction.TEST_DRIVE);
    }

    @Test
    void fabrikamCannotSeeOrChangeContososGoToMarket() {
        signIn.as("owner@fabrikam.example");
        Offer contoso = offer("contoso", "contoso-analytics");
        assertThatThrownBy(() -> goToMarket.checklist(contoso.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goToMarket.setLaunchItem(contoso.id(), LaunchItem.ANNOUNCED, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goToMarket.testDrive(contoso.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goToMarket.campaignLink(contoso.id(), "website", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goToMarket.launchProgress(contoso.accountId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCampaignLinkIsRefusedWithTheRuleWhenTheIdIsBad() {
        signIn.as("marketer@contoso.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        assertThat(goToMarket.campaignLink(analytics.id(), "LinkedIn", "spring_26").url())
                .endsWith("/marketplace/product/contoso.contoso-analytics?src=linkedin&mktcmpid=spring_26");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> goToMarket.campaignLink(analytics.id(), "website", "campaign-id-17chr"));
        assertThat(e.byField().get("campaignId")).extracting(ValidationException.Violation::messageKey)
                .containsExactly("campaign.id.too-long");
    }
}
