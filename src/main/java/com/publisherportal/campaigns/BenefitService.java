package com.publisherportal.campaigns;

import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.leads.LeadService;
import com.publisherportal.listing.StorefrontPlans;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Go-to-market benefits: the catalogue staff keep (names, conditions, thresholds), and for an
 * offer, which benefits it qualifies for and what the next ones take, from the portal's own
 * figures (live offers, trial, leads, billed sales).
 */
@Service
public class BenefitService {

    /** Who sees the billed sales figure itself (as in insights: money is not for every role). */
    private static final Set<AccountRole> MONEY_READERS = EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER,
            AccountRole.FINANCIAL);

    private final BenefitRepository repository;
    private final GoToMarketRepository goToMarket;
    private final OfferService offers;
    private final LeadService leads;
    private final ObjectProvider<StorefrontPlans> plans;
    private final ObjectProvider<OfferSalesFigures> sales;
    private final AccountAccess access;
    private final AuditService audit;
    private final Clock clock;

    BenefitService(BenefitRepository repository, GoToMarketRepository goToMarket, OfferService offers, LeadService leads,
                   ObjectProvider<StorefrontPlans> plans, ObjectProvider<OfferSalesFigures> sales, AccountAccess access,
                   AuditService audit, Clock clock) {
        this.repository = repository;
        this.goToMarket = goToMarket;
        this.offers = offers;
        this.leads = leads;
        this.plans = plans;
        this.sales = sales;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole catalogue, inactive benefits included; staff only. */
    @Transactional(readOnly = true)
    public List<Benefit> catalogue() {
        access.requireStaff();
        return repository.all();
    }

    /**
     * Adds a benefit ({@code id} null) or changes one; staff only. A code already used is refused at
     * its field; a benefit changed by someone else since it was loaded is a conflict.
     */
    @Transactional
    public Benefit save(Benefit benefit) {
        access.requireStaff();
        if (repository.codeTaken(benefit.code(), benefit.id())) {
            throw new ValidationException("code", "benefits.code.taken", benefit.code());
        }
        long id;
        if (benefit.id() == null) {
            id = repository.insert(benefit, clock.instant());
        } else if (repository.update(benefit, clock.instant()) == 0) {
            throw new ConflictException("benefits.changed-meanwhile");
        } else {
            id = benefit.id();
        }
        audit.record(null, "gtm-benefit", benefit.code(), benefit.id() == null ? "BENEFIT_ADDED" : "BENEFIT_CHANGED",
                benefit.nameEn());
        return repository.all().stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    /** The offer's benefits today and what the next ones take; the offer's members and staff. */
    @Transactional(readOnly = true)
    public BenefitStanding standing(long offerId) {
        Offer offer = offers.offer(offerId);
        long accountId = offer.accountId();
        int liveOffers = (int) offers.offers(accountId).stream().filter(Offer::onStorefront).count();
        StorefrontPlans source = plans.getIfAvailable();
        // Today's listing: the published plans of a live offer, the plans being prepared otherwise.
        List<StorefrontPlans.StorefrontPlan> offerPlans = source == null ? List.of()
                : source.plans(offerId, null, !offer.onStorefront());
        boolean trial = goToMarket.hasTestDrive(offerId)
                || offerPlans.stream().anyMatch(StorefrontPlans.StorefrontPlan::freeTrial);
        boolean paid = offerPlans.stream().flatMap(p -> p.prices().stream())
                .anyMatch(p -> p.amount() != null && p.amount().signum() > 0);
        int leadCount = leads.countForOffer(accountId, offerId);
        OfferSalesFigures figures = sales.getIfAvailable();
        BigDecimal billed = figures == null ? BigDecimal.ZERO : figures.billedSalesLastYear(accountId, offerId);
        OfferStanding standing = OfferStanding.of(offer.offerType(), offer.onStorefront(), liveOffers, trial, paid,
                leadCount, billed == null ? BigDecimal.ZERO : billed.max(BigDecimal.ZERO));
        return BenefitStanding.of(repository.all(), standing);
    }

    /** Whether the caller sees the offer's billed sales as an amount (else only how far along the threshold it is). */
    @Transactional(readOnly = true)
    public boolean seesSales(long offerId) {
        Offer offer = offers.offer(offerId);
        return access.isStaff() || MONEY_READERS.contains(access.callerRole(offer.accountId()));
    }
}
