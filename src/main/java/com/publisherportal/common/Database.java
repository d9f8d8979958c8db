package com.publisherportal.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.Locale;

/**
 * What the repositories need to know of the database under them. The same SQL runs on H2 and
 * PostgreSQL; the few places where the two differ ask here.
 */
@Component
public class Database {

    private final JdbcTemplate jdbc;
    private final boolean h2;
    private final boolean postgres;

    Database(DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase(Locale.ROOT);
        this.h2 = product.equals("h2");
        this.postgres = product.contains("postgres");
    }

    public boolean isH2() {
        return h2;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /**
     * Runs a read that streams a large result row by row (an export). PostgreSQL streams through
     * a cursor inside a transaction; H2 computes the whole result before it hands over the first
     * row unless its lazy execution is on (a million usage rows: first row after 5 s, all in
     * 6 s; lazily, at once and in 3.5 s). So on H2 it is on for this read only, on the
     * transaction's connection, which is why the read must run inside a transaction.
     */
    public void streaming(Runnable read) {
        if (!h2) {
            read.run();
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A streamed read must run inside a transaction");
        }
        jdbc.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            read.run();
        } finally {
            jdbc.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }
}
