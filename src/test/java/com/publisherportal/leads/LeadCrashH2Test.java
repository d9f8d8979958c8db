package com.publisherportal.leads;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LeadCrashContract} on the embedded default: the H2 file under a temporary data directory, with the shipped URL. */
class LeadCrashH2Test extends LeadCrashContract {

    private Path dataDir() {
        return temp.resolve("data");
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--portal.data-dir=" + dataDir());
    }

    @Override
    Map<String, Integer> leadsByEmail(String prefix) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir().resolve("portal"), "sa", "");
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
