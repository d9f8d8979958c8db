package com.publisherportal.subscriptions;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.insights.CommerceEvent;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.technical.TechnicalConfigurationService;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.Operation;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.SubscriptionOperation.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Applies the marketplace's webhook operations to the register: ChangePlan, ChangeQuantity, Renew,
 * Suspend, Reinstate, Unsubscribe (and Subscribe). Each operation id is applied once: a call
 * delivered again changes nothing and is answered as the first. The operations the marketplace
 * waits for (status InProgress: plan and quantity changes, reinstatements) are confirmed through
 * the API with Success once the register has them, outside the database transaction.
 */
@Service
public class SubscriptionWebhookService {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionWebhookService.class);

    public enum Result { APPLIED, ALREADY_APPLIED, UNAUTHORIZED, UNKNOWN_SUBSCRIPTION, INVALID }

    private final SubscriptionRepository repository;
    private final WebhookTokenVerifier verifier;
    private final MarketplaceClient marketplace;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MailOutbox mail;
    private final TechnicalConfigurationService technical;
    private final MarketplaceProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubscriptionWebhookService(SubscriptionRepository repository, WebhookTokenVerifier verifier,
                               MarketplaceClient marketplace, NotificationService notifications,
                               ApplicationEventPublisher events, MailOutbox mail, TechnicalConfigurationService technical,
                               MarketplaceProperties properties, PlatformTransactionManager transactionManager,
                               Clock clock) {
        this.technical = technical;
        this.properties = properties;
        this.events = events;
        this.mail = mail;
        this.repository = repository;
        this.verifier = verifier;
        this.marketplace = marketplace;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Whether the call's bearer token is the marketplace's, for offer {@code offerRef}: its audience
     * must be the offer's Entra application (technical configuration), else the configured audience,
     * so a token the marketplace made for another offer's application is refused. Checked before the body is read.
     */
    @PublicAccess("The webhook's caller is the marketplace: its signed bearer token is the credential checked here.")
    public boolean authentic(long offerRef, String authorization) {
        String audience = technical.webhookAudience(offerRef).orElse(properties.webhookAudience());
        return verifier.verify(authorization, audience);
    }

    /**
     * Applies one operation posted to the webhook of offer {@code offerRef}. The caller must have
     * checked {@link #authentic} first; an operation for a subscription of another offer is unknown here.
     */
    @PublicAccess("Runs only after authentic() verified the marketplace's signed bearer token of the same call.")
    public Result apply(long offerRef, Operation op) {
        if (op == null || op.id() == null || op.id().isBlank() || op.id().length() > 64 || op.action() == null
                || op.subscriptionId() == null) {
            return Result.INVALID;
        }
        SaasSubscription s = repository.bySubscriptionId(op.subscriptionId()).orElse(null);
        if (s == null || s.offerRef() != offerRef) {
            return Result.UNKNOWN_SUBSCRIPTION;
        }
        boolean waits = "InProgress".equalsIgnoreCase(op.status());
        Result result;
        try {
            result = transactions.execute(tx -> {
                if (repository.operationExists(op.id())) {
                    return Result.ALREADY_APPLIED;
                }
                SaasSubscription current = repository.bySubscriptionId(op.subscriptionId()).orElseThrow();
                var term = op.subscription() == null ? null : op.subscription().term();
                applyInTransaction(current, op.id(), op.action(), op.planId(), op.quantity(), term, clock.instant(), true);
                return Result.APPLIED;
            });
        } catch (DuplicateKeyException raced) {
            // The same operation delivered twice at once: the other call applied it.
            result = Result.ALREADY_APPLIED;
        }
        if (waits && repository.operationOutcome(op.id()).orElse(Outcome.APPLIED) == Outcome.APPLIED) {
            acknowledge(op);
        }
        return result;
    }

    /**
     * One operation's effect on the register, in the caller's transaction: the subscription's new
     * state, the operation in its history, what insights learn (a change is a new order, a
     * cancellation ends the current one) and, when {@code notify}, the owners' notification of a
     * cancellation. The webhook calls it for each new operation; the demo data for its history.
     */
    void applyInTransaction(SaasSubscription current, String operationId, Action action, String opPlanId,
                            Integer opQuantity, MarketplaceApi.Term term, Instant now, boolean notify) {
        String plan = current.planId();
        Integer quantity = current.quantity();
        SubscriptionStatus status = current.status();
        LocalDate start = current.termStart();
        LocalDate end = current.termEnd();
        Instant cancelled = null;
        switch (action) {
            case ChangePlan -> plan = opPlanId != null ? opPlanId : plan;
            case ChangeQuantity -> quantity = opQuantity != null ? opQuantity : quantity;
            case Renew -> {
                if (term != null && term.startDate() != null && term.endDate() != null) {
                    start = LocalDate.parse(term.startDate().substring(0, 10));
                    end = LocalDate.parse(term.endDate().substring(0, 10));
                } else {
                    start = end == null ? LocalDate.ofInstant(now, clock.getZone()) : end.plusDays(1);
                    end = start.plusMonths(1).minusDays(1);
                }
            }
            case Suspend -> status = SubscriptionStatus.Suspended;
            case Reinstate, Subscribe -> status = SubscriptionStatus.Subscribed;
            case Unsubscribe -> {
                status = SubscriptionStatus.Unsubscribed;
                cancelled = now;
            }
        }
        if (!repository.update(current.ref(), current.version(), plan, quantity, status, current.termUnit(),
                start, end, null, null, cancelled, now)) {
            throw new IllegalStateException("The subscription changed meanwhile");
        }
        repository.insertOperation(current.ref(), operationId, action, opPlanId, opQuantity, Outcome.APPLIED, now);
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean changed = !plan.equals(current.planId()) || !java.util.Objects.equals(quantity, current.quantity());
        if ((action == Action.ChangePlan || action == Action.ChangeQuantity) && changed
                && current.status() != SubscriptionStatus.Unsubscribed) {
            events.publishEvent(new CommerceEvent.Changed(current.accountId(), current.subscriptionId(), plan,
                    quantity == null ? 1 : quantity, day));
        } else if (action == Action.Unsubscribe && current.status() != SubscriptionStatus.Unsubscribed) {
            events.publishEvent(new CommerceEvent.Cancelled(current.accountId(), current.subscriptionId(), day));
        }
        if (action == Action.Unsubscribe && notify) {
            notifications.notifyAccount(current.accountId(), List.of(AccountRole.OWNER.name()),
                    "subscriptions.notification.cancelled", "subscriptions", current.offerName(), current.name());
            mail.toAccount(current.accountId(), List.of(AccountRole.OWNER), MailKind.SUBSCRIPTION_CANCELLED,
                    "subscriptions", current.offerName(), current.name(), current.planId());
        }
    }

    private void acknowledge(Operation op) {
        try {
            marketplace.updateOperation(op.subscriptionId(), op.id(), true);
            transactions.executeWithoutResult(tx -> repository.setOutcome(op.id(), Outcome.ACKNOWLEDGED));
        } catch (MarketplaceException e) {
            // The marketplace asks again (the same operation id): the next delivery confirms it.
            log.warn("Operation {} applied but not confirmed to the marketplace: {} {}", op.id(), e.status(), e.getMessage());
        }
    }
}
