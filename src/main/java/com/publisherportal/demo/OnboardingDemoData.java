package com.publisherportal.demo;

import com.publisherportal.onboarding.BusinessCalendar;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.NominationRepository;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferHistoryRepository;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.Prerequisite;
import com.publisherportal.onboarding.PrerequisiteRepository;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.onboarding.SellerRegistrationRepository;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.AppUserRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Demo onboarding: Contoso and Fabrikam have approved nominations and registrations and offers
 * in several states, and the staff queue holds items on time and overdue.
 */
@Component
@Order(20)
public class OnboardingDemoData implements DemoStep {

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final NominationRepository nominations;
    private final SellerRegistrationRepository registrations;
    private final OfferRepository offers;
    private final OfferHistoryRepository history;
    private final PrerequisiteRepository prerequisites;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final com.publisherportal.onboarding.CertificationReviewRepository reviews;
    private final com.publisherportal.onboarding.AgreementRepository agreements;

    OnboardingDemoData(com.publisherportal.onboarding.AgreementRepository agreements, PublisherAccountRepository accounts, AppUserRepository users, NominationRepository nominations,
                       SellerRegistrationRepository registrations, OfferRepository offers,
                       OfferHistoryRepository history, PrerequisiteRepository prerequisites,
                       BusinessCalendar calendar, Clock clock, com.publisherportal.onboarding.CertificationReviewRepository reviews) {
        this.reviews = reviews;
        this.agreements = agreements;
        this.accounts = accounts;
        this.users = users;
        this.nominations = nominations;
        this.registrations = registrations;
        this.offers = offers;
        this.history = history;
        this.prerequisites = prerequisites;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var contoso = accounts.findByPublisherId("contoso");
        var fabrikam = accounts.findByPublisherId("fabrikam");
        if (contoso.isEmpty() || fabrikam.isEmpty() || nominations.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        long alice = userId("owner@contoso.example");
        long dev = userId("developer@contoso.example");
        long fiona = userId("owner@fabrikam.example");
        long reviewer = userId("reviewer@portal.example");

        approvedOnboarding(contoso.get(), alice, reviewer, now.minus(Duration.ofDays(120)));
        approvedOnboarding(fabrikam.get(), fiona, reviewer, now.minus(Duration.ofDays(90)));

        long c = contoso.get().id();
        offer(c, "contoso-analytics", "Contoso Analytics", OfferType.SAAS, OfferStatus.LIVE, alice, reviewer, now.minus(Duration.ofDays(100)));
        offer(c, "contoso-advisory", "Contoso: 2-Week Implementation", OfferType.CONSULTING_SERVICE, OfferStatus.LIVE, alice, reviewer, now.minus(Duration.ofDays(80)));
        offer(c, "contoso-secure-vm", "Contoso Secure VM", OfferType.VIRTUAL_MACHINE, OfferStatus.SUBMITTED, dev, reviewer, now.minus(Duration.ofDays(12)));
        offer(c, "contoso-insights-pbi", "Contoso Insights for Power BI", OfferType.BUSINESS_APP, OfferStatus.ATTENTION_NEEDED, alice, reviewer, now.minus(Duration.ofDays(20)));
        offer(c, "contoso-edge", "Contoso Edge Agent", OfferType.IOT_EDGE_MODULE, OfferStatus.DRAFT, dev, reviewer, now.minus(Duration.ofDays(3)));
        long f = fabrikam.get().id();
        offer(f, "fabrikam-backup", "Fabrikam Backup", OfferType.AZURE_APPLICATION, OfferStatus.LIVE, fiona, reviewer, now.minus(Duration.ofDays(60)));
        offer(f, "fabrikam-vault", "Fabrikam Vault", OfferType.CONTAINER, OfferStatus.PREVIEW, fiona, reviewer, now.minus(Duration.ofDays(15)));
        offer(f, "fabrikam-sync", "Fabrikam Sync", OfferType.SAAS, OfferStatus.SUBMITTED, fiona, reviewer, now.minus(Duration.ofDays(3)));

        // Woodgrove's nomination waits past its 3-day clock; Litware's registration is being vetted.
        accounts.findByPublisherId("woodgrove").ifPresent(w -> {
            long wendy = userId("owner@woodgrove.example");
            Instant submitted = now.minus(Duration.ofDays(6));
            nominations.save(new Nomination(null, w.id(), "Woodgrove Payments Gateway", OfferType.AZURE_APPLICATION,
                    "Card payments for online shops, deployed into the customer's subscription.",
                    PlatformRelation.DEPLOYS_TO, "Azure Kubernetes Service", "Online retailers in Europe",
                    "https://www.woodgrove.example", ReviewStatus.SUBMITTED, wendy, submitted,
                    calendar.addBusinessDays(submitted, BusinessCalendar.NOMINATION_DAYS), null, null, null, null,
                    null, null));
        });
        accounts.findByPublisherId("litware").ifPresent(l -> {
            long lukas = userId("owner@litware.example");
            Instant nominated = now.minus(Duration.ofDays(10));
            nominations.save(new Nomination(null, l.id(), "Litware Field Service", OfferType.BUSINESS_APP,
                    "Field-service scheduling for Dynamics 365.", PlatformRelation.INTEGRATES_WITH, "Dynamics 365",
                    "Utilities and telecom operators", "https://www.litware.example", ReviewStatus.APPROVED, lukas,
                    nominated, calendar.addBusinessDays(nominated, BusinessCalendar.NOMINATION_DAYS), reviewer,
                    nominated.plus(Duration.ofHours(30)), reviewer, nominated.plus(Duration.ofDays(2)), null, null));
            Instant registered = now.minus(Duration.ofDays(2));
            registrations.save(new SellerRegistration(null, l.id(), l.legalName(), "Hauptstraße 5", "München", "80331",
                    "DE", "DE129273398", "DE89370400440532013000", "support@litware.example", null, lukas, registered,
                    lukas, registered, lukas, registered, lukas, registered, ReviewStatus.SUBMITTED, lukas, registered,
                    calendar.addBusinessDays(registered, BusinessCalendar.REGISTRATION_DAYS), null, null, null, null,
                    null, null));
            acceptAgreements(l.id(), lukas, registered);
        });
    }

    private long userId(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }

    private void approvedOnboarding(PublisherAccount account, long owner, long reviewer, Instant at) {
        nominations.save(new Nomination(null, account.id(), account.displayName() + " suite", OfferType.SAAS,
                "Business software for mid-sized companies, delivered as a service.", PlatformRelation.RUNS_ON,
                "App Service", "Finance and operations teams in mid-sized companies",
                "https://www." + account.publisherId() + ".example", ReviewStatus.APPROVED, owner, at,
                calendar.addBusinessDays(at, BusinessCalendar.NOMINATION_DAYS), reviewer, at.plus(Duration.ofHours(20)),
                reviewer, at.plus(Duration.ofDays(2)), null, null));
        Instant registered = at.plus(Duration.ofDays(3));
        registrations.save(new SellerRegistration(null, account.id(), account.legalName(), "1 Market Street",
                "FR".equals(account.country()) ? "Lyon" : "Seattle", "FR".equals(account.country()) ? "69002" : "98101",
                account.country(), "FR".equals(account.country()) ? "FR40303265045" : "91-1144442",
                "FR".equals(account.country()) ? "FR7630006000011234567890189" : "DE89370400440532013000",
                "support@" + account.publisherId() + ".example", "+1 425 555 0100", owner, registered, owner,
                registered, owner, registered, owner, registered, ReviewStatus.APPROVED, owner, registered,
                calendar.addBusinessDays(registered, BusinessCalendar.REGISTRATION_DAYS), reviewer,
                registered.plus(Duration.ofDays(1)), reviewer, registered.plus(Duration.ofDays(6)), null, null));
        acceptAgreements(account.id(), owner, registered);
    }

    /** The owner accepted the current version of every agreement when registering (the registration's tick-boxes). */
    private void acceptAgreements(long accountId, long owner, Instant at) {
        agreements.currentVersions().forEach(v -> agreements.accept(accountId, v.id(), owner, at));
    }

    /** An offer that went through the lifecycle up to {@code target}, with the history it would have. */
    private void offer(long accountId, String offerId, String name, OfferType type, OfferStatus target, long owner,
                       long reviewer, Instant created) {
        Offer offer = offers.save(new Offer(null, accountId, offerId, name, type, OfferStatus.DRAFT, owner, created,
                null, null, null, null, null, null));
        String ownerEmail = users.findById(owner).orElseThrow().email();
        history.record(offer.id(), created, owner, ownerEmail, null, OfferStatus.DRAFT, null);
        if (target == OfferStatus.DRAFT) {
            return;
        }
        Instant submitted = created.plus(Duration.ofDays(2));
        for (Prerequisite item : Prerequisite.forType(type)) {
            prerequisites.tick(offer.id(), item, owner, created.plus(Duration.ofDays(1)));
        }
        Instant due = calendar.addBusinessDays(submitted, BusinessCalendar.CERTIFICATION_DAYS);
        offer = offers.save(offer.submitted(submitted, due));
        history.record(offer.id(), submitted, owner, ownerEmail, OfferStatus.DRAFT, OfferStatus.SUBMITTED, null);
        if (target == OfferStatus.SUBMITTED) {
            return;
        }
        Instant reviewed = submitted.plus(Duration.ofDays(3));
        history.record(offer.id(), submitted.plus(Duration.ofDays(1)), reviewer, "reviewer@portal.example",
                OfferStatus.SUBMITTED, OfferStatus.IN_CERTIFICATION, null);
        if (target == OfferStatus.ATTENTION_NEEDED) {
            offers.save(offer.withStatus(OfferStatus.ATTENTION_NEEDED));
            String report = "The getting-started text links to a page that does not load.";
            history.record(offer.id(), reviewed, reviewer, "reviewer@portal.example", OfferStatus.IN_CERTIFICATION,
                    OfferStatus.ATTENTION_NEEDED, report);
            // The failed review the publisher reads on the offer and answers in its conversation.
            reviews.save(new com.publisherportal.onboarding.CertificationReview(null, offer.id(), reviewer, reviewed, false,
                    false, true, true, true, true, report));
            return;
        }
        history.record(offer.id(), reviewed, reviewer, "reviewer@portal.example", OfferStatus.IN_CERTIFICATION,
                OfferStatus.PREVIEW, null);
        if (target == OfferStatus.PREVIEW) {
            offers.save(offer.withStatus(OfferStatus.PREVIEW));
            return;
        }
        Instant live = reviewed.plus(Duration.ofDays(2));
        offers.save(offer.live(live));
        history.record(offer.id(), live, owner, ownerEmail, OfferStatus.PREVIEW, OfferStatus.LIVE, null);
    }
}
