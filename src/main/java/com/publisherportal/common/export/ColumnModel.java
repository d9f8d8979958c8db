package com.publisherportal.common.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered columns of a grid, used both to build the grid and to export it, so an export
 * holds exactly the columns the grid shows, in the grid's order.
 */
public final class ColumnModel<T> {

    private final Map<String, ExportColumn<T>> columns = new LinkedHashMap<>();

    @SafeVarargs
    public ColumnModel(ExportColumn<T>... columns) {
        for (ExportColumn<T> column : columns) {
            if (this.columns.put(column.key(), column) != null) {
                throw new IllegalArgumentException("Duplicate column " + column.key());
            }
        }
    }

    public List<ExportColumn<T>> all() {
        return List.copyOf(columns.values());
    }

    public ExportColumn<T> column(String key) {
        ExportColumn<T> column = columns.get(key);
        if (column == null) {
            throw new IllegalArgumentException("Unknown column " + key);
        }
        return column;
    }

    public List<String> keys() {
        return List.copyOf(columns.keySet());
    }

    /** The named columns in the given order (unknown keys are ignored); all columns when none are named. */
    public List<ExportColumn<T>> select(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return all();
        }
        List<ExportColumn<T>> selected = new ArrayList<>();
        for (String key : keys) {
            ExportColumn<T> column = columns.get(key);
            if (column != null && !selected.contains(column)) {
                selected.add(column);
            }
        }
        return selected.isEmpty() ? all() : selected;
    }
}
