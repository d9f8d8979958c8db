package com.publisherportal.common.export;

/**
 * What a column holds, so that each format writes it natively: numbers and dates stay numbers
 * and dates in XLSX, and only text is ever neutralised against formula injection.
 */
public enum ColumnType {
    /** A {@link String}. */
    TEXT,
    /** A whole {@link Number}. */
    INTEGER,
    /** A {@link Number} with decimals. */
    DECIMAL,
    /** An {@link java.time.Instant}, written in the export's time zone. */
    TIMESTAMP,
    /** A {@link java.time.LocalDate}. */
    DATE,
    /** A {@link Boolean}. */
    BOOLEAN
}
