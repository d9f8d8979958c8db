package com.publisherportal.leads;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.PostgresTest;
import com.publisherportal.testsupport.ScratchPostgres;
import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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

    private final ScratchPostgres database = new ScratchPostgres("_crash");

    @BeforeEach
    void freshDatabase() throws SQLException {
        database.recreate();
    }

    /** The portal does not back up PostgreSQL itself: an administrator asking is told to use pg_dump (409 problem). */
    @Override
    void afterRestart(PortalProcess portal) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(portal.url("/api/admin/backups")))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("admin@portal.example:" + AccountDemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("pg_dump");
    }

    @Override
    List<String> databaseArgs() {
        List<String> args = new ArrayList<>(database.springArgs());
        args.add("--portal.data-dir=" + temp.resolve("data"));
        return args;
    }

    @Override
    Map<String, Integer> leadsByEmail(String prefix) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = database.connect();
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
