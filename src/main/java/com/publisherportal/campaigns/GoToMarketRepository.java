package com.publisherportal.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class GoToMarketRepository {

    private final JdbcClient jdbc;

    GoToMarketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<LaunchItem, LaunchTick> launchTicks(long offerId) {
        Map<LaunchItem, LaunchTick> ticks = new EnumMap<>(LaunchItem.class);
        jdbc.sql("""
                        SELECT c.item_code, u.display_name, c.checked_on FROM launch_checklist_item c
                        JOIN app_user u ON u.id = c.checked_by WHERE c.offer_id = :offerId""")
                .param("offerId", offerId)
                .query(rs -> {
                    LaunchItem item = LaunchItem.valueOf(rs.getString(1));
                    ticks.put(item, new LaunchTick(item, rs.getString(2), rs.getObject(3, LocalDate.class)));
                });
        return ticks;
    }

    public void tick(long offerId, LaunchItem item, long userId, LocalDate on, Instant at) {
        untick(offerId, item);
        jdbc.sql("""
                        INSERT INTO launch_checklist_item (offer_id, item_code, checked_by, checked_on, checked_at)
                        VALUES (:offerId, :item, :userId, :on, :at)""")
                .param("offerId", offerId).param("item", item.name()).param("userId", userId).param("on", on)
                .param("at", Timestamp.from(at)).update();
    }

    public void untick(long offerId, LaunchItem item) {
        jdbc.sql("DELETE FROM launch_checklist_item WHERE offer_id = :offerId AND item_code = :item")
                .param("offerId", offerId).param("item", item.name()).update();
    }

    /** Launch checklist items done per offer of the account. */
    public Map<Long, Integer> launchProgress(long accountId) {
        Map<Long, Integer> progress = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT c.offer_id, COUNT(*) FROM launch_checklist_item c JOIN offer o ON o.id = c.offer_id
                        WHERE o.account_id = :accountId GROUP BY c.offer_id""")
                .param("accountId", accountId)
                .query(rs -> {
                    progress.put(rs.getLong(1), rs.getInt(2));
                });
        return progress;
    }

    public Optional<TestDrive> testDrive(long offerId) {
        return jdbc.sql("""
                        SELECT offer_id, drive_type, hot_instances, warm_instances, cold_instances, duration_hours, regions,
                               instance_url, logic_app_url, entra_app_id, security_role, report_url, description,
                               access_info, manual_name, updated_at, version
                        FROM test_drive WHERE offer_id = :offerId""")
                .param("offerId", offerId)
                .query((rs, i) -> new TestDrive(rs.getLong("offer_id"), TestDriveType.valueOf(rs.getString("drive_type")),
                        rs.getInt("hot_instances"), rs.getInt("warm_instances"), rs.getInt("cold_instances"),
                        rs.getInt("duration_hours"), split(rs.getString("regions")),
                        new TestDriveSettings(rs.getString("instance_url"), rs.getString("logic_app_url"),
                                rs.getString("entra_app_id"), rs.getString("security_role"), rs.getString("report_url")),
                        rs.getString("description"), rs.getString("access_info"), rs.getString("manual_name"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .optional();
    }

    public boolean hasTestDrive(long offerId) {
        return jdbc.sql("SELECT COUNT(*) FROM test_drive WHERE offer_id = :offerId").param("offerId", offerId)
                .query(Integer.class).single() > 0;
    }

    public void insertTestDrive(TestDrive drive, byte[] manual, long userId, Instant at) {
        jdbc.sql("""
                        INSERT INTO test_drive (offer_id, drive_type, hot_instances, warm_instances, cold_instances,
                                                duration_hours, regions, instance_url, logic_app_url, entra_app_id,
                                                security_role, report_url, description, access_info, manual_name,
                                                manual_content, updated_by, updated_at)
                        VALUES (:offerId, :type, :hot, :warm, :cold, :hours, :regions, :instanceUrl, :logicAppUrl,
                                :entraAppId, :securityRole, :reportUrl, :description, :access, :manualName,
                                :manual, :userId, :at)""")
                .params(driveParams(drive, manual, userId, at)).update();
    }

    /** Updates only if the version is the one the editor saw; 0 rows means someone else saved first. */
    public int updateTestDrive(TestDrive drive, byte[] manual, long userId, Instant at) {
        Map<String, Object> params = new java.util.HashMap<>(driveParams(drive, manual, userId, at));
        params.put("version", drive.version());
        return jdbc.sql("""
                        UPDATE test_drive SET drive_type = :type, hot_instances = :hot, warm_instances = :warm,
                               cold_instances = :cold, duration_hours = :hours, regions = :regions,
                               instance_url = :instanceUrl, logic_app_url = :logicAppUrl, entra_app_id = :entraAppId,
                               security_role = :securityRole, report_url = :reportUrl, description = :description,
                               access_info = :access, manual_name = COALESCE(:manualName, manual_name),
                               manual_content = COALESCE(:manual, manual_content), updated_by = :userId,
                               updated_at = :at, version = version + 1
                        WHERE offer_id = :offerId AND version = :version""")
                .params(params).update();
    }

    public void deleteTestDrive(long offerId) {
        jdbc.sql("DELETE FROM test_drive WHERE offer_id = :offerId").param("offerId", offerId).update();
    }

    public Optional<byte[]> manual(long offerId) {
        return jdbc.sql("SELECT manual_content FROM test_drive WHERE offer_id = :offerId AND manual_content IS NOT NULL")
                .param("offerId", offerId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    private static Map<String, Object> driveParams(TestDrive d, byte[] manual, long userId, Instant at) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("offerId", d.offerId());
        params.put("type", d.type().name());
        params.put("hot", d.hotInstances());
        params.put("warm", d.warmInstances());
        params.put("cold", d.coldInstances());
        params.put("instanceUrl", d.settings().instanceUrl());
        params.put("logicAppUrl", d.settings().logicAppTriggerUrl());
        params.put("entraAppId", d.settings().entraAppId());
        params.put("securityRole", d.settings().securityRole());
        params.put("reportUrl", d.settings().reportUrl());
        params.put("hours", d.durationHours());
        params.put("regions", String.join(",", d.regions()));
        params.put("description", d.description());
        params.put("access", d.accessInfo());
        params.put("manualName", d.manualName());
        params.put("manual", manual);
        params.put("userId", userId);
        params.put("at", Timestamp.from(at));
        return params;
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
