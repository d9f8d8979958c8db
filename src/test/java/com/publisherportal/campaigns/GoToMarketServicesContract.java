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
        TestDriveSettings settings = switch (type) {
            case AZURE_RESOURCE_MANAGER -> TestDriveSettings.none();
            case HOSTED_DYNAMICS_365 -> new TestDriveSettings("https://contoso.crm4.dynamics.com",
                    "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x",
                    "6F1A2B3C-4D5E-4F60-8A9B-0C1D2E3F4A5B", "Salesperson", null);
            case POWER_BI -> new TestDriveSettings(null, null, null, null, "https://app.powerbi.com/view?r=eyJrIjoi");
        };
        return new GoToMarketService.TestDriveForm(type, 1, 0, 2, 4, List.of("westeurope"), settings,
                "Try the dashboards.", "Sign in with the account shown on screen.");
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
    void eachKindKeepsWhatItNeedsAndNothingElse() {
        signIn.as("owner@contoso.example");
        Offer app = offer("contoso", "contoso-insights-pbi");
        int version = goToMarket.testDrive(app.id()).map(TestDrive::version).orElse(-1);
        TestDrive dynamics = goToMarket.saveTestDrive(app.id(), form(TestDriveType.HOSTED_DYNAMICS_365), "m.pdf", manual(),
                version);
        assertThat(dynamics.settings().entraAppId()).isEqualTo("6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b");
        assertThat(dynamics.settings().logicAppTriggerUrl()).startsWith("https://prod-12.westeurope.logic.azure.com");
        assertThat(dynamics.settings().securityRole()).isEqualTo("Salesperson");
        assertThat(dynamics.regions()).as("a hosted instance is not deployed to regions").isEmpty();
        assertThat(List.of(dynamics.hotInstances(), dynamics.warmInstances(), dynamics.coldInstances())).containsExactly(1, 0, 2);

        TestDrive report = goToMarket.saveTestDrive(app.id(), form(TestDriveType.POWER_BI), null, null, dynamics.version());
        assertThat(report.settings().reportUrl()).isEqualTo("https://app.powerbi.com/view?r=eyJrIjoi");
        assertThat(report.settings().logicAppTriggerUrl()).as("no stale signed URL left behind").isNull();
        assertThat(report.settings().entraAppId()).isNull();
        assertThat(report.instances()).as("a report link keeps no instances").isZero();

        GoToMarketService.TestDriveForm bad = new GoToMarketService.TestDriveForm(TestDriveType.HOSTED_DYNAMICS_365, 0, -1,
                51, 4, List.of(), new TestDriveSettings("http://contoso.crm.dynamics.com", "https://example.com/hook",
                "eb7927c8-dd66-43e1-b0cf-c346a422063", " ", null), "Try it.", "Use the account on screen.");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> goToMarket.saveTestDrive(app.id(), bad, null, null, report.version()));
        assertThat(e.byField().keySet()).containsExactlyInAnyOrder("warmInstances", "coldInstances", "instanceUrl",
                "logicAppTriggerUrl", "entraAppId", "securityRole");
        assertThat(goToMarket.testDrive(app.id()).orElseThrow().type()).as("nothing half-written").isEqualTo(TestDriveType.POWER_BI);
        assertThat(goToMarket.publicTestDrive(app.id())).as("not live: no public page").isEmpty();
        goToMarket.removeTestDrive(app.id());
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
