package com.publisherportal.common.export;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The same columns as the CSV/XLSX exports, as a JSON array of objects keyed by the export names,
 * written while the rows are read. Timestamps are ISO-8601 instants (UTC), dates ISO dates.
 * JSON needs no formula neutralisation: a JSON consumer does not evaluate cells.
 */
public final class JsonTableExporter {

    private JsonTableExporter() {
    }

    public static <T> long export(ObjectMapper mapper, List<ExportColumn<T>> columns, RowSource<T> rows,
                                  OutputStream out) {
        long[] count = {0};
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartArray();
            rows.forEach(row -> {
                json.writeStartObject();
                for (ExportColumn<T> column : columns) {
                    json.writeName(column.exportName());
                    write(json, column.type(), column.valueOf(row));
                }
                json.writeEndObject();
                count[0]++;
            });
            json.writeEndArray();
        }
        return count[0];
    }

    private static void write(JsonGenerator json, ColumnType type, Object value) {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (type) {
            case TEXT -> json.writeString(value.toString());
            case INTEGER -> json.writeNumber(((Number) value).longValue());
            case DECIMAL -> json.writeNumber(value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).doubleValue()));
            case TIMESTAMP -> json.writeString(((Instant) value).toString());
            case DATE -> json.writeString(((LocalDate) value).toString());
            case BOOLEAN -> json.writeBoolean((Boolean) value);
        }
    }
}
