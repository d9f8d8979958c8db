package com.publisherportal.common;

import com.publisherportal.testsupport.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded H2's streamed reads: lazy for the read only, and only inside a transaction. */
@PortalSpringTest
@ActiveProfiles("test")
class DatabaseTest {

    @Autowired Database database;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theEmbeddedDatabaseIsH2() {
        assertThat(database.isH2()).isTrue();
        assertThat(database.isPostgres()).isFalse();
    }

    @Test
    void aStreamedReadHandsOverEveryRowInOrderAndTheConnectionServesOrdinaryQueriesAfterwards() {
        List<Long> streamed = new ArrayList<>();
        long after = transactions.execute(s -> {
            database.streaming(() -> jdbc.sql("SELECT id FROM publisher_account ORDER BY id")
                    .query((java.sql.ResultSet rs) -> {
                        streamed.add(rs.getLong(1));
                    }));
            return jdbc.sql("SELECT COUNT(*) FROM publisher_account").query(Long.class).single();
        });
        assertThat(streamed).isNotEmpty().isSorted().hasSize((int) after);
    }

    @Test
    void aStreamedReadOutsideATransactionIsRefusedSoTheSettingCannotOutliveIt() {
        assertThatThrownBy(() -> database.streaming(() -> { })).isInstanceOf(IllegalStateException.class);
    }
}
