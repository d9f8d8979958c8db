package com.publisherportal.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A database with the portal's schema and no Spring context, for tests of the repositories below
 * the services: an in-memory H2, or a PostgreSQL database of its own beside the test database
 * (dropped and created anew). Pooled, so threads can share it.
 */
public final class LimitsDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;

    private LimitsDatabase(String url, String user, String password, String vendor) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(12);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
    }

    public static LimitsDatabase h2() {
        return new LimitsDatabase("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", "h2");
    }

    /** A fresh PostgreSQL database {@code <test database>_<suffix>}. */
    public static LimitsDatabase postgres(String suffix) throws SQLException {
        String url = PostgresDatabases.fresh(suffix);
        return new LimitsDatabase(url, PostgresDatabases.user(), PostgresDatabases.password(), "postgresql");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** PostgreSQL databases of a test's own beside the test database ({@code PORTAL_TEST_POSTGRES_*}). */
    public static final class PostgresDatabases {

        private PostgresDatabases() {
        }

        static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        public static String testUrl() {
            return env("PORTAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/portal_test");
        }

        public static String user() {
            return env("PORTAL_TEST_POSTGRES_USER", "postgres");
        }

        public static String password() {
            return env("PORTAL_TEST_POSTGRES_PASSWORD", "");
        }

        /** The URL of {@code <test database>_<suffix>}, dropped (with its connections) and created empty. */
        public static String fresh(String suffix) throws SQLException {
            String url = testUrl();
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String name = base.substring(base.lastIndexOf('/') + 1) + "_" + suffix;
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalStateException("Unexpected database name " + name);
            }
            try (Connection connection = DriverManager.getConnection(url, user(), password());
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            }
            return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
        }
    }
}
