package com.publisherportal.common;

import com.publisherportal.testsupport.PostgresTest;
import com.publisherportal.testsupport.ScratchPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A grid's page keeps each distinct text and amount once, with the values read unchanged. */
@PostgresTest
class SharedPageValuesTest {

    private static final String ROWS = "SELECT offer, charge, large, quantity, note FROM usage_page ORDER BY quantity";

    record Row(String offer, BigDecimal charge, BigDecimal large, int quantity, String note) {
    }

    private static List<Row> read(ResultSet rs) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new Row(rs.getString(1), rs.getBigDecimal("charge"), rs.getBigDecimal(3), rs.getInt(4), rs.getString(5)));
        }
        return rows;
    }

    /**
     * Three rows in PostgreSQL, whose driver reads each row's text as a string of its own and each
     * decimal with a {@code BigInteger} (H2 shares equal short texts itself).
     */
    private static Connection database() throws SQLException {
        Connection db = new ScratchPostgres("_page_values").recreate().connect();
        db.createStatement().execute("CREATE TEMPORARY TABLE usage_page (offer VARCHAR(100), charge NUMERIC(20,6), "
                + "large NUMERIC(30,6), quantity INT, note VARCHAR(10))");
        Object[][] rows = {
                {"Contoso Analytics", "1.5", "12345678901234567890.123456", 7, null},
                {"Contoso Analytics", "1.5", "12345678901234567890.123456", 8, "x"},
                {"Fabrikam Backup", "2.25", "0", 9, "x"}};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO usage_page VALUES (?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                insert.setString(1, new String((String) row[0]));
                insert.setBigDecimal(2, new BigDecimal((String) row[1]));
                insert.setBigDecimal(3, new BigDecimal((String) row[2]));
                insert.setInt(4, (Integer) row[3]);
                insert.setString(5, row[4] == null ? null : new String((String) row[4]));
                insert.executeUpdate();
            }
        }
        return db;
    }

    @Test
    void equalTextsAndAmountsOfAPageAreOneObjectAndReadAsTheDatabaseHasThem() throws Exception {
        List<Row> plain;
        List<Row> shared;
        try (Connection db = database()) {
            try (ResultSet rs = db.createStatement().executeQuery(ROWS)) {
                plain = read(rs);
            }
            try (ResultSet rs = db.createStatement().executeQuery(ROWS)) {
                shared = read(new SharedPageValues().reading(rs));
            }
        }
        assertThat(shared).as("the same values, scale included").isEqualTo(plain);
        assertThat(shared.get(0).charge().scale()).isEqualTo(6);
        assertThat(shared.get(0).large()).isEqualByComparingTo("12345678901234567890.123456");

        assertThat(plain.get(1).offer()).as("the driver reads each row's text anew").isNotSameAs(plain.get(0).offer());
        assertThat(shared.get(1).offer()).isSameAs(shared.get(0).offer());
        assertThat(shared.get(1).charge()).isSameAs(shared.get(0).charge());
        assertThat(shared.get(1).large()).isSameAs(shared.get(0).large());
        assertThat(shared.get(2).note()).isSameAs(shared.get(1).note());
        assertThat(shared.get(0).note()).isNull();
        assertThat(shared).extracting(Row::quantity).containsExactly(7, 8, 9);
    }

    @Test
    void theDatabasesErrorsComeThroughAsTheyAre() throws Exception {
        try (Connection db = database(); ResultSet rs = db.createStatement().executeQuery(ROWS)) {
            ResultSet shared = new SharedPageValues().reading(rs);
            shared.next();
            assertThatThrownBy(() -> shared.getString(99)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> shared.getString("no_such_column")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aDecimalMadeCompactKeepsItsValueScaleAndPrecision() {
        BigDecimal fromDriver = new BigDecimal(new BigInteger("1500000"), 6);
        BigDecimal compact = SharedPageValues.compact(fromDriver);
        assertThat(compact).isEqualTo(fromDriver).hasToString("1.500000");
        assertThat(compact.precision()).isEqualTo(fromDriver.precision());

        BigDecimal eighteenDigits = new BigDecimal("-999999999999.999999");
        assertThat(SharedPageValues.compact(eighteenDigits)).isEqualTo(eighteenDigits);
        BigDecimal nineteenDigits = new BigDecimal("9999999999999.999999");
        assertThat(SharedPageValues.compact(nineteenDigits)).isSameAs(nineteenDigits);
    }
}
