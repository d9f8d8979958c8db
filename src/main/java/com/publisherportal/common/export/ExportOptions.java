package com.publisherportal.common.export;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * How an export is written.
 *
 * @param zone            time zone of timestamps (the user's, or UTC for APIs)
 * @param sheetName       name of the first XLSX sheet; further sheets add " (2)", " (3)", …
 * @param maxRowsPerSheet rows per XLSX sheet including the header (Excel's limit unless a test injects a smaller one)
 * @param progress        told the number of rows written so far, every {@link #PROGRESS_EVERY} rows
 * @param cancelled       asked between rows; when it answers true the export stops
 * @param definitions     a sheet of definitions added after the data in XLSX, or null for none (CSV ignores it)
 */
public record ExportOptions(ZoneId zone, String sheetName, int maxRowsPerSheet, LongConsumer progress,
                            BooleanSupplier cancelled, DefinitionsSheet definitions) {

    /** Rows one XLSX sheet holds (Excel's limit). */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    public static final int PROGRESS_EVERY = 1_000;

    public ExportOptions {
        Objects.requireNonNull(zone, "zone");
        if (sheetName == null || sheetName.isBlank()) {
            throw new IllegalArgumentException("sheetName");
        }
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be between 2 and " + EXCEL_MAX_ROWS);
        }
        progress = progress == null ? rows -> { } : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    public ExportOptions(ZoneId zone, String sheetName, int maxRowsPerSheet, LongConsumer progress,
                         BooleanSupplier cancelled) {
        this(zone, sheetName, maxRowsPerSheet, progress, cancelled, null);
    }

    public static ExportOptions of(ZoneId zone, String sheetName) {
        return new ExportOptions(zone, sheetName, EXCEL_MAX_ROWS, null, null, null);
    }

    public ExportOptions withMaxRowsPerSheet(int rows) {
        return new ExportOptions(zone, sheetName, rows, progress, cancelled, definitions);
    }

    public ExportOptions withProgress(LongConsumer listener, BooleanSupplier cancel) {
        return new ExportOptions(zone, sheetName, maxRowsPerSheet, listener, cancel, definitions);
    }

    /** The same export with a definitions sheet after the data (XLSX only); null for none. */
    public ExportOptions withDefinitions(DefinitionsSheet sheet) {
        return new ExportOptions(zone, sheetName, maxRowsPerSheet, progress, cancelled, sheet);
    }
}
