package com.publisherportal.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The shared limits' rows ({@code rate_bucket}, {@code attempt_window}, migration V12). Times are
 * microseconds since the epoch, from the caller's clock. Each statement runs on its own (auto-commit)
 * unless the caller already has a transaction.
 */
@Repository
class RateLimitRepository {

    /** What a bucket held at its last refill. */
    record BucketState(double tokens, long refilledAt) {
    }

    /** A client's current window. */
    record WindowState(long windowStart, int attempts) {
    }

    private final JdbcClient jdbc;

    RateLimitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refills the bucket for the time since its last refill and takes one token, in one statement,
     * only if a whole token is there: the row lock orders concurrent takers (on another node too),
     * and each sees the row the one before left. A clock behind the row's adds nothing. The casts
     * keep H2 from typing a parameter after its BIGINT neighbour (2e-6 tokens a microsecond would be 0).
     *
     * @return whether a token was taken (false: the bucket is empty, or it has no row yet)
     */
    boolean take(String scope, String key, double burst, double perMicro, long now) {
        return jdbc.sql("""
                        UPDATE rate_bucket
                           SET tokens = LEAST(CAST(:burst AS DOUBLE PRECISION),
                                              tokens + GREATEST(0, :now - refilled_at) * CAST(:perMicro AS DOUBLE PRECISION)) - 1,
                               refilled_at = GREATEST(refilled_at, :now)
                         WHERE scope = :scope AND bucket_key = :key
                           AND LEAST(CAST(:burst AS DOUBLE PRECISION),
                                     tokens + GREATEST(0, :now - refilled_at) * CAST(:perMicro AS DOUBLE PRECISION)) >= 1""")
                .param("burst", burst).param("now", now).param("perMicro", perMicro)
                .param("scope", scope).param("key", key)
                .update() == 1;
    }

    /**
     * The first take from a bucket: a full bucket less one token.
     *
     * @return false when another taker (another node) inserted the row first: take from it instead
     */
    boolean insertTaken(String scope, String key, double burst, long now) {
        try {
            jdbc.sql("INSERT INTO rate_bucket (scope, bucket_key, tokens, refilled_at) VALUES (:scope, :key, :tokens, :now)")
                    .param("scope", scope).param("key", key).param("tokens", burst - 1).param("now", now)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<BucketState> bucket(String scope, String key) {
        return jdbc.sql("SELECT tokens, refilled_at FROM rate_bucket WHERE scope = :scope AND bucket_key = :key")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new BucketState(rs.getDouble(1), rs.getLong(2)))
                .optional();
    }

    /** Deletes the buckets of a scope last refilled before {@code before} (full again by now). */
    int deleteBucketsIdleSince(String scope, long before) {
        return jdbc.sql("DELETE FROM rate_bucket WHERE scope = :scope AND refilled_at < :before")
                .param("scope", scope).param("before", before).update();
    }

    Optional<WindowState> window(String scope, String key) {
        return jdbc.sql("SELECT window_start, attempts FROM attempt_window WHERE scope = :scope AND client_key = :key")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new WindowState(rs.getLong(1), rs.getInt(2)))
                .optional();
    }

    /**
     * Counts an attempt in the client's window, in one statement: a window that has ended starts
     * again at {@code now} with this attempt.
     *
     * @return false when the client has no row yet
     */
    boolean countAttempt(String scope, String key, long windowMicros, long now) {
        return jdbc.sql("""
                        UPDATE attempt_window
                           SET attempts = CASE WHEN window_start + :window <= :now THEN 1 ELSE attempts + 1 END,
                               window_start = CASE WHEN window_start + :window <= :now THEN :now ELSE window_start END
                         WHERE scope = :scope AND client_key = :key""")
                .param("window", windowMicros).param("now", now).param("scope", scope).param("key", key)
                .update() == 1;
    }

    /** The client's first attempt; false when another node inserted its row first. */
    boolean insertAttempt(String scope, String key, long now) {
        try {
            jdbc.sql("INSERT INTO attempt_window (scope, client_key, window_start, attempts) VALUES (:scope, :key, :now, 1)")
                    .param("scope", scope).param("key", key).param("now", now)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Deletes the windows of a scope that started before {@code before} (ended by now). */
    int deleteWindowsStartedBefore(String scope, long before) {
        return jdbc.sql("DELETE FROM attempt_window WHERE scope = :scope AND window_start < :before")
                .param("scope", scope).param("before", before).update();
    }
}
