package com.publisherportal.common;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.Locale;

/**
 * What the repositories need to know of the database under them. The same SQL runs on H2 and
 * PostgreSQL; the few places where the two differ ask here.
 *
 * <p>There is deliberately no streamed (lazy) read here any more: H2's lazy query execution can
 * fail a long read with "Chunk … not found" while its store moves chunks (h2database issues 4142
 * and 4383). Large results are read in short keyset pages instead, see {@link Keyset}.
 */
@Component
public class Database {

    private final boolean h2;
    private final boolean postgres;

    Database(DataSource dataSource) throws MetaDataAccessException {
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
}
