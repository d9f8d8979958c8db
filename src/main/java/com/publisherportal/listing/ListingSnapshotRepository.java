package com.publisherportal.listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** What reviewers saw of listings when they decided. */
@Repository
class ListingSnapshotRepository {

    private final JdbcClient jdbc;

    ListingSnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long reviewId, long offerId, Instant takenAt, ListingSnapshot snapshot) {
        jdbc.sql("INSERT INTO listing_review_snapshot (review_id, offer_id, taken_at, content) VALUES (:r, :o, :t, :c)")
                .param("r", reviewId).param("o", offerId).param("t", Timestamp.from(takenAt)).param("c", snapshot.stored())
                .update();
    }

    /** The snapshot of the offer's latest review, with when it was taken. */
    Optional<Taken> latest(long offerId) {
        return jdbc.sql("SELECT taken_at, content FROM listing_review_snapshot WHERE offer_id = :o"
                        + " ORDER BY taken_at DESC, review_id DESC FETCH FIRST 1 ROWS ONLY")
                .param("o", offerId)
                .query((rs, i) -> new Taken(rs.getTimestamp(1).toInstant(), ListingSnapshot.read(rs.getString(2))))
                .optional();
    }

    record Taken(Instant at, ListingSnapshot snapshot) {
    }
}
