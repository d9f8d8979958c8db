package com.publisherportal.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The raw insight rows written from the portal's registers ({@code source = 'REGISTER'}), one
 * row at a time, beside the generator's bulk rows ({@link InsightLoadRepository}).
 */
@Repository
class InsightLedgerRepository {

    static final String REGISTER = "REGISTER";

    /** The slice of the monthly sales an order row counts in, and what a usage row copies from its order. */
    record OrderSlice(long id, long offerRef, String offerName, long customerId, String sku, String azureLicenseType,
                      String marketplaceLicenseType, String country, boolean newCustomer, LocalDate firstPurchase) {
    }

    private final JdbcClient jdbc;

    InsightLedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> registerCustomer(long accountId, String key) {
        return jdbc.sql("""
                        SELECT id FROM insight_customer WHERE account_id = :a AND register_key = :k AND source = 'REGISTER'
                        ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param("a", accountId).param("k", key).query(Long.class).optional();
    }

    long insertCustomer(long accountId, String key, String email, String company, LocalDate day, String subscriptionName,
                        String subscriptionId, String country) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO insight_customer (account_id, email, company_name, transaction_date, subscription_name,
                            azure_subscription_id, cloud_instance_name, order_count, country, communication_culture,
                            source, register_key)
                        VALUES (:a, :email, :company, :day, :name, :sub, 'Azure Global', 0, :country, '', 'REGISTER', :key)""")
                .param("a", accountId).param("email", email).param("company", company).param("day", Date.valueOf(day))
                .param("name", subscriptionName).param("sub", subscriptionId).param("country", country).param("key", key)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void countOrder(long customerId) {
        jdbc.sql("UPDATE insight_customer SET order_count = order_count + 1 WHERE id = :id").param("id", customerId).update();
    }

    /** Whether the customer has any order from the register yet. */
    boolean hasOrders(long accountId, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND customer_id = :c")
                .param("a", accountId).param("c", customerId).query(Long.class).single() > 0;
    }

    /** A new Active order of the register; the offer's name and type are read from the offer. */
    void insertOrder(long accountId, long offerRef, long customerId, String subscriptionId, String orderId, String sku,
                     String azureLicenseType, String marketplaceLicenseType, String country, int quantity, LocalDate day,
                     boolean newCustomer) {
        jdbc.sql("""
                        INSERT INTO insight_order (account_id, offer_ref, offer_name, offer_type, customer_id,
                            marketplace_subscription_id, order_id, sku, azure_license_type, marketplace_license_type,
                            customer_country, order_quantity, order_status, month_start, purchase_date, is_new_customer,
                            customer_lost, source)
                        SELECT :a, o.id, o.name, o.offer_type, :c, :sub, :order, :sku, :azl, :mpl, :country, :qty, 'Active',
                               :month, :day, :nc, FALSE, 'REGISTER'
                        FROM offer o WHERE o.id = :offer AND o.account_id = :a""")
                .param("a", accountId).param("offer", offerRef).param("c", customerId).param("sub", subscriptionId)
                .param("order", orderId).param("sku", sku).param("azl", azureLicenseType).param("mpl", marketplaceLicenseType)
                .param("country", country).param("qty", quantity).param("month", Date.valueOf(day.withDayOfMonth(1)))
                .param("day", Date.valueOf(day)).param("nc", newCustomer).update();
    }

    /** The subscription's current order (Active), or its latest when none is active. */
    Optional<OrderSlice> currentOrder(long accountId, String subscriptionId, boolean activeOnly) {
        return jdbc.sql("""
                        SELECT r.id, r.offer_ref, r.offer_name, r.customer_id, r.sku, r.azure_license_type,
                               r.marketplace_license_type, r.customer_country, r.is_new_customer, c.transaction_date
                        FROM insight_order r JOIN insight_customer c ON c.id = r.customer_id
                        WHERE r.account_id = :a AND r.marketplace_subscription_id = :sub AND r.source = 'REGISTER'"""
                        + (activeOnly ? " AND r.order_status = 'Active'" : "") + """
                         ORDER BY r.id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("a", accountId).param("sub", subscriptionId)
                .query((rs, i) -> new OrderSlice(rs.getLong("id"), rs.getLong("offer_ref"), rs.getString("offer_name"),
                        rs.getLong("customer_id"), rs.getString("sku"), rs.getString("azure_license_type"),
                        rs.getString("marketplace_license_type"), rs.getString("customer_country"),
                        rs.getBoolean("is_new_customer"), rs.getDate("transaction_date").toLocalDate()))
                .optional();
    }

    void markChanged(long orderId) {
        jdbc.sql("UPDATE insight_order SET order_status = 'Changed' WHERE id = :id").param("id", orderId).update();
    }

    void cancel(long orderId, LocalDate day, boolean customerLost) {
        jdbc.sql("""
                        UPDATE insight_order SET order_status = 'Cancelled', cancel_date = :day, cancel_month = :month,
                            customer_lost = :lost WHERE id = :id""")
                .param("day", Date.valueOf(day)).param("month", Date.valueOf(day.withDayOfMonth(1)))
                .param("lost", customerLost).param("id", orderId).update();
    }

    /** Whether the customer keeps another active order (of any source) besides {@code orderId}. */
    boolean keepsAnotherOrder(long accountId, long customerId, long orderId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM insight_order
                        WHERE account_id = :a AND customer_id = :c AND id <> :id AND order_status = 'Active'""")
                .param("a", accountId).param("c", customerId).param("id", orderId).query(Long.class).single() > 0;
    }

    void insertUsage(long accountId, OrderSlice order, String subscriptionId, LocalDate day, String sku,
                     boolean newCustomer, BigDecimal quantity, String unit, BigDecimal charge) {
        jdbc.sql("""
                        INSERT INTO insight_usage (account_id, offer_ref, offer_name, customer_id, marketplace_subscription_id,
                            month_start, usage_date, sku, azure_license_type, marketplace_license_type, customer_country,
                            is_new_customer, normalized_usage, raw_usage, metered_usage, usage_unit, estimated_charge, source)
                        VALUES (:a, :offer, :name, :c, :sub, :month, :day, :sku, :azl, :mpl, :country, :nc, :q, :q, :q,
                            :unit, :charge, 'REGISTER')""")
                .param("a", accountId).param("offer", order.offerRef()).param("name", order.offerName())
                .param("c", order.customerId()).param("sub", subscriptionId)
                .param("month", Date.valueOf(day.withDayOfMonth(1))).param("day", Date.valueOf(day)).param("sku", sku)
                .param("azl", order.azureLicenseType()).param("mpl", order.marketplaceLicenseType())
                .param("country", order.country()).param("nc", newCustomer).param("q", quantity).param("unit", unit)
                .param("charge", charge).update();
    }

    /** The key of one slice of one month of the monthly sales. */
    record SalesKey(long accountId, LocalDate month, long offerRef, String market, String azureLicenseType,
                    String marketplaceLicenseType, String sku, boolean newCustomer) {
    }

    /**
     * Adds to one slice of one month of the monthly sales what a row of the register adds, as
     * {@link InsightAggregateRepository#refreshMonths} would count it from the raw rows; false when
     * the slice has no row for the month yet ({@link #insertEmptySales} first).
     */
    boolean addSales(SalesKey k, long orders, long quantity, long cancellations, long newCustomers, long lostCustomers,
                     BigDecimal usageHours, BigDecimal revenue) {
        return jdbc.sql("""
                        UPDATE insight_monthly_sales SET orders = orders + :orders, order_quantity = order_quantity + :qty,
                            cancellations = cancellations + :canc, new_customers = new_customers + :newc,
                            lost_customers = lost_customers + :lost, usage_hours = usage_hours + :hours,
                            revenue = revenue + :rev
                        WHERE account_id = :a AND month_start = :m AND offer_ref = :offer AND market = :market
                          AND azure_license_type = :azl AND marketplace_license_type = :mpl AND sku = :sku
                          AND new_customer = :nc""")
                .params(keyParams(k)).param("orders", orders).param("qty", quantity).param("canc", cancellations)
                .param("newc", newCustomers).param("lost", lostCustomers).param("hours", usageHours).param("rev", revenue)
                .update() == 1;
    }

    /** A slice's row of zeros for the month; a concurrent transaction's insert of the same key fails it (duplicate key). */
    void insertEmptySales(SalesKey k) {
        jdbc.sql("""
                        INSERT INTO insight_monthly_sales (account_id, month_start, offer_ref, market, azure_license_type,
                            marketplace_license_type, sku, new_customer, orders, order_quantity, cancellations,
                            new_customers, lost_customers, usage_hours, revenue)
                        VALUES (:a, :m, :offer, :market, :azl, :mpl, :sku, :nc, 0, 0, 0, 0, 0, 0, 0)""")
                .params(keyParams(k)).update();
    }

    private static java.util.Map<String, Object> keyParams(SalesKey k) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("a", k.accountId());
        p.put("m", Date.valueOf(k.month()));
        p.put("offer", k.offerRef());
        p.put("market", k.market());
        p.put("azl", k.azureLicenseType());
        p.put("mpl", k.marketplaceLicenseType());
        p.put("sku", k.sku());
        p.put("nc", k.newCustomer());
        return p;
    }
}
