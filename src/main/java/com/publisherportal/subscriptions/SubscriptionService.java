package com.publisherportal.subscriptions;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.insights.CommerceEvent;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.Resolved;
import com.publisherportal.subscriptions.MarketplaceApi.Subscription;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.PurchaseException.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of SaaS subscriptions: the landing page's purchase (resolve the marketplace's token,
 * show it to the signed-in customer, activate it), and what publishers read (owners, managers and
 * financial users of the account; staff without the customers' personal data).
 */
@Service
public class SubscriptionService {

    /** Who reads the register: the owner, manager and financial users. */
    static final AccountRole[] READERS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL};

    private final SubscriptionRepository repository;
    private final MarketplaceClient marketplace;
    private final OfferService offers;
    private final CurrentUser currentUser;
    private final AccountAccess access;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MailOutbox mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository repository, MarketplaceClient marketplace, OfferService offers,
                        CurrentUser currentUser, AccountAccess access, NotificationService notifications,
                        ApplicationEventPublisher events, MailOutbox mail, PlatformTransactionManager transactionManager,
                        Clock clock) {
        this.events = events;
        this.mail = mail;
        this.repository = repository;
        this.marketplace = marketplace;
        this.offers = offers;
        this.currentUser = currentUser;
        this.access = access;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // The landing page

    /**
     * The purchase a landing page's token stands for, for the signed-in customer: the marketplace
     * resolves the token; it must be for this offer, and the caller must be its purchaser or beneficiary.
     */
    public PendingPurchase pendingPurchase(long offerRef, String token) {
        PortalUser customer = currentUser.require();
        Resolved resolved = resolve(token);
        Offer offer = offerOf(offerRef, resolved);
        Subscription s = resolved.subscription();
        String purchaser = s == null || s.purchaser() == null ? null : s.purchaser().emailId();
        String beneficiary = s == null || s.beneficiary() == null ? null : s.beneficiary().emailId();
        if (!customer.email().equalsIgnoreCase(nullToEmpty(purchaser)) && !customer.email().equalsIgnoreCase(nullToEmpty(beneficiary))) {
            throw new PurchaseException(Problem.NOT_THE_CUSTOMER);
        }
        if (repository.bySubscriptionId(resolved.id()).filter(r -> r.status() != SubscriptionStatus.PendingFulfillmentStart).isPresent()) {
            throw new PurchaseException(Problem.ALREADY_ACTIVE);
        }
        return new PendingPurchase(resolved.id(), resolved.subscriptionName(), offer.id(), offer.name(), resolved.planId(),
                resolved.quantity(), purchaser, beneficiary);
    }

    /**
     * The customer confirmed: the register keeps the purchase (PendingFulfillmentStart), the
     * marketplace activates it, and the register records it as Subscribed with its first term; the
     * account's owners are told. The token is resolved again: the page's copy is never trusted.
     * A failed activation leaves the purchase pending, and the customer may confirm again.
     */
    public SaasSubscription activate(long offerRef, String token) {
        PortalUser customer = currentUser.require();
        PendingPurchase purchase = pendingPurchase(offerRef, token);
        Resolved resolved = resolve(token);
        Offer offer = offerOf(offerRef, resolved);
        Subscription s = resolved.subscription();
        long ref = transactions.execute(tx -> repository.bySubscriptionId(purchase.subscriptionId()).map(SaasSubscription::ref)
                .orElseGet(() -> repository.insert(purchase.subscriptionId(), offer.accountId(), offer.id(),
                        nullToEmpty(resolved.subscriptionName()), resolved.planId(), resolved.quantity(),
                        SubscriptionStatus.PendingFulfillmentStart, s == null || s.autoRenew() == null || s.autoRenew(),
                        s != null && Boolean.TRUE.equals(s.isTest()), s == null ? null : s.purchaser(),
                        s == null ? null : s.beneficiary(), clock.instant())));
        try {
            marketplace.activate(purchase.subscriptionId(), purchase.planId(), purchase.quantity());
        } catch (MarketplaceException e) {
            throw new PurchaseException(e.transientFailure() ? Problem.MARKETPLACE_UNAVAILABLE : Problem.BAD_TOKEN);
        }
        // The term as the marketplace now reports it; today's month when it does not say.
        Subscription active = safely(() -> marketplace.subscription(purchase.subscriptionId()));
        return transactions.execute(tx -> {
            SaasSubscription current = repository.byRef(ref).orElseThrow();
            Instant now = clock.instant();
            LocalDate start = active != null && active.term() != null && active.term().startDate() != null
                    ? LocalDate.parse(active.term().startDate().substring(0, 10)) : LocalDate.ofInstant(now, clock.getZone());
            LocalDate end = active != null && active.term() != null && active.term().endDate() != null
                    ? LocalDate.parse(active.term().endDate().substring(0, 10)) : start.plusMonths(1).minusDays(1);
            return recordActivation(current, purchase.planId(), purchase.quantity(),
                    active != null && active.term() != null ? active.term().termUnit() : "P1M", start, end,
                    customer.userId(), now, offer.name(), true);
        });
    }

    /**
     * The register's side of an activation, in the caller's transaction: Subscribed with its first
     * term, the Subscribe operation in its history, insights told of the order, and the owners
     * notified when {@code notify}. The landing page calls it; the demo data for its history.
     */
    SaasSubscription recordActivation(SaasSubscription current, String planId, Integer quantity, String termUnit,
                                      LocalDate start, LocalDate end, Long activatedBy, Instant now, String offerName,
                                      boolean notify) {
        if (!repository.update(current.ref(), current.version(), planId, quantity, SubscriptionStatus.Subscribed,
                termUnit, start, end, activatedBy, now, null, now)) {
            throw new com.publisherportal.common.ConflictException("subscriptions.conflict");
        }
        repository.insertOperation(current.ref(), "activate-" + current.subscriptionId(), Action.Subscribe, planId,
                quantity, SubscriptionOperation.Outcome.ACKNOWLEDGED, now);
        if (notify) {
            notifications.notifyAccount(current.accountId(), List.of(AccountRole.OWNER.name()),
                    "subscriptions.notification.new", "subscriptions", offerName, planId);
            // The subscription's name and the purchaser are the customer's words: plain text, escaped in the HTML part.
            mail.toAccount(current.accountId(), List.of(AccountRole.OWNER), MailKind.SUBSCRIPTION_NEW, "subscriptions",
                    offerName, planId, quantity == null ? "—" : quantity, current.name(),
                    current.purchaserEmail() == null ? "—" : current.purchaserEmail());
        }
        SaasSubscription activated = repository.byRef(current.ref()).orElseThrow();
        events.publishEvent(purchased(activated, now));
        return activated;
    }

    /** What insights learn of an activation: an order of a customer known by the beneficiary's tenant (else e-mail). */
    static CommerceEvent.Purchased purchased(SaasSubscription s, Instant at) {
        String email = s.beneficiaryEmail() != null ? s.beneficiaryEmail() : s.purchaserEmail();
        String key = s.beneficiaryTenant() != null && !s.beneficiaryTenant().isBlank() ? s.beneficiaryTenant()
                : email != null ? email : s.subscriptionId();
        return new CommerceEvent.Purchased(s.accountId(), s.offerRef(), s.subscriptionId(), s.name(), s.planId(),
                s.quantity() == null ? 1 : s.quantity(), LocalDate.ofInstant(at, ZoneOffset.UTC), key, email);
    }

    private Resolved resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 4000) {
            throw new PurchaseException(Problem.BAD_TOKEN);
        }
        try {
            Resolved resolved = marketplace.resolve(token);
            if (resolved == null || resolved.id() == null || resolved.planId() == null) {
                throw new PurchaseException(Problem.BAD_TOKEN);
            }
            return resolved;
        } catch (MarketplaceException e) {
            throw new PurchaseException(e.transientFailure() ? Problem.MARKETPLACE_UNAVAILABLE : Problem.BAD_TOKEN);
        }
    }

    /** The landing page's offer, which must be the SaaS offer the purchase names. */
    private Offer offerOf(long offerRef, Resolved resolved) {
        Subscription s = resolved.subscription();
        String publisherId = s == null ? null : s.publisherId();
        Optional<Offer> offer = publisherId == null ? Optional.empty()
                : offers.findByAddress(publisherId, resolved.offerId());
        if (offer.isEmpty() || offer.get().id() != offerRef || offer.get().offerType() != OfferType.SAAS) {
            throw new PurchaseException(Problem.OTHER_OFFER);
        }
        return offer.get();
    }

    // The register

    @Transactional(readOnly = true)
    public List<SaasSubscription> find(long accountId, SubscriptionFilter filter, List<SortKey> sorts, RowWindow window) {
        access.requireMemberOrStaff(accountId, READERS);
        List<SaasSubscription> page = repository.page(accountId, filter, sorts, window);
        return access.isStaff() ? page.stream().map(SaasSubscription::withoutPersonalData).toList() : page;
    }

    @Transactional(readOnly = true)
    public int count(long accountId, SubscriptionFilter filter) {
        access.requireMemberOrStaff(accountId, READERS);
        return repository.count(accountId, filter);
    }

    @Transactional(readOnly = true)
    public Map<SubscriptionStatus, Integer> countsByStatus(long accountId) {
        access.requireMemberOrStaff(accountId, READERS);
        return repository.countsByStatus(accountId);
    }

    /** One subscription of the account; another account's is "not found". */
    @Transactional(readOnly = true)
    public SaasSubscription subscription(long accountId, String subscriptionId) {
        access.requireMemberOrStaff(accountId, READERS);
        SaasSubscription s = repository.bySubscriptionId(subscriptionId).filter(x -> x.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("subscription"));
        return access.isStaff() ? s.withoutPersonalData() : s;
    }

    @Transactional(readOnly = true)
    public List<SubscriptionOperation> history(long accountId, String subscriptionId) {
        return repository.operations(subscription(accountId, subscriptionId).ref());
    }

    /** The subscription for the webhook, which has verified the marketplace's token. */
    @Transactional(readOnly = true)
    @PublicAccess("Called by the webhook after it verified the marketplace's signed bearer token.")
    public Optional<SaasSubscription> forWebhook(String subscriptionId) {
        return repository.bySubscriptionId(subscriptionId);
    }

    private static <T> T safely(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (MarketplaceException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
