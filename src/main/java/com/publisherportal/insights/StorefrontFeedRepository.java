package com.publisherportal.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** Rolls the storefront's own visits and calls to action up into the marketplace-insights rows. */
@Repository
public class StorefrontFeedRepository {

    private final JdbcClient jdbc;

    StorefrontFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces one day's storefront-made insight rows with a fresh roll-up: one row per offer,
     * country, referral domain and campaign, counting visits and each kind of call to action.
     * Returns the accounts that had storefront visits that day.
     */
    public List<Long> rollUpDay(LocalDate day) {
        jdbc.sql("DELETE FROM insight_visit WHERE origin = 'storefront' AND visit_date = :day").param("day", day).update();
        jdbc.sql("""
                        INSERT INTO insight_visit (account_id, offer_ref, offer_name, month_start, visit_date, country,
                            referral_domain, campaign_src, campaign_id, page_visits, get_it_now, contact_me, test_drive,
                            free_trial, origin)
                        SELECT o.account_id, v.offer_id, o.name, :month, v.visit_day, COALESCE(v.country, 'ZZ'),
                               COALESCE(v.referral_domain, ''), COALESCE(v.src, ''), COALESCE(v.mktcmpid, ''), COUNT(*),
                               SUM(COALESCE(a.get_it_now, 0)), SUM(COALESCE(a.contact_me, 0)),
                               SUM(COALESCE(a.test_drive, 0)), SUM(COALESCE(a.free_trial, 0)), 'storefront'
                        FROM storefront_visit v
                        JOIN offer o ON o.id = v.offer_id
                        LEFT JOIN (SELECT visit_id,
                                          SUM(CASE WHEN action = 'GET_IT_NOW' THEN 1 ELSE 0 END) AS get_it_now,
                                          SUM(CASE WHEN action = 'CONTACT_ME' THEN 1 ELSE 0 END) AS contact_me,
                                          SUM(CASE WHEN action = 'TEST_DRIVE' THEN 1 ELSE 0 END) AS test_drive,
                                          SUM(CASE WHEN action = 'FREE_TRIAL' THEN 1 ELSE 0 END) AS free_trial
                                   FROM storefront_action WHERE visit_id IS NOT NULL GROUP BY visit_id) a
                          ON a.visit_id = v.id
                        WHERE v.visit_day = :day
                        GROUP BY o.account_id, v.offer_id, o.name, v.visit_day, COALESCE(v.country, 'ZZ'),
                                 COALESCE(v.referral_domain, ''), COALESCE(v.src, ''), COALESCE(v.mktcmpid, '')""")
                .param("day", day).param("month", day.withDayOfMonth(1)).update();
        return jdbc.sql("""
                        SELECT DISTINCT o.account_id FROM storefront_visit v JOIN offer o ON o.id = v.offer_id
                        WHERE v.visit_day = :day""")
                .param("day", day).query(Long.class).list();
    }

    public LocalDate firstVisitDay() {
        return jdbc.sql("SELECT MIN(visit_day) FROM storefront_visit").query(LocalDate.class).optional().orElse(null);
    }
}
