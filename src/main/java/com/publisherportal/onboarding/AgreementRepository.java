package com.publisherportal.onboarding;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agreement versions and the accounts' acceptances. Public for the demo data only. */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class AgreementRepository {

    private static final String VERSION_COLUMNS = """
            v.id, v.kind, v.version_number, v.title_en, v.title_fr, v.body_en, v.body_fr, v.changes_en, v.changes_fr,
            v.published_by, v.published_at""";

    private static final RowMapper<AgreementVersion> VERSION = (rs, i) -> new AgreementVersion(rs.getLong(1),
            AgreementKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10) == null ? null : rs.getLong(10),
            rs.getTimestamp(11).toInstant());

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of each kind that has one. */
    public List<AgreementVersion> currentVersions() {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + """
                         FROM agreement_version v
                        WHERE v.version_number = (SELECT MAX(w.version_number) FROM agreement_version w WHERE w.kind = v.kind)""")
                .query(VERSION).list();
    }

    List<AgreementVersion> versions(AgreementKind kind) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM agreement_version v WHERE v.kind = :kind ORDER BY v.version_number DESC")
                .param("kind", kind.name()).query(VERSION).list();
    }

    Optional<AgreementVersion> version(long id) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM agreement_version v WHERE v.id = :id")
                .param("id", id).query(VERSION).optional();
    }

    /** Inserts the next version of the kind; two staff publishing at once collide on the unique number. */
    long insert(AgreementKind kind, int number, String titleEn, String titleFr, String bodyEn, String bodyFr,
                String changesEn, String changesFr, long by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agreement_version (kind, version_number, title_en, title_fr, body_en, body_fr,
                                                       changes_en, changes_fr, published_by, published_at)
                        VALUES (:kind, :number, :titleEn, :titleFr, :bodyEn, :bodyFr, :changesEn, :changesFr, :by, :at)""")
                .param("kind", kind.name()).param("number", number).param("titleEn", titleEn).param("titleFr", titleFr)
                .param("bodyEn", bodyEn).param("bodyFr", bodyFr).param("changesEn", changesEn)
                .param("changesFr", changesFr).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Every acceptance of the account, newest version first within each kind. */
    List<AgreementAcceptance> acceptances(long accountId) {
        return jdbc.sql("""
                        SELECT a.account_id, a.version_id, v.kind, v.version_number, a.accepted_by, u.display_name, a.accepted_at
                        FROM agreement_acceptance a
                        JOIN agreement_version v ON v.id = a.version_id
                        JOIN app_user u ON u.id = a.accepted_by
                        WHERE a.account_id = :accountId
                        ORDER BY v.kind, v.version_number DESC""")
                .param("accountId", accountId)
                .query((rs, i) -> new AgreementAcceptance(rs.getLong(1), rs.getLong(2),
                        AgreementKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getLong(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Records an acceptance once; accepting a version already accepted changes nothing. */
    public boolean accept(long accountId, long versionId, long userId, Instant at) {
        Integer existing = jdbc.sql("SELECT COUNT(*) FROM agreement_acceptance WHERE account_id = :a AND version_id = :v")
                .param("a", accountId).param("v", versionId).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO agreement_acceptance (account_id, version_id, accepted_by, accepted_at) VALUES (:a, :v, :u, :at)")
                .param("a", accountId).param("v", versionId).param("u", userId).param("at", Timestamp.from(at)).update();
        return true;
    }

    /** Accounts that accepted some version of the kind: those asked to accept a new one. */
    List<Long> accountsThatAccepted(AgreementKind kind) {
        return jdbc.sql("""
                        SELECT DISTINCT a.account_id FROM agreement_acceptance a
                        JOIN agreement_version v ON v.id = a.version_id WHERE v.kind = :kind""")
                .param("kind", kind.name()).query(Long.class).list();
    }
}
