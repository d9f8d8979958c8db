package com.publisherportal.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Repository
public class TrackingRepository {

    /** Visits, calls to action and leads of one campaign of one offer over a range. */
    public record CampaignRow(long offerId, String offerName, String src, String mktcmpid, long visits,
                              long uniqueVisitors, long actions, long leads) {

        public double ctaPercent() {
            return visits == 0 ? 0 : actions * 100.0 / visits;
        }
    }

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

    public List<CampaignRow> campaigns(long accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT v.offer_id, o.name, v.src, v.mktcmpid, v.visits, v.visitors,
                               COALESCE(a.actions, 0), COALESCE(a.leads, 0)
                        FROM (SELECT offer_id, src, mktcmpid, COUNT(*) AS visits, COUNT(DISTINCT visitor_key) AS visitors
                              FROM storefront_visit WHERE visit_day BETWEEN :from AND :to AND mktcmpid IS NOT NULL
                              GROUP BY offer_id, src, mktcmpid) v
                        JOIN offer o ON o.id = v.offer_id AND o.account_id = :accountId
                        LEFT JOIN (SELECT offer_id, src, mktcmpid, COUNT(*) AS actions, COUNT(lead_id) AS leads
                                   FROM storefront_action WHERE action_day BETWEEN :from AND :to AND mktcmpid IS NOT NULL
                                   GROUP BY offer_id, src, mktcmpid) a
                          ON a.offer_id = v.offer_id AND a.mktcmpid = v.mktcmpid
                             AND COALESCE(a.src, '') = COALESCE(v.src, '')
                        ORDER BY v.visits DESC, o.name, v.mktcmpid""")
                .param("accountId", accountId).param("from", from).param("to", to)
                .query((rs, i) -> new CampaignRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }
}
