package com.publisherportal.attribution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The partner network id of each account that recorded one; every read and write is confined to one account. */
@Repository
class PartnerNetworkIdRepository {

    private final JdbcClient jdbc;

    PartnerNetworkIdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PartnerNetworkId> find(long accountId) {
        return jdbc.sql("SELECT partner_id FROM partner_network_id WHERE account_id = :accountId")
                .param("accountId", accountId)
                .query((rs, i) -> new PartnerNetworkId(rs.getString("partner_id").trim())).optional();
    }

    /** Records or replaces the account's id. */
    void save(long accountId, PartnerNetworkId id, long by, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE partner_network_id SET partner_id = :partnerId, recorded_by = :by, recorded_at = :at
                        WHERE account_id = :accountId""")
                .param("partnerId", id.value()).param("by", by).param("at", Timestamp.from(at))
                .param("accountId", accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO partner_network_id (account_id, partner_id, recorded_by, recorded_at)
                            VALUES (:accountId, :partnerId, :by, :at)""")
                    .param("accountId", accountId).param("partnerId", id.value()).param("by", by)
                    .param("at", Timestamp.from(at)).update();
        }
    }

    boolean delete(long accountId) {
        return jdbc.sql("DELETE FROM partner_network_id WHERE account_id = :accountId")
                .param("accountId", accountId).update() == 1;
    }
}
