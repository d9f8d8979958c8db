package com.publisherportal.leads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The intake token of each account: one row per account, found by the token through a unique index. */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class IntakeTokenRepository {

    private final JdbcClient jdbc;

    IntakeTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> accountFor(String token) {
        return jdbc.sql("SELECT account_id FROM lead_intake_token WHERE token = :token")
                .param("token", token).query(Long.class).optional();
    }

    public Optional<String> tokenOf(long accountId) {
        return jdbc.sql("SELECT token FROM lead_intake_token WHERE account_id = :accountId")
                .param("accountId", accountId).query(String.class).optional();
    }

    /** Sets the account's token, replacing the old one in the same row, so the old one stops matching at once. */
    public void store(long accountId, String token, Long userId, Instant at) {
        int updated = jdbc.sql("UPDATE lead_intake_token SET token = :token, created_by = :userId, created_at = :at "
                        + "WHERE account_id = :accountId")
                .param("token", token).param("userId", userId).param("at", Timestamp.from(at))
                .param("accountId", accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lead_intake_token (account_id, token, created_by, created_at) "
                            + "VALUES (:accountId, :token, :userId, :at)")
                    .param("token", token).param("userId", userId).param("at", Timestamp.from(at))
                    .param("accountId", accountId).update();
        }
    }
}
