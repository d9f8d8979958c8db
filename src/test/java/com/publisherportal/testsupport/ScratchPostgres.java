package com.publisherportal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL database of a test's own beside the test database ({@code <test database><suffix>},
 * dropped and created anew), for portals started as separate processes whose data must disturb no
 * other test. Server and credentials as for {@link PostgresTest}.
 */
public final class ScratchPostgres {

    private final String suffix;

    public ScratchPostgres(String suffix) {
        if (!suffix.matches("_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected suffix " + suffix);
        }
        this.suffix = suffix;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String testUrl() {
        return env("PORTAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/portal_test");
    }

    public static String user() {
        return env("PORTAL_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return env("PORTAL_TEST_POSTGRES_PASSWORD", "");
    }

    /** The test database's URL with the suffix added to the database name (query parameters kept). */
    public String url() {
        String url = testUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base + suffix + (query < 0 ? "" : url.substring(query));
    }

    private String name() {
        String base = url();
        int query = base.indexOf('?');
        base = query < 0 ? base : base.substring(0, query);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** Drops the database (closing its connections) and creates it empty. */
    public ScratchPostgres recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(testUrl(), user(), password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name());
        }
        return this;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** The Spring arguments that put a portal process on this database. */
    public List<String> springArgs() {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password());
    }
}
