package com.publisherportal.insights;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.insights.InsightLedgerRepository.OrderSlice;
import com.publisherportal.insights.InsightLedgerRepository.SalesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders and metered usage from the portal's own registers ({@link CommerceEvent}): a purchase is an
 * Active order (its customer new on their first purchase in the account), a plan or quantity change a
 * new order with the previous one marked Changed, a cancellation cancels the current order (the
 * customer lost when no other active order is left), accepted usage a usage row charged at the
 * dimension's price. Each also adds to the monthly sales exactly what {@link InsightAggregateRepository#refreshMonths}
 * counts from the same rows, so the summary agrees with the register at once and after any rebuild.
 *
 * <p>The Fulfillment API tells neither the customer's country nor their Azure licence type: register
 * rows carry the market {@value #UNKNOWN_MARKET} (shown as "Unknown region") and are billed through
 * Azure (pay as you go), as transactable SaaS is.
 */
@Service
public class InsightLedger {

    private static final Logger log = LoggerFactory.getLogger(InsightLedger.class);

    /** ISO 3166's code for an unknown region. */
    static final String UNKNOWN_MARKET = "ZZ";
    static final String AZURE_LICENSE = AzureLicenseType.PAY_AS_YOU_GO.name();
    static final String MARKETPLACE_LICENSE = MarketplaceLicenseType.BILLED_THROUGH_AZURE.name();

    private final InsightLedgerRepository ledger;
    private final TransactionTemplate savepoint;

    InsightLedger(InsightLedgerRepository ledger, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs in the publisher's transaction (a plain listener): the insight rows commit with the register's change. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @PublicAccess("Event listener in the publishing register's transaction; the register checked its caller (or the marketplace's signature).")
    public void on(CommerceEvent event) {
        switch (event) {
            case CommerceEvent.Purchased p -> purchased(p);
            case CommerceEvent.Changed c -> changed(c);
            case CommerceEvent.Cancelled c -> cancelled(c);
            case CommerceEvent.UsageAccepted u -> usage(u);
        }
    }

    private void purchased(CommerceEvent.Purchased p) {
        String key = cut(p.customerKey().toLowerCase(Locale.ROOT), 254);
        long customer = ledger.registerCustomer(p.accountId(), key).orElseGet(() -> ledger.insertCustomer(p.accountId(), key,
                p.customerEmail() == null ? null : cut(p.customerEmail(), 254), company(p.customerEmail(), key), p.day(),
                cut(p.subscriptionName() == null || p.subscriptionName().isBlank() ? p.subscriptionId() : p.subscriptionName(), 200),
                cut(p.subscriptionId(), 36), UNKNOWN_MARKET));
        boolean newCustomer = !ledger.hasOrders(p.accountId(), customer);
        ledger.insertOrder(p.accountId(), p.offerRef(), customer, cut(p.subscriptionId(), 36), UUID.randomUUID().toString(),
                cut(p.sku(), 50), AZURE_LICENSE, MARKETPLACE_LICENSE, UNKNOWN_MARKET, p.quantity(), p.day(), newCustomer);
        ledger.countOrder(customer);
        addSales(new SalesKey(p.accountId(), p.day().withDayOfMonth(1), p.offerRef(), UNKNOWN_MARKET, AZURE_LICENSE,
                MARKETPLACE_LICENSE, cut(p.sku(), 50), newCustomer), 1, p.quantity(), 0, newCustomer ? 1 : 0, 0,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private void changed(CommerceEvent.Changed c) {
        Optional<OrderSlice> current = ledger.currentOrder(c.accountId(), cut(c.subscriptionId(), 36), true);
        if (current.isEmpty()) {
            log.info("A change of subscription {} without an active order in insights: not counted", c.subscriptionId());
            return;
        }
        OrderSlice o = current.get();
        ledger.markChanged(o.id());
        ledger.insertOrder(c.accountId(), o.offerRef(), o.customerId(), cut(c.subscriptionId(), 36),
                UUID.randomUUID().toString(), cut(c.sku(), 50), o.azureLicenseType(), o.marketplaceLicenseType(), o.country(),
                c.quantity(), c.day(), false);
        ledger.countOrder(o.customerId());
        addSales(new SalesKey(c.accountId(), c.day().withDayOfMonth(1), o.offerRef(), o.country(), o.azureLicenseType(),
                o.marketplaceLicenseType(), cut(c.sku(), 50), false), 1, c.quantity(), 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private void cancelled(CommerceEvent.Cancelled c) {
        Optional<OrderSlice> current = ledger.currentOrder(c.accountId(), cut(c.subscriptionId(), 36), true);
        if (current.isEmpty()) {
            log.info("A cancellation of subscription {} without an active order in insights: not counted", c.subscriptionId());
            return;
        }
        OrderSlice o = current.get();
        boolean lost = !ledger.keepsAnotherOrder(c.accountId(), o.customerId(), o.id());
        ledger.cancel(o.id(), c.day(), lost);
        addSales(new SalesKey(c.accountId(), c.day().withDayOfMonth(1), o.offerRef(), o.country(), o.azureLicenseType(),
                o.marketplaceLicenseType(), o.sku(), o.newCustomer()), 0, 0, 1, 0, lost ? 1 : 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private void usage(CommerceEvent.UsageAccepted u) {
        Optional<OrderSlice> order = ledger.currentOrder(u.accountId(), cut(u.subscriptionId(), 36), false);
        if (order.isEmpty()) {
            log.info("Usage of subscription {} without an order in insights: not counted", u.subscriptionId());
            return;
        }
        OrderSlice o = order.get();
        String sku = cut(u.sku() == null ? o.sku() : u.sku(), 50);
        String unit = cut(u.unit() == null || u.unit().isBlank() ? u.dimension() : u.unit(), 20);
        BigDecimal quantity = u.quantity().setScale(4, RoundingMode.HALF_UP);
        BigDecimal charge = u.estimatedCharge().setScale(2, RoundingMode.HALF_UP);
        // As the generator: a customer is new in the month of their first purchase.
        boolean newCustomer = u.day().withDayOfMonth(1).equals(o.firstPurchase().withDayOfMonth(1));
        ledger.insertUsage(u.accountId(), o, cut(u.subscriptionId(), 36), u.day(), sku, newCustomer, quantity, unit, charge);
        addSales(new SalesKey(u.accountId(), u.day().withDayOfMonth(1), o.offerRef(), o.country(), o.azureLicenseType(),
                o.marketplaceLicenseType(), sku, newCustomer), 0, 0, 0, 0, 0,
                "Hours".equals(unit) ? quantity : BigDecimal.ZERO, charge);
    }

    /**
     * Adds to the month's slice. When the slice has no row yet, a row of zeros is inserted in a
     * savepoint first: if a concurrent transaction inserted it meanwhile, that insert fails alone
     * (never the register's change around it) and the addition goes to the other's row.
     */
    private void addSales(SalesKey key, long orders, long quantity, long cancellations, long newCustomers,
                          long lostCustomers, BigDecimal usageHours, BigDecimal revenue) {
        if (ledger.addSales(key, orders, quantity, cancellations, newCustomers, lostCustomers, usageHours, revenue)) {
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> ledger.insertEmptySales(key));
        } catch (DuplicateKeyException raced) {
            log.debug("Monthly sales row {} inserted by a concurrent transaction", key);
        }
        if (!ledger.addSales(key, orders, quantity, cancellations, newCustomers, lostCustomers, usageHours, revenue)) {
            throw new IllegalStateException("No monthly sales row for " + key);
        }
    }

    /** The customer's company as far as the marketplace tells: their e-mail's domain. */
    private static String company(String email, String key) {
        String source = email != null && email.contains("@") ? email.substring(email.indexOf('@') + 1) : key;
        return cut(source, 200);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
