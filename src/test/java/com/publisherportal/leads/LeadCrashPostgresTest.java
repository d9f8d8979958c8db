package com.publisherportal.leads;

import com.publisherportal.testsupport.PostgresTest;
import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LeadCrashContract} on PostgreSQL: a database of its own beside the test database
 * ({@code <test database>_crash}, dropped and created anew first), so that the crashed portal's
 * demo data and leads disturb no other test.
 */
@PostgresTest
class LeadCrashPostgresTest extends LeadCrashContract {

    static final String DATABASE_SUFFIX = "_crash";

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String testUrl() {
        return env("PORTAL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/portal_test");
    }

    private static String user() {
        return env("PORTAL_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return env("PORTAL_TEST_POSTGRES_PASSWORD", "");
    }

    /** The test database's URL with {@code _crash} added to the database name (query parameters kept). */
    static String crashUrl() {
        String url = testUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base + DATABASE_SUFFIX + (query < 0 ? "" : url.substring(query));
    }

    private static String crashDatabase() {
        String base = crashUrl();
        int query = base.indexOf('?');
        base = query < 0 ? base : base.substring(0, query);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        String name = crashDatabase();
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unexpected database name " + name);
        }
        try (Connection connection = DriverManager.getConnection(testUrl(), user(), password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /** The portal does not back up PostgreSQL itself: an administrator asking is told to use pg_dump (409 problem). */
    @Override
    void afterRestart(PortalProcess portal) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(portal.url("/api/admin/backups")))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "admin@portal.example:portal-demo-2026".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("pg_dump");
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + crashUrl(),
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
                "--portal.data-dir=" + temp.resolve("data"));
    }

    @Override
    Map<String, Integer> leadsByEmail(String prefix) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(crashUrl(), user(), password());
             var statement = connection.prepareStatement(
                     "SELECT email, COUNT(*) FROM sales_lead WHERE email LIKE ? GROUP BY email")) {
            statement.setString(1, prefix + "-%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }
}
