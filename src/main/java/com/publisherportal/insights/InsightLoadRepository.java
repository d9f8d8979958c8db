package com.publisherportal.insights;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Bulk loading of the raw insight rows: the generator's batches (demo data, benchmark volumes; its
 * orders, usage and customers are marked {@code source = 'GENERATED'}, V24),
 * the storefront feed's daily visit rows, and what the generator needs to know of what is there.
 */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class InsightLoadRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InsightLoadRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
    }

    /**
     * Refreshes the planner's statistics after a bulk load. Until autovacuum gets there,
     * PostgreSQL plans on an empty table's estimates and sorts whole ranges instead of reading
     * the sort's index (a grid page then takes a second instead of a millisecond).
     */
    public void analyze() {
        jdbc.sql("ANALYZE").update();
    }

    public boolean hasData(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_customer WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single() > 0;
    }

    public long usageCount(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_usage WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    /** A new customer; returns its id. */
    public long insertCustomer(long accountId, CustomerRow c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO insight_customer (account_id, reseller, first_name, last_name, email, company_name,
                            transaction_date, subscription_name, azure_subscription_id, cloud_instance_name, order_count,
                            country, city, communication_culture, zip_code, source)
                        VALUES (:a, :reseller, :first, :last, :email, :company, :date, :subscription, :azureSub, :cloud,
                            :orders, :country, :city, :culture, :zip, 'GENERATED')""")
                .param("a", accountId).param("reseller", c.reseller()).param("first", c.firstName())
                .param("last", c.lastName()).param("email", c.email()).param("company", c.companyName())
                .param("date", Date.valueOf(c.transactionDate())).param("subscription", c.subscriptionName())
                .param("azureSub", c.azureSubscriptionId()).param("cloud", c.cloudInstanceName())
                .param("orders", c.orderCount()).param("country", c.country()).param("city", c.city())
                .param("culture", c.communicationCulture()).param("zip", c.zipCode())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Order values in column order of {@link #insertOrders}. */
    public void insertOrders(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_order (account_id, offer_ref, offer_name, offer_type, customer_id,
                    marketplace_subscription_id, order_id, sku, azure_license_type, marketplace_license_type,
                    customer_country, order_quantity, order_status, month_start, purchase_date, cancel_date,
                    cancel_month, trial_end_date, is_new_customer, customer_lost, source)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GENERATED')", rows);
    }

    public void insertUsage(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_usage (account_id, offer_ref, offer_name, customer_id, marketplace_subscription_id,
                    month_start, usage_date, sku, vm_size, azure_license_type, marketplace_license_type, customer_country,
                    is_new_customer, normalized_usage, raw_usage, metered_usage, usage_unit, estimated_charge, source)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GENERATED')", rows);
    }

    public void insertVisits(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_visit (account_id, offer_ref, offer_name, month_start, visit_date, country,
                    referral_domain, campaign_src, campaign_id, page_visits, get_it_now, contact_me, test_drive, free_trial)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void insertDeployments(long accountId, List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO insight_deployment (account_id, tracking_guid, offer_ref, offer_name, month_start,
                    deployment_date, method, customer_country, azure_region, deployments, succeeded)
                VALUES (""" + accountId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Replaces one day's storefront-made visit rows (origin {@code storefront}) with the given ones,
     * each {@code account_id, offer_ref, offer_name, month_start, visit_date, country, referral_domain,
     * campaign_src, campaign_id, page_visits, get_it_now, contact_me, test_drive, free_trial}.
     */
    void replaceStorefrontVisits(LocalDate day, List<Object[]> rows) {
        jdbc.sql("DELETE FROM insight_visit WHERE origin = 'storefront' AND visit_date = :day").param("day", day).update();
        batch.batchUpdate("""
                INSERT INTO insight_visit (account_id, offer_ref, offer_name, month_start, visit_date, country,
                    referral_domain, campaign_src, campaign_id, page_visits, get_it_now, contact_me, test_drive,
                    free_trial, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'storefront')""", rows);
    }
}
