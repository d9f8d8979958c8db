package com.publisherportal.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema baseline (the build's {@code db/vendor/<vendor>/B26__schema_at_26.sql}, made from the
 * migrations V1 to V26): an empty database takes it in one step, it builds exactly what the 27
 * migrations build one by one (tables, columns, constraints, indexes, the reference rows), and a
 * database installed before it goes on with the versioned migrations.
 */
abstract class SchemaBaselineContract {

    @TempDir
    Path versionedOnly;

    private final List<SingleConnectionDataSource> opened = new ArrayList<>();

    /** One connection to an empty database of the test's own; each call gives another one. */
    abstract SingleConnectionDataSource connectToEmptyDatabase(String name) throws SQLException;

    abstract String vendor();

    /** The indexes, as the vendor's catalogue describes them (name, table, columns, order, uniqueness). */
    abstract List<String> indexes(JdbcClient db);

    /** Whatever else of a table the vendor's catalogue records (PostgreSQL: logged or not). */
    List<String> tableOptions(JdbcClient db) {
        return List.of();
    }

    @Test
    void anEmptyDatabaseTakesTheBaselineInOneStep() throws SQLException {
        DataSource db = emptyDatabase("baseline_first");
        portalFlyway(db).migrate();

        MigrationInfo[] applied = portalFlyway(db).info().applied();
        assertThat(applied).hasSize(1);
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("26");
        assertThat(applied[0].getScript()).isEqualTo("B26__schema_at_26.sql");
        assertThat(applied[0].getType().isBaseline()).isTrue();
    }

    @Test
    void theBaselineBuildsWhatTheMigrationsBuildOneByOne() throws Exception {
        DataSource byBaseline = emptyDatabase("by_baseline");
        portalFlyway(byBaseline).migrate();
        DataSource oneByOne = emptyDatabase("one_by_one");
        int steps = versionedFlyway(oneByOne, null).migrate().migrationsExecuted;

        assertThat(steps).isEqualTo(27);
        List<String> expected = describe(oneByOne);
        // Not an empty comparison: the description holds the tables, checks, indexes and reference rows.
        assertThat(expected).anyMatch(line -> line.startsWith("column table_name=sales_lead column_name=status "))
                .anyMatch(line -> line.startsWith("constraint constraint_type=CHECK "))
                .anyMatch(line -> line.startsWith("index ") && line.contains("ix_sales_lead_follow_up"))
                .anyMatch(line -> line.startsWith("row market code=DE "));
        assertThat(describe(byBaseline)).containsExactlyElementsOf(expected);
    }

    @Test
    void aDatabaseInstalledBeforeTheBaselineGoesOnWithTheMigrations() throws Exception {
        DataSource db = emptyDatabase("installed_at_20");
        versionedFlyway(db, "20").migrate();

        int steps = portalFlyway(db).migrate().migrationsExecuted;

        assertThat(steps).isEqualTo(6);
        assertThat(portalFlyway(db).info().current().getVersion().getVersion()).isEqualTo("26");
        assertThat(Arrays.stream(portalFlyway(db).info().applied()).map(MigrationInfo::getScript))
                .doesNotContain("B26__schema_at_26.sql").contains("V21__go_to_market_benefits.sql");
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(SingleConnectionDataSource::destroy);
    }

    private DataSource emptyDatabase(String name) throws SQLException {
        var dataSource = connectToEmptyDatabase(name);
        opened.add(dataSource);
        return dataSource;
    }

    /** The portal's own Flyway locations (application.properties), baseline included. */
    private Flyway portalFlyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/" + vendor()).load();
    }

    /** The versioned migrations alone, copied out of the class path without the baseline. */
    private Flyway versionedFlyway(DataSource db, String target) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> scripts = new ArrayList<>(List.of(resolver.getResources("classpath:db/migration/V*.sql")));
        scripts.addAll(List.of(resolver.getResources("classpath:db/vendor/" + vendor() + "/V*.sql")));
        for (Resource script : scripts) {
            try (InputStream in = script.getInputStream()) {
                Files.copy(in, versionedOnly.resolve(script.getFilename()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        var configuration = Flyway.configure().dataSource(db).locations("filesystem:" + versionedOnly);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** Everything a schema holds that the portal relies on, one sorted line each. */
    private List<String> describe(DataSource dataSource) {
        JdbcClient db = JdbcClient.create(dataSource);
        List<String> tables = db.sql("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE table_schema = CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE')
                  AND LOWER(table_name) <> 'flyway_schema_history' ORDER BY 1""").query(String.class).list();
        List<String> lines = new ArrayList<>(tables.stream().map(table -> "table " + table).toList());
        lines.addAll(lines(db, "column", """
                SELECT LOWER(table_name) AS table_name, LOWER(column_name) AS column_name, data_type,
                       is_nullable, is_identity, character_maximum_length, numeric_precision, numeric_scale,
                       column_default
                FROM information_schema.columns
                WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) <> 'flyway_schema_history'"""));
        // PostgreSQL lists each NOT NULL as a check named after the table's object id, which differs
        // from one database to the next; the columns' nullability above covers them.
        lines.addAll(lines(db, "constraint", """
                SELECT tc.constraint_type, LOWER(tc.table_name) AS table_name,
                       LOWER(tc.constraint_name) AS constraint_name, cc.check_clause
                FROM information_schema.table_constraints tc
                LEFT JOIN information_schema.check_constraints cc
                       ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
                WHERE tc.table_schema = CURRENT_SCHEMA AND LOWER(tc.table_name) <> 'flyway_schema_history'
                  AND LOWER(tc.constraint_name) NOT LIKE '%not_null'"""));
        lines.addAll(lines(db, "key", """
                SELECT LOWER(constraint_name) AS constraint_name, LOWER(table_name) AS table_name,
                       LOWER(column_name) AS column_name, ordinal_position
                FROM information_schema.key_column_usage
                WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) <> 'flyway_schema_history'"""));
        lines.addAll(lines(db, "reference", """
                SELECT LOWER(constraint_name) AS constraint_name,
                       LOWER(unique_constraint_name) AS unique_constraint_name, update_rule, delete_rule
                FROM information_schema.referential_constraints WHERE constraint_schema = CURRENT_SCHEMA"""));
        lines.addAll(indexes(db));
        lines.addAll(tableOptions(db));
        for (String table : tables) {
            lines.addAll(lines(db, "row " + table, "SELECT * FROM " + table));
        }
        lines.sort(null);
        return lines;
    }

    /**
     * One line per row of the query: the prefix, then each column's name and value. Times are left
     * out (a migration may stamp a row with the time it ran).
     */
    static List<String> lines(JdbcClient db, String prefix, String sql) {
        Set<Integer> times = Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.TIME);
        return db.sql(sql).query((rs, n) -> {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder line = new StringBuilder(prefix);
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                line.append(' ').append(meta.getColumnLabel(column).toLowerCase()).append('=')
                        .append(times.contains(meta.getColumnType(column)) ? "<time>" : String.valueOf(rs.getObject(column)));
            }
            return line.toString();
        }).list();
    }
}
