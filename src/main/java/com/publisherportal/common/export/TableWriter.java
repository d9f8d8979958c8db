package com.publisherportal.common.export;

import java.io.IOException;
import java.util.List;

/** Writes a table row by row in one format; created per export. */
interface TableWriter extends AutoCloseable {

    void header(List<? extends ExportColumn<?>> columns) throws IOException;

    /** One row's values, typed as the columns say. */
    void row(Object[] values) throws IOException;

    /** Completes the file; nothing is valid before this ran. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
