package com.publisherportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What really happened in a commerce register of the portal (the SaaS subscriptions register and its
 * metered usage, issue 17), told to insights as an application event. The publishing module depends
 * on insights, not the other way round: insights knows these records only, never the register. A
 * plain listener ({@link InsightLedger}) writes the orders and usage rows ({@code source = REGISTER})
 * and the monthly aggregates in the publisher's transaction, so the register and the insights commit
 * together. Days are UTC days.
 */
public sealed interface CommerceEvent {

    long accountId();

    /** The marketplace's subscription id. */
    String subscriptionId();

    /**
     * A purchase became active. {@code customerKey} identifies the customer within the account (the
     * beneficiary's tenant, else e-mail): its first purchase makes it a new customer.
     */
    record Purchased(long accountId, long offerRef, String subscriptionId, String subscriptionName, String sku,
                     int quantity, LocalDate day, String customerKey, String customerEmail) implements CommerceEvent {
        public Purchased {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(customerKey, "customerKey");
        }
    }

    /** The plan or quantity changed: a new order, the previous one marked Changed. */
    record Changed(long accountId, String subscriptionId, String sku, int quantity, LocalDate day) implements CommerceEvent {
        public Changed {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(day, "day");
        }
    }

    /** The subscription was cancelled (Unsubscribe). */
    record Cancelled(long accountId, String subscriptionId, LocalDate day) implements CommerceEvent {
        public Cancelled {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * Metered usage the marketplace accepted: {@code quantity} units of {@code dimension} (measured in
     * {@code unit}) on plan {@code sku}, charged {@code estimatedCharge} in USD at the dimension's price.
     */
    record UsageAccepted(long accountId, String subscriptionId, String sku, String dimension, String unit,
                         BigDecimal quantity, BigDecimal estimatedCharge, LocalDate day) implements CommerceEvent {
        public UsageAccepted {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(estimatedCharge, "estimatedCharge");
            Objects.requireNonNull(day, "day");
        }
    }
}
