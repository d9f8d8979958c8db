package com.publisherportal.common.export;

import java.util.List;
import java.util.Objects;

/**
 * A last XLSX sheet that says what the exported data means: a small table of texts (e.g. the
 * report's definition, then one row per exported column with its name, header and definition),
 * written after the data and guarded against formula injection like any exported text. CSV has a
 * single table and leaves it out.
 *
 * @param sheetName the sheet's name (at most 31 characters are kept)
 * @param headers   the table's bold header row
 * @param rows      the rows, each as many texts as there are headers (null cells stay empty)
 */
public record DefinitionsSheet(String sheetName, List<String> headers, List<List<String>> rows) {

    public DefinitionsSheet {
        if (sheetName == null || sheetName.isBlank()) {
            throw new IllegalArgumentException("sheetName");
        }
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("headers");
        }
        int width = headers.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("Each row needs " + width + " cells");
            }
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
        }).toList();
        Objects.requireNonNull(rows);
    }
}
