package com.publisherportal.common.export;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes rows, as they arrive from the database, to CSV or XLSX under the given columns. The
 * same columns drive the grid, so a download holds what the grid shows.
 * <p>
 * Every CSV and XLSX export (each grid's download, the reports API, the leads API's CSV and XLSX)
 * goes through this one bean, so it is where exports are measured: {@code portal.exports}, a timer
 * tagged {@code format} (csv, xlsx) and {@code outcome} (completed; cancelled by the user; failed,
 * e.g. a database error or a client that went away), and {@code portal.exports.rows}, the rows of
 * each completed export, tagged {@code format}. An export streams to the client, so its time
 * includes the client's download.
 */
@Component
public final class TableExporter {

    static final String TIMER = "portal.exports";
    static final String ROWS = "portal.exports.rows";

    private enum Outcome { COMPLETED, CANCELLED, FAILED }

    private final Map<ExportFormat, Map<Outcome, Timer>> timers = new EnumMap<>(ExportFormat.class);
    private final Map<ExportFormat, DistributionSummary> rowCounts = new EnumMap<>(ExportFormat.class);

    /** Registers every format's meters up front, so a dashboard sees them at 0 before the first export. */
    public TableExporter(MeterRegistry registry) {
        for (ExportFormat format : ExportFormat.values()) {
            String tag = format.extension();
            Map<Outcome, Timer> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Timer.builder(TIMER)
                        .description("CSV and XLSX exports and how long they took")
                        .tag("format", tag).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            timers.put(format, byOutcome);
            rowCounts.put(format, DistributionSummary.builder(ROWS).description("Rows written per completed export")
                    .baseUnit("rows").tag("format", tag).register(registry));
        }
    }

    /**
     * Exports the rows and returns how many were written. The output stream is not closed.
     *
     * @throws ExportCancelledException when {@link ExportOptions#cancelled()} said so
     */
    public <T> long export(ExportFormat format, List<ExportColumn<T>> columns, RowSource<T> rows,
                           OutputStream out, ExportOptions options) throws IOException {
        long started = System.nanoTime();
        Outcome outcome = Outcome.FAILED;
        try {
            long written = write(format, columns, rows, out, options);
            outcome = Outcome.COMPLETED;
            rowCounts.get(format).record(written);
            return written;
        } catch (ExportCancelledException e) {
            outcome = Outcome.CANCELLED;
            throw e;
        } finally {
            timers.get(format).get(outcome).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** Rows handed to the writing thread at a time. */
    private static final int BATCH_ROWS = 256;

    private static void send(SecondThread<Object[][]> writing, Object[][] batch) {
        try {
            writing.send(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> long write(ExportFormat format, List<ExportColumn<T>> columns, RowSource<T> rows,
                                  OutputStream out, ExportOptions options) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("No columns to export");
        }
        try (TableWriter writer = format == ExportFormat.CSV ? new CsvTableWriter(out, options)
                : new XlsxTableWriter(out, options)) {
            writer.header(columns);
            long[] count = {0};
            // This thread reads the rows and takes their values (columns may read this thread's
            // state); a second one writes them, so reading and formatting overlap (issue 20).
            try (SecondThread<Object[][]> writing = new SecondThread<>("export-write", 4, batch -> {
                for (Object[] values : batch) {
                    if (values == null) {
                        break;
                    }
                    writer.row(values);
                }
            }, batch -> { })) {
                Object[][][] batch = {new Object[BATCH_ROWS][]};
                int[] filled = {0};
                rows.forEach(row -> {
                    if (options.cancelled().getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = columns.get(i).valueOf(row);
                    }
                    batch[0][filled[0]++] = values;
                    if (filled[0] == BATCH_ROWS) {
                        send(writing, batch[0]);
                        batch[0] = new Object[BATCH_ROWS][];
                        filled[0] = 0;
                    }
                    if (++count[0] % ExportOptions.PROGRESS_EVERY == 0) {
                        options.progress().accept(count[0]);
                    }
                });
                if (filled[0] > 0) {
                    writing.send(batch[0]);
                }
                writing.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
            options.progress().accept(count[0]);
            return count[0];
        }
    }
}
