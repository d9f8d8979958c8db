package com.publisherportal.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rows per statement when an export reads in keyset pages ({@link Keyset}): short statements,
 * never one long read (property {@code portal.export.chunk-rows}, 20,000 by default).
 *
 * <p>Every page costs a statement of its own, and on PostgreSQL it also reads again, and drops, the
 * rows already written that share its first sort value (the rest of a day, in the usage report):
 * 1M usage rows in pages of 5,000 took about a second longer to export than in pages of 20,000
 * (bench/insights/README.md). The driver holds a whole page, so wide rows take smaller pages (the
 * lead export caps its own).
 *
 * <p>A class, not a record: on a record component {@code @Value} also lands on the final field, and
 * the injection Spring AOT generates for the production build would then try to set that field.
 */
@Component
public final class ExportPageSize {

    private final int rows;

    public ExportPageSize(@Value("${portal.export.chunk-rows:20000}") int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("portal.export.chunk-rows must be positive");
        }
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }
}
