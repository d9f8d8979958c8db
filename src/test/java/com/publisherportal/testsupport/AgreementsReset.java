package com.publisherportal.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests that publish a new agreement version change every account (all owners must accept it):
 * afterwards every account that had accepted the kind accepts its current version too, so later
 * tests on the same database can still submit offers.
 */
public final class AgreementsReset {

    private AgreementsReset() {
    }

    public static void acceptCurrentEverywhere(JdbcClient jdbc) {
        jdbc.sql("""
                        INSERT INTO agreement_acceptance (account_id, version_id, accepted_by, accepted_at)
                        SELECT a.account_id, cur.id, MIN(a.accepted_by), CURRENT_TIMESTAMP
                        FROM agreement_acceptance a
                        JOIN agreement_version v ON v.id = a.version_id
                        JOIN agreement_version cur ON cur.kind = v.kind
                             AND cur.version_number = (SELECT MAX(w.version_number) FROM agreement_version w WHERE w.kind = v.kind)
                        WHERE NOT EXISTS (SELECT 1 FROM agreement_acceptance x WHERE x.account_id = a.account_id AND x.version_id = cur.id)
                        GROUP BY a.account_id, cur.id""")
                .update();
    }
}
