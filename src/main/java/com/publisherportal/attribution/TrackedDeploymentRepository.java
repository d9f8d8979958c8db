package com.publisherportal.attribution;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily counts of new deployments that carried a tracking GUID (docs/domain.md, Customer usage attribution and Insights), as the
 * GUID-only {@code tracked_deployment} rows hold them. The deployments the insights report holds
 * are insights' own; {@link TrackingGuidService} adds them through the insights service, so a
 * GUID's page shows what the Deployments report shows.
 */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class TrackedDeploymentRepository {

    /** Deployments of one GUID in one calendar month. */
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    TrackedDeploymentRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Stores a GUID's counts for days that have none yet, in one batch. */
    public void insertDays(TrackingGuid guid, Map<LocalDate, Integer> deploymentsPerDay) {
        List<Object[]> rows = deploymentsPerDay.entrySet().stream()
                .map(e -> new Object[]{guid.value(), Date.valueOf(e.getKey()), e.getValue()}).toList();
        jdbcTemplate.batchUpdate("INSERT INTO tracked_deployment (tracking_guid, deployed_on, deployments) VALUES (?, ?, ?)",
                rows);
    }

    /** Months from {@code from} on in which the GUID was deployed, oldest first; months without any are absent. */
    public List<MonthlyCount> monthly(TrackingGuid guid, LocalDate from) {
        return jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM deployed_on) AS y, EXTRACT(MONTH FROM deployed_on) AS m,
                               SUM(deployments) AS n
                        FROM tracked_deployment
                        WHERE tracking_guid = :guid AND deployed_on >= :from
                        GROUP BY EXTRACT(YEAR FROM deployed_on), EXTRACT(MONTH FROM deployed_on)
                        ORDER BY y, m""")
                .param("guid", guid.value()).param("from", Date.valueOf(from))
                .query((rs, i) -> new MonthlyCount(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n")))
                .list();
    }

    /** Total deployments since {@code from} of each of the GUIDs that has any. */
    public Map<TrackingGuid, Long> totals(Collection<TrackingGuid> guids, LocalDate from) {
        Map<TrackingGuid, Long> totals = new HashMap<>();
        if (guids.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                        SELECT tracking_guid, SUM(deployments) AS n FROM tracked_deployment
                        WHERE tracking_guid IN (:guids) AND deployed_on >= :from
                        GROUP BY tracking_guid""")
                .param("guids", guids.stream().map(TrackingGuid::value).toList())
                .param("from", Date.valueOf(from))
                .query(rs -> {
                    totals.put(new TrackingGuid(rs.getString("tracking_guid").trim()), rs.getLong("n"));
                });
        return totals;
    }
}
