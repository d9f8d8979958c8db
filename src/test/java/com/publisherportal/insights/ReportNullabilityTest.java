package com.publisherportal.insights;

import com.publisherportal.testsupport.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sortable report column says whether its SQL can be NULL, as the table has it: the grid's
 * NULL order and the exports' keyset pages depend on it (an undeclared nullable column would lose
 * or repeat rows between pages).
 */
@PortalSpringTest
@ActiveProfiles("test")
class ReportNullabilityTest {

    private static final Pattern PLAIN_COLUMN = Pattern.compile("r\\.(\\w+)");

    @Autowired JdbcClient jdbc;

    @Test
    void everySortableColumnDeclaresTheNullabilityOfItsSql() {
        int checked = 0;
        for (ReportDefinition<?> report : Reports.all()) {
            String table = report.table().split(" ")[0];
            for (ReportColumn<?> column : report.columns()) {
                if (!column.sortable()) {
                    continue;
                }
                Matcher plain = PLAIN_COLUMN.matcher(column.sortSql());
                boolean nullable;
                if (plain.matches()) {
                    nullable = "YES".equals(jdbc.sql("""
                                    SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS
                                    WHERE LOWER(TABLE_NAME) = :table AND LOWER(COLUMN_NAME) = :column""")
                            .param("table", table).param("column", plain.group(1)).query(String.class).single());
                } else {
                    // A computed expression: nullable when it can yield NULL (as the call-to-action rate does).
                    nullable = column.sortSql().toUpperCase().contains("NULL");
                }
                assertThat(column.nullableSort()).as(report.name() + "." + column.key() + " nullable")
                        .isEqualTo(nullable);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }
}
