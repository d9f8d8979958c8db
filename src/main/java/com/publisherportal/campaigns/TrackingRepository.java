package com.publisherportal.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class TrackingRepository {

    /** Visits, calls to action and leads of one campaign of one offer over a range. */
    private final JdbcClient jdbc;

    TrackingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertVisit(long offerId, LocalDate day, Instant at, String src, String mktcmpid, String referralDomain,
                            String country, String visitorKey) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO storefront_visit (offer_id, visit_day, visited_at, src, mktcmpid, referral_domain, country, visitor_key)
                        VALUES (:offerId, :day, :at, :src, :mktcmpid, :referral, :country, :visitorKey)""")
                .param("offerId", offerId).param("day", day).param("at", Timestamp.from(at)).param("src", src)
                .param("mktcmpid", mktcmpid).param("referral", referralDomain).param("country", country)
                .param("visitorKey", visitorKey)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public long insertAction(long offerId, Long visitId, LocalDate day, Instant at, String action, String src,
                             String mktcmpid, String visitorKey) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO storefront_action (offer_id, visit_id, action_day, acted_at, action, src, mktcmpid, visitor_key)
                        VALUES (:offerId, :visitId, :day, :at, :action, :src, :mktcmpid, :visitorKey)""")
                .param("offerId", offerId).param("visitId", visitId).param("day", day).param("at", Timestamp.from(at))
                .param("action", action).param("src", src).param("mktcmpid", mktcmpid).param("visitorKey", visitorKey)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The visitor's own choice of country, when the request did not tell it. */
    public void setVisitCountryIfMissing(long visitId, String country) {
        jdbc.sql("UPDATE storefront_visit SET country = :country WHERE id = :id AND country IS NULL")
                .param("country", country).param("id", visitId).update();
    }

    public void linkLead(long actionId, long leadId) {
        jdbc.sql("UPDATE storefront_action SET lead_id = :leadId WHERE id = :id").param("leadId", leadId).param("id", actionId).update();
    }

    /** Calls to action of a visitor since a moment, for the per-visitor rate limit. */
    public int actionsSince(String visitorKey, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM storefront_action WHERE visitor_key = :key AND acted_at >= :since")
                .param("key", visitorKey).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /**
     * Campaign visits of the account's offers on the days from {@code from} to {@code to}
     * inclusive, with the calls to action and leads of those visits (an action counts with its
     * visit, whatever day it came: as the Marketplace insights' roll-up counts it, see
     * {@link #dayFigures}).
     */
    public List<CampaignRow> campaigns(long accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT v.offer_id, o.name, v.src, v.mktcmpid, COUNT(*) AS visits,
                               COUNT(DISTINCT v.visitor_key) AS visitors,
                               COALESCE(SUM(a.actions), 0) AS actions, COALESCE(SUM(a.leads), 0) AS leads
                        FROM storefront_visit v
                        JOIN offer o ON o.id = v.offer_id AND o.account_id = :accountId
                        LEFT JOIN (SELECT visit_id, COUNT(*) AS actions, COUNT(lead_id) AS leads
                                   FROM storefront_action WHERE visit_id IS NOT NULL AND action_day >= :from
                                   GROUP BY visit_id) a
                          ON a.visit_id = v.id
                        WHERE v.visit_day BETWEEN :from AND :to AND v.mktcmpid IS NOT NULL
                        GROUP BY v.offer_id, o.name, v.src, v.mktcmpid
                        ORDER BY visits DESC, o.name, v.mktcmpid""")
                .param("accountId", accountId).param("from", from).param("to", to)
                .query((rs, i) -> new CampaignRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /**
     * One day's visits rolled up per account, offer, country, referral domain and campaign, each
     * with its visits' calls to action by kind (see {@link StorefrontActivity.DayFigures}).
     */
    List<StorefrontActivity.DayFigures> dayFigures(LocalDate day) {
        return jdbc.sql("""
                        SELECT o.account_id, v.offer_id, o.name, v.visit_day, COALESCE(v.country, 'ZZ') AS country,
                               COALESCE(v.referral_domain, '') AS referral_domain, COALESCE(v.src, '') AS src,
                               COALESCE(v.mktcmpid, '') AS mktcmpid, COUNT(*) AS visits,
                               SUM(COALESCE(a.get_it_now, 0)) AS get_it_now, SUM(COALESCE(a.contact_me, 0)) AS contact_me,
                               SUM(COALESCE(a.test_drive, 0)) AS test_drive, SUM(COALESCE(a.free_trial, 0)) AS free_trial
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
                .param("day", day)
                .query((rs, i) -> new StorefrontActivity.DayFigures(rs.getLong("account_id"), rs.getLong("offer_id"),
                        rs.getString("name"), rs.getDate("visit_day").toLocalDate(), rs.getString("country"),
                        rs.getString("referral_domain"), rs.getString("src"), rs.getString("mktcmpid"),
                        rs.getLong("visits"), rs.getLong("get_it_now"), rs.getLong("contact_me"),
                        rs.getLong("test_drive"), rs.getLong("free_trial")))
                .list();
    }

    Optional<LocalDate> firstVisitDay() {
        return jdbc.sql("SELECT MIN(visit_day) FROM storefront_visit").query(LocalDate.class).optional();
    }
}
