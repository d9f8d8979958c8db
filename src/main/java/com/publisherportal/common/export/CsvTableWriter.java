package com.publisherportal.common.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
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

    private final Writer writer;
    private final CSVPrinter printer;
    private final DateTimeFormatter timestamps;
    private ColumnType[] types = new ColumnType[0];

    CsvTableWriter(OutputStream out, ExportOptions options) throws IOException {
        // The caller owns the stream (e.g. the HTTP response): closing the writer must not close it.
        OutputStream shielded = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        this.writer = new BufferedWriter(new OutputStreamWriter(shielded, StandardCharsets.UTF_8), 1 << 16);
        this.writer.write(BOM);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(options.zone());
    }

    @Override
    public void header(List<? extends ExportColumn<?>> columns) throws IOException {
        types = columns.stream().map(ExportColumn::type).toArray(ColumnType[]::new);
        for (ExportColumn<?> column : columns) {
            printer.print(FormulaGuard.neutralise(column.exportName()));
        }
        printer.println();
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            printer.print(text(types[i], values[i]));
        }
        printer.println();
    }

    private String text(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> FormulaGuard.neutralise(value.toString());
            case INTEGER -> value.toString();
            case DECIMAL -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            case TIMESTAMP -> timestamps.format((Instant) value);
            case DATE -> ((LocalDate) value).toString();
            case BOOLEAN -> (Boolean) value ? "TRUE" : "FALSE";
        };
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
