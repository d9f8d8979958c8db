package com.publisherportal.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rows per statement when an export reads in keyset pages ({@link Keyset}): short statements,
 * never one long read (property {@code portal.export.chunk-rows}, 5,000 by default).
 */
@Component
public record ExportPageSize(@Value("${portal.export.chunk-rows:5000}") int rows) {

    public ExportPageSize {
        if (rows <= 0) {
            throw new IllegalArgumentException("portal.export.chunk-rows must be positive");
        }
    }
}
