package com.publisherportal.attribution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tracking-GUID registry. Every read but {@link #holderOf} is confined to one account. */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class TrackingGuidRepository {

    private static final String SELECT = """
            SELECT t.id, t.guid, t.account_id, t.offer_id, o.offer_id AS offer_identifier, o.name AS offer_name,
                   t.channel, t.channel_name, t.plan_id, t.description, u.email AS created_by_email, t.created_at,
                   t.retired_at
            FROM tracking_guid t
            LEFT JOIN offer o ON o.id = t.offer_id
            JOIN app_user u ON u.id = t.created_by
            """;

    private final JdbcClient jdbc;

    TrackingGuidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account holding a GUID, active or retired. Callers must not tell a user which account it is. */
    public Optional<Long> holderOf(TrackingGuid guid) {
        return jdbc.sql("SELECT account_id FROM tracking_guid WHERE guid = :guid")
                .param("guid", guid.value()).query(Long.class).optional();
    }

    public List<RegisteredGuid> findByAccount(long accountId, boolean includeRetired) {
        return jdbc.sql(SELECT + " WHERE t.account_id = :accountId"
                        + (includeRetired ? "" : " AND t.retired_at IS NULL")
                        + " ORDER BY CASE WHEN o.name IS NULL THEN 1 ELSE 0 END, o.name, t.channel, t.channel_name, t.plan_id, t.created_at, t.id")
                .param("accountId", accountId)
                .query(TrackingGuidRepository::map).list();
    }

    public Optional<RegisteredGuid> find(long accountId, long id) {
        return jdbc.sql(SELECT + " WHERE t.account_id = :accountId AND t.id = :id")
                .param("accountId", accountId).param("id", id)
                .query(TrackingGuidRepository::map).optional();
    }

    public Optional<RegisteredGuid> find(long accountId, TrackingGuid guid) {
        return jdbc.sql(SELECT + " WHERE t.account_id = :accountId AND t.guid = :guid")
                .param("accountId", accountId).param("guid", guid.value())
                .query(TrackingGuidRepository::map).optional();
    }

    public long insert(TrackingGuid guid, long accountId, Long offerId, DistributionChannel channel, String channelName,
                       String plan, String description, long createdBy, Instant createdAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO tracking_guid (guid, account_id, offer_id, channel, channel_name, plan_id, description,
                                                   created_by, created_at)
                        VALUES (:guid, :accountId, :offerId, :channel, :channelName, :plan, :description, :createdBy, :createdAt)""")
                .param("guid", guid.value())
                .param("accountId", accountId)
                .param("offerId", offerId)
                .param("channel", channel.name())
                .param("channelName", channelName)
                .param("plan", plan)
                .param("description", description)
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Retires an active GUID of the account; false when there is none with that id. */
    public boolean retire(long accountId, long id, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE tracking_guid SET retired_at = :at, retired_by = :by
                        WHERE id = :id AND account_id = :accountId AND retired_at IS NULL""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).param("accountId", accountId)
                .update() == 1;
    }

    /** Makes a retired GUID of the account active again; false when there is none with that id. */
    public boolean reinstate(long accountId, long id) {
        return jdbc.sql("""
                        UPDATE tracking_guid SET retired_at = NULL, retired_by = NULL
                        WHERE id = :id AND account_id = :accountId AND retired_at IS NOT NULL""")
                .param("id", id).param("accountId", accountId)
                .update() == 1;
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM tracking_guid").query(Integer.class).single();
    }

    private static RegisteredGuid map(ResultSet rs, int row) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new RegisteredGuid(rs.getLong("id"), new TrackingGuid(rs.getString("guid").trim()), rs.getLong("account_id"),
                rs.getObject("offer_id") == null ? null : rs.getLong("offer_id"), rs.getString("offer_identifier"), rs.getString("offer_name"),
                DistributionChannel.valueOf(rs.getString("channel")), rs.getString("channel_name"),
                rs.getString("plan_id"), rs.getString("description"), rs.getString("created_by_email"),
                rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
    }
}
