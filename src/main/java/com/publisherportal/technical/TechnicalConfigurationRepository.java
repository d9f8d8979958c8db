package com.publisherportal.technical;

import com.publisherportal.attribution.CheckReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Technical configuration rows: one per offer, plus a virtual machine's settings and image versions
 * per plan. Public for the demo data only (named interface demo-data); the service checks callers.
 */
@Repository
@org.springframework.modulith.NamedInterface("demo-data")
public class TechnicalConfigurationRepository {

    private final JdbcClient jdbc;

    TechnicalConfigurationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether no offer has a configuration yet (the demo data seeds once). */
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM technical_configuration").query(Integer.class).single() == 0;
    }

    /** The offer's row as stored, without the package content. */
    record Row(SaasSettings saas, ContainerImage image, Optional<AppPackage> appPackage, int version) {
    }

    Optional<Row> find(long offerId) {
        return jdbc.sql("""
                        SELECT landing_page_url, webhook_url, tenant_id, application_id, image_repository, image_tag,
                               package_name, package_size, package_version, package_verdict, package_findings,
                               package_checked_at, version
                        FROM technical_configuration WHERE offer_id = :offerId""")
                .param("offerId", offerId).query(TechnicalConfigurationRepository::row).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        SaasSettings saas = new SaasSettings(rs.getString("landing_page_url"), rs.getString("webhook_url"),
                rs.getString("tenant_id"), rs.getString("application_id"));
        ContainerImage image = new ContainerImage(rs.getString("image_repository"), rs.getString("image_tag"));
        Optional<AppPackage> appPackage = rs.getString("package_name") == null ? Optional.empty()
                : Optional.of(new AppPackage(rs.getString("package_name"), rs.getLong("package_size"),
                rs.getString("package_version"), CheckReport.Verdict.valueOf(rs.getString("package_verdict")),
                decodeFindings(rs.getString("package_findings")), rs.getTimestamp("package_checked_at").toInstant()));
        return new Row(saas, image, appPackage, rs.getInt("version"));
    }

    /**
     * Writes the row under optimistic locking: inserted when {@code expectedVersion} is 0 and there
     * is none, else updated only at that version. False when someone changed it meanwhile.
     */
    public boolean saveSaas(long offerId, SaasSettings saas, int expectedVersion, Long by, Instant at) {
        ensureRow(offerId, by, at);
        return jdbc.sql("""
                        UPDATE technical_configuration SET landing_page_url = :landing, webhook_url = :webhook,
                               tenant_id = :tenant, application_id = :application, updated_by = :by, updated_at = :at,
                               version = version + 1
                        WHERE offer_id = :offerId AND version = :version""")
                .param("landing", saas.landingPageUrl()).param("webhook", saas.webhookUrl())
                .param("tenant", saas.tenantId()).param("application", saas.applicationId())
                .param("by", by).param("at", Timestamp.from(at))
                .param("offerId", offerId).param("version", expectedVersion).update() == 1;
    }

    public boolean saveImage(long offerId, ContainerImage image, int expectedVersion, Long by, Instant at) {
        ensureRow(offerId, by, at);
        return jdbc.sql("""
                        UPDATE technical_configuration SET image_repository = :repository, image_tag = :tag,
                               updated_by = :by, updated_at = :at, version = version + 1
                        WHERE offer_id = :offerId AND version = :version""")
                .param("repository", image.repository()).param("tag", image.tag())
                .param("by", by).param("at", Timestamp.from(at))
                .param("offerId", offerId).param("version", expectedVersion).update() == 1;
    }

    public boolean savePackage(long offerId, byte[] content, AppPackage appPackage, int expectedVersion, Long by, Instant at) {
        ensureRow(offerId, by, at);
        return jdbc.sql("""
                        UPDATE technical_configuration SET package_name = :name, package_content = :content,
                               package_size = :size, package_version = :packageVersion, package_verdict = :verdict,
                               package_findings = :findings, package_checked_at = :checkedAt,
                               updated_by = :by, updated_at = :at, version = version + 1
                        WHERE offer_id = :offerId AND version = :version""")
                .param("name", appPackage.fileName()).param("content", content).param("size", appPackage.size())
                .param("packageVersion", appPackage.version()).param("verdict", appPackage.verdict().name())
                .param("findings", encodeFindings(appPackage.findings()))
                .param("checkedAt", Timestamp.from(appPackage.checkedAt()))
                .param("by", by).param("at", Timestamp.from(at))
                .param("offerId", offerId).param("version", expectedVersion).update() == 1;
    }

    Optional<byte[]> packageContent(long offerId) {
        return jdbc.sql("SELECT package_content FROM technical_configuration WHERE offer_id = :offerId AND package_content IS NOT NULL")
                .param("offerId", offerId).query(byte[].class).optional();
    }

    private void ensureRow(long offerId, Long by, Instant at) {
        // Concurrent first saves: the loser's insert fails on the key, and its update then finds version 1.
        if (jdbc.sql("SELECT COUNT(*) FROM technical_configuration WHERE offer_id = :offerId")
                .param("offerId", offerId).query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO technical_configuration (offer_id, updated_by, updated_at, version) VALUES (:offerId, :by, :at, 0)")
                    .param("offerId", offerId).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    // Virtual machine plans

    record PlanRow(VmPlanSettings settings, int version) {
    }

    Optional<PlanRow> planSettings(long offerId, String planId) {
        return jdbc.sql("SELECT recommended_sizes, open_ports, version FROM vm_plan_configuration WHERE offer_id = :offerId AND plan_id = :planId")
                .param("offerId", offerId).param("planId", planId)
                .query((rs, n) -> new PlanRow(new VmPlanSettings(split(rs.getString("recommended_sizes")),
                        split(rs.getString("open_ports")).stream().map(OpenPort::decode).toList()), rs.getInt("version")))
                .optional();
    }

    boolean savePlanSettings(long offerId, String planId, VmPlanSettings settings, int expectedVersion, Long by, Instant at) {
        String sizes = String.join(";", settings.recommendedSizes());
        String ports = String.join(";", settings.openPorts().stream().map(OpenPort::encoded).toList());
        if (expectedVersion == 0 && planSettings(offerId, planId).isEmpty()) {
            return jdbc.sql("""
                            INSERT INTO vm_plan_configuration (offer_id, plan_id, recommended_sizes, open_ports, updated_by,
                                                               updated_at, version)
                            VALUES (:offerId, :planId, :sizes, :ports, :by, :at, 1)""")
                    .param("offerId", offerId).param("planId", planId).param("sizes", sizes).param("ports", ports)
                    .param("by", by).param("at", Timestamp.from(at)).update() == 1;
        }
        return jdbc.sql("""
                        UPDATE vm_plan_configuration SET recommended_sizes = :sizes, open_ports = :ports, updated_by = :by,
                               updated_at = :at, version = version + 1
                        WHERE offer_id = :offerId AND plan_id = :planId AND version = :version""")
                .param("offerId", offerId).param("planId", planId).param("sizes", sizes).param("ports", ports)
                .param("by", by).param("at", Timestamp.from(at)).param("version", expectedVersion).update() == 1;
    }

    List<ImageVersion> images(long offerId, String planId) {
        return jdbc.sql("""
                        SELECT image_version, os_family, os_name, vhd_url, gallery_image_id FROM vm_image_version
                        WHERE offer_id = :offerId AND plan_id = :planId ORDER BY added_at, image_version""")
                .param("offerId", offerId).param("planId", planId)
                .query((rs, n) -> new ImageVersion(rs.getString("image_version"), OsFamily.valueOf(rs.getString("os_family")),
                        rs.getString("os_name"), rs.getString("vhd_url"), rs.getString("gallery_image_id")))
                .list();
    }

    public void addImage(long offerId, String planId, ImageVersion image, Instant at) {
        jdbc.sql("""
                        INSERT INTO vm_image_version (offer_id, plan_id, image_version, os_family, os_name, vhd_url,
                                                      gallery_image_id, added_at)
                        VALUES (:offerId, :planId, :version, :family, :osName, :vhd, :gallery, :at)""")
                .param("offerId", offerId).param("planId", planId).param("version", image.version())
                .param("family", image.osFamily().name()).param("osName", image.osName())
                .param("vhd", image.vhdUrl()).param("gallery", image.galleryImageId()).param("at", Timestamp.from(at))
                .update();
    }

    boolean removeImage(long offerId, String planId, String version) {
        return jdbc.sql("DELETE FROM vm_image_version WHERE offer_id = :offerId AND plan_id = :planId AND image_version = :version")
                .param("offerId", offerId).param("planId", planId).param("version", version).update() == 1;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    // The findings as text: one per line, severity, key and arguments separated by tabs.

    static String encodeFindings(List<AppPackage.PackageFinding> findings) {
        StringBuilder text = new StringBuilder();
        for (AppPackage.PackageFinding f : findings) {
            text.append(f.severity().name()).append('\t').append(f.key());
            f.arguments().forEach(a -> text.append('\t').append(a.replaceAll("[\\t\\r\\n]", " ")));
            text.append('\n');
        }
        // The column's size; a report longer than that keeps its first findings.
        return text.length() > 20000 ? text.substring(0, text.lastIndexOf("\n", 19999) + 1) : text.toString();
    }

    static List<AppPackage.PackageFinding> decodeFindings(String text) {
        List<AppPackage.PackageFinding> findings = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                findings.add(new AppPackage.PackageFinding(CheckReport.Severity.valueOf(parts[0]), parts[1],
                        Arrays.asList(parts).subList(2, parts.length)));
            }
        }
        return findings;
    }
}
