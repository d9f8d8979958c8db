package com.publisherportal.common.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** The caller's stream (e.g. the HTTP response) as a writer may hold it: closing it only flushes. */
    static OutputStream shielded(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
