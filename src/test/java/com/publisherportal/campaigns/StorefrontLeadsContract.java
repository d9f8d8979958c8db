package com.publisherportal.campaigns;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.ValidationException;
import com.publisherportal.leads.Lead;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Storefront visits, calls to action and the leads they create; H2 and PostgreSQL. */
abstract class StorefrontLeadsContract {

    private static final AtomicInteger VISITOR = new AtomicInteger();

    @Autowired StorefrontTracker tracker;
    @Autowired StorefrontLeads storefrontLeads;
    @Autowired ListingService listings;
    @Autowired LeadService leadService;
    @Autowired PublisherAccountRepository accounts;
    @Autowired SignIn signIn;
    @Autowired MutableClock clock;
    @Autowired GoToMarketService goToMarket;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    StorefrontListing analytics() {
        return listings.storefront("contoso", "contoso-analytics").orElseThrow();
    }

    StorefrontVisit visit(StorefrontListing listing, String src, String campaign) {
        String address = "10.0.0." + VISITOR.incrementAndGet();
        return tracker.recordVisit(listing.offer(), new VisitContext(src, campaign,
                "https://www.linkedin.com/feed/", "fr", address, "Mozilla/5.0 test"), "localhost");
    }

    static ContactDetails details(String email) {
        return new ContactDetails("Chloé", "Client", email, "Northwind", "FR", "Chief Information Officer", true);
    }

    List<Lead> contosoLeadsFrom(String email) {
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        return leadService.find(contoso, LeadFilter.all().withSearch(email), List.of(), RowWindow.of(0, 10));
    }

    @Test
    void aCampaignVisitThenContactMeFilesALeadInTheRightInboxWithTheCampaign() {
        StorefrontListing listing = analytics();
        String campaign = "t" + VISITOR.incrementAndGet() + "_" + (System.nanoTime() % 100000);
        StorefrontVisit visit = visit(listing, "linkedin", campaign);
        assertThat(visit.mktcmpid()).isEqualTo(campaign);
        String email = "chloe" + VISITOR.get() + "@northwind.example";
        StorefrontLeads.Outcome outcome = storefrontLeads.act(visit, listing, CallToAction.CONTACT_ME, details(email), "");
        assertThat(outcome.leadId()).isNotNull();
        List<Lead> found = contosoLeadsFrom(email);
        assertThat(found).singleElement().satisfies(lead -> {
            assertThat(lead.actionCode()).isEqualTo("PLT");
            assertThat(lead.leadSource()).isEqualTo("AzureMarketplace-PLT|contoso.contoso-analytics");
            assertThat(lead.offerRef()).isEqualTo(listing.offer().id());
            assertThat(lead.campaign()).isEqualTo("linkedin/" + campaign);
        });
        signIn.as("owner@fabrikam.example");
        long fabrikam = accounts.findByPublisherId("fabrikam").orElseThrow().id();
        assertThat(leadService.find(fabrikam, LeadFilter.all().withSearch(email), List.of(), RowWindow.of(0, 10))).isEmpty();
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        assertThat(tracker.campaigns(contoso, today.minusDays(1), today))
                .filteredOn(r -> campaign.equals(r.mktcmpid()))
                .singleElement().satisfies(r -> {
                    assertThat(r.visits()).isEqualTo(1);
                    assertThat(r.actions()).isEqualTo(1);
                    assertThat(r.leads()).isEqualTo(1);
                    assertThat(r.ctaPercent()).isEqualTo(100.0);
                });
    }

    @Test
    void startingATestDriveFilesAStartTestDriveLead() {
        signIn.as("owner@fabrikam.example");
        var backup = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        goToMarket.saveTestDrive(backup.offer().id(), new GoToMarketService.TestDriveForm(TestDriveType.AZURE_RESOURCE_MANAGER,
                1, 1, 2, List.of("westeurope"), "Try it.", "Use the account on screen."), "manual.pdf",
                new java.io.ByteArrayInputStream(com.publisherportal.listing.GeneratedArtwork.pdf("Manual")), -1);
        SignIn.out();
        StorefrontListing listing = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        assertThat(listing.callsToAction()).contains(CallToAction.TEST_DRIVE);
        StorefrontVisit visit = visit(listing, null, null);
        String email = "driver" + VISITOR.get() + "@northwind.example";
        storefrontLeads.act(visit, listing, CallToAction.TEST_DRIVE, details(email), null);
        signIn.as("owner@fabrikam.example");
        try {
            long fabrikam = accounts.findByPublisherId("fabrikam").orElseThrow().id();
            assertThat(leadService.find(fabrikam, LeadFilter.all().withSearch(email), List.of(), RowWindow.of(0, 5)))
                    .singleElement().satisfies(lead -> {
                        assertThat(lead.actionCode()).isEqualTo("StartTestDrive");
                        assertThat(lead.source()).isEqualTo("TestDrive");
                    });
        } finally {
            // The test classes share one database: leave the demo offer as it was.
            goToMarket.removeTestDrive(backup.offer().id());
        }
    }

    @Test
    void invalidCampaignParametersAreIgnoredNotStored() {
        StorefrontVisit visit = visit(analytics(), "<script>", "far-too-long-campaign-id");
        assertThat(visit.src()).isNull();
        assertThat(visit.mktcmpid()).isNull();
    }

    @Test
    void consentAndAValidEmailAreRequiredAndTheHoneypotStoresNothing() {
        StorefrontListing listing = analytics();
        StorefrontVisit visit = visit(listing, "website", "abuse");
        ContactDetails noConsent = new ContactDetails("A", "B", "a@b.example", "C", "FR", null, false);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> storefrontLeads.act(visit, listing, CallToAction.CONTACT_ME, noConsent, "")).byField()).containsKey("consent");
        ContactDetails badEmail = new ContactDetails("A", "B", "not-an-email", "C", "FR", null, true);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> storefrontLeads.act(visit, listing, CallToAction.CONTACT_ME, badEmail, "")).byField()).containsKey("email");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> storefrontLeads.act(visit, listing, CallToAction.CONTACT_ME, null, null)).byField()).containsKey("consent");
        String email = "bot" + VISITOR.get() + "@spam.example";
        StorefrontLeads.Outcome bot = storefrontLeads.act(visit, listing, CallToAction.CONTACT_ME, details(email), "http://spam");
        assertThat(bot.leadId()).isNull();
        assertThat(contosoLeadsFrom(email)).isEmpty();
    }

    @Test
    void getItNowWithoutDetailsIsRecordedButCreatesNoLead() {
        StorefrontListing listing = analytics();
        StorefrontVisit visit = visit(listing, "email", "newsletter");
        StorefrontLeads.Outcome outcome = storefrontLeads.act(visit, listing, CallToAction.GET_IT_NOW, null, null);
        assertThat(outcome.actionId()).isPositive();
        assertThat(outcome.leadId()).isNull();
    }

    @Test
    void aVisitorPastTheRateLimitIsRefused() {
        StorefrontListing listing = analytics();
        StorefrontVisit visit = visit(listing, null, null);
        for (int i = 0; i < StorefrontTracker.RATE_LIMIT; i++) {
            storefrontLeads.act(visit, listing, CallToAction.FREE_TRIAL, null, null);
        }
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> storefrontLeads.act(visit, listing, CallToAction.FREE_TRIAL, null, null)).messageKey())
                .isEqualTo("storefront.rate-limited");
        clock.advance(StorefrontTracker.RATE_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(storefrontLeads.act(visit, listing, CallToAction.FREE_TRIAL, null, null).actionId()).isPositive();
    }

    @Test
    void theVisitorKeyIsStableForADayAndChangesTheNext() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        String key = tracker.visitorKey(today, "192.0.2.7", "Mozilla/5.0");
        assertThat(tracker.visitorKey(today, "192.0.2.7", "Mozilla/5.0")).isEqualTo(key);
        assertThat(tracker.visitorKey(today.plusDays(1), "192.0.2.7", "Mozilla/5.0")).isNotEqualTo(key);
        assertThat(tracker.visitorKey(today, "192.0.2.8", "Mozilla/5.0")).isNotEqualTo(key);
        // A hex digest, so the address cannot appear in it (a random digest may well contain "192").
        assertThat(key).matches("[0-9a-f]{32}").doesNotContain("192.0.2.7");
    }

    @Test
    void referralDomainsAndCountriesAreKeptOnlyWhenMeaningful() {
        assertThat(StorefrontTracker.referralDomain("https://www.LinkedIn.com/feed/", "portal.example")).isEqualTo("linkedin.com");
        assertThat(StorefrontTracker.referralDomain("https://portal.example/offers", "portal.example")).isNull();
        assertThat(StorefrontTracker.referralDomain("not a url", "portal.example")).isNull();
        assertThat(StorefrontTracker.country("fr")).isEqualTo("FR");
        assertThat(StorefrontTracker.country("ZZ")).isNull();
    }
}
