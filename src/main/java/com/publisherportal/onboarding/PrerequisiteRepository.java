package com.publisherportal.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class PrerequisiteRepository {

    private final JdbcClient jdbc;

    PrerequisiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ticked items of an offer, with the ticking user's name. */
    public Map<Prerequisite, PrerequisiteTick> ticks(long offerId) {
        return jdbc.sql("""
                        SELECT p.item_code, u.display_name, p.checked_at
                        FROM offer_prerequisite p JOIN app_user u ON u.id = p.checked_by
                        WHERE p.offer_id = :offerId""")
                .param("offerId", offerId)
                .query((rs, i) -> new PrerequisiteTick(Prerequisite.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list().stream().collect(Collectors.toMap(PrerequisiteTick::item, Function.identity()));
    }

    public void tick(long offerId, Prerequisite item, long userId, Instant at) {
        jdbc.sql("DELETE FROM offer_prerequisite WHERE offer_id = :offerId AND item_code = :item")
                .param("offerId", offerId).param("item", item.name()).update();
        jdbc.sql("INSERT INTO offer_prerequisite (offer_id, item_code, checked_by, checked_at) VALUES (:offerId, :item, :userId, :at)")
                .param("offerId", offerId).param("item", item.name()).param("userId", userId)
                .param("at", Timestamp.from(at)).update();
    }

    public void untick(long offerId, Prerequisite item) {
        jdbc.sql("DELETE FROM offer_prerequisite WHERE offer_id = :offerId AND item_code = :item")
                .param("offerId", offerId).param("item", item.name()).update();
    }
}
