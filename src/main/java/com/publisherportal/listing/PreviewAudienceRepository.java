package com.publisherportal.listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Preview audience entries and preview link tokens. */
@Repository
class PreviewAudienceRepository {

    private final JdbcClient jdbc;

    PreviewAudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> members(long offerId) {
        return jdbc.sql("SELECT member FROM preview_audience_member WHERE offer_id = :offerId ORDER BY added_at, member")
                .param("offerId", offerId).query(String.class).list();
    }

    void add(long offerId, String member, Instant at) {
        jdbc.sql("INSERT INTO preview_audience_member (offer_id, member, added_at) VALUES (:offerId, :member, :at)")
                .param("offerId", offerId).param("member", member).param("at", Timestamp.from(at)).update();
    }

    boolean remove(long offerId, String member) {
        return jdbc.sql("DELETE FROM preview_audience_member WHERE offer_id = :offerId AND member = :member")
                .param("offerId", offerId).param("member", member).update() == 1;
    }

    Optional<String> token(long offerId) {
        return jdbc.sql("SELECT token FROM preview_link WHERE offer_id = :offerId")
                .param("offerId", offerId).query(String.class).optional();
    }

    Optional<Long> offerOfToken(String token) {
        return jdbc.sql("SELECT offer_id FROM preview_link WHERE token = :token")
                .param("token", token).query(Long.class).optional();
    }

    void saveToken(long offerId, String token, Instant at) {
        if (jdbc.sql("UPDATE preview_link SET token = :token, created_at = :at WHERE offer_id = :offerId")
                .param("offerId", offerId).param("token", token).param("at", Timestamp.from(at)).update() == 0) {
            jdbc.sql("INSERT INTO preview_link (offer_id, token, created_at) VALUES (:offerId, :token, :at)")
                    .param("offerId", offerId).param("token", token).param("at", Timestamp.from(at)).update();
        }
    }
}
