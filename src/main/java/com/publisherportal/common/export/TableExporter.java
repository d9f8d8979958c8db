package com.publisherportal.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows, as they arrive from the database, to CSV or XLSX under the given columns. The
 * same columns drive the grid, so a download holds what the grid shows.
 */
public final class TableExporter {

    private TableExporter() {
    }

    /**
     * Exports the rows and returns how many were written. The output stream is not closed.
     *
     * @throws ExportCancelledException when {@link ExportOptions#cancelled()} said so
     */
    public static <T> long export(ExportFormat format, List<ExportColumn<T>> columns, RowSource<T> rows,
                                  OutputStream out, ExportOptions options) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("No columns to export");
        }
        try (TableWriter writer = format == ExportFormat.CSV ? new CsvTableWriter(out, options)
                : new XlsxTableWriter(out, options)) {
            writer.header(columns);
            long[] count = {0};
            Object[] values = new Object[columns.size()];
            try {
                rows.forEach(row -> {
                    if (options.cancelled().getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    for (int i = 0; i < values.length; i++) {
                        values[i] = columns.get(i).valueOf(row);
                    }
                    try {
                        writer.row(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (++count[0] % ExportOptions.PROGRESS_EVERY == 0) {
                        options.progress().accept(count[0]);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
            options.progress().accept(count[0]);
            return count[0];
        }
    }
}
