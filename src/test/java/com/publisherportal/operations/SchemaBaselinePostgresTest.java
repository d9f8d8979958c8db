package com.publisherportal.operations;

import com.publisherportal.testsupport.LimitsDatabase.PostgresDatabases;
import com.publisherportal.testsupport.PostgresTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.SQLException;
import java.util.List;

@PostgresTest
class SchemaBaselinePostgresTest extends SchemaBaselineContract {

    @Override
    SingleConnectionDataSource connectToEmptyDatabase(String name) throws SQLException {
        return new SingleConnectionDataSource(PostgresDatabases.fresh(name), PostgresDatabases.user(),
                PostgresDatabases.password(), true);
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Override
    List<String> indexes(JdbcClient db) {
        return lines(db, "index", "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema "
                + "AND tablename <> 'flyway_schema_history'");
    }

    @Override
    List<String> tableOptions(JdbcClient db) {
        return lines(db, "table", "SELECT relname, relpersistence FROM pg_class "
                + "WHERE relnamespace = current_schema::regnamespace AND relkind IN ('r', 'p') "
                + "AND relname <> 'flyway_schema_history'");
    }
}
