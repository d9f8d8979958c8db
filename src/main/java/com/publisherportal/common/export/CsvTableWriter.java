package com.publisherportal.common.export;

import org.apache.commons.csv.CSVFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV (comma, double quotes, CRLF) in UTF-8 with a byte-order mark so that Excel reads
 * accents right. Timestamps read {@code yyyy-MM-dd HH:mm:ss} in the export's zone; numbers are
 * written plainly and never neutralised; text is.
 */
final class CsvTableWriter implements TableWriter {

    static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer writer;
    private final DateTimeFormatter timestamps;
    private ColumnType[] types = new ColumnType[0];

    CsvTableWriter(OutputStream out, ExportOptions options) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(TableWriter.shielded(out), StandardCharsets.UTF_8), 1 << 16);
        this.writer.write(BOM);
        this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(options.zone());
    }

    @Override
    public void header(List<? extends ExportColumn<?>> columns) throws IOException {
        types = columns.stream().map(ExportColumn::type).toArray(ColumnType[]::new);
        for (int i = 0; i < columns.size(); i++) {
            FORMAT.print(FormulaGuard.neutralise(columns.get(i).exportName()), writer, i == 0);
        }
        FORMAT.println(writer);
    }

    /**
     * Text goes through the CSV library, which quotes and escapes it as RFC 4180 says; numbers,
     * dates and booleans never need quotes, so they skip its character-by-character scan.
     */
    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (types[i] == ColumnType.TEXT && value != null) {
                FORMAT.print(FormulaGuard.neutralise(value.toString()), writer, i == 0);
            } else {
                if (i > 0) {
                    writer.write(',');
                }
                if (value != null) {
                    writer.write(plain(types[i], value));
                }
            }
        }
        FORMAT.println(writer);
    }

    private String plain(ColumnType type, Object value) {
        return switch (type) {
            case TEXT, INTEGER -> value.toString();
            case DECIMAL -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            case TIMESTAMP -> timestamps.format((Instant) value);
            case DATE -> ((LocalDate) value).toString();
            case BOOLEAN -> (Boolean) value ? "TRUE" : "FALSE";
        };
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
