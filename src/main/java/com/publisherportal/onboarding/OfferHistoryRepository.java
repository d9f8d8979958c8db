package com.publisherportal.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class OfferHistoryRepository {

    private final JdbcClient jdbc;

    OfferHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long offerId, Instant at, Long actorId, String actorEmail, OfferStatus from, OfferStatus to,
                       String comment) {
        jdbc.sql("""
                        INSERT INTO offer_history (offer_id, occurred_at, actor_id, actor_email, from_status, to_status, comment)
                        VALUES (:offerId, :at, :actorId, :actorEmail, :from, :to, :comment)""")
                .param("offerId", offerId).param("at", Timestamp.from(at)).param("actorId", actorId)
                .param("actorEmail", actorEmail).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("comment", comment).update();
    }

    public List<OfferHistoryEntry> forOffer(long offerId) {
        return jdbc.sql("""
                        SELECT id, offer_id, occurred_at, actor_email, from_status, to_status, comment
                        FROM offer_history WHERE offer_id = :offerId ORDER BY occurred_at DESC, id DESC""")
                .param("offerId", offerId)
                .query((rs, i) -> new OfferHistoryEntry(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5) == null ? null : OfferStatus.valueOf(rs.getString(5)),
                        OfferStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }
}
