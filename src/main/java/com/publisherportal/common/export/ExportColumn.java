package com.publisherportal.common.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column shared by a grid and its exports: the grid shows {@code headerKey} (translated) and
 * formats {@link #value} for the screen; the exports write the same value, typed, under
 * {@code exportName} (Partner Center's column name where it has one).
 *
 * @param key        stable identifier (grid column key, visible-column selection, sort property)
 * @param exportName header in CSV/XLSX and property name in JSON
 * @param headerKey  I18N key of the grid header
 * @param type       how the value is written
 * @param width      typical width in characters, for XLSX column widths
 * @param value      the cell value of a row; its class must match {@code type}, or be null
 */
public record ExportColumn<T>(String key, String exportName, String headerKey, ColumnType type, int width,
                              Function<? super T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(exportName, "exportName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive");
        }
    }

    public Object valueOf(T row) {
        return value.apply(row);
    }
}
