package com.publisherportal.common.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose entries are deflated on a second thread: the XLSX writer fills buffers with XML and
 * hands each full one over; that thread compresses it and writes it to the client. Deflating was
 * a third of an XLSX export's time on one thread (issue 20). A few buffers go round between the
 * two threads, so memory stays fixed whatever the rows. After {@link #drain()} the zip belongs to
 * the calling thread again.
 */
final class BackgroundZip implements AutoCloseable {

    static final int BUFFER_BYTES = 1 << 16;
    private static final int BUFFERS = 4;

    private sealed interface Work {
    }

    private record Entry(String name) implements Work {
    }

    private record Data(byte[] buffer, int length) implements Work {
    }

    private record CloseEntry() implements Work {
    }

    private final ZipOutputStream zip;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final SecondThread<Work> deflater;

    BackgroundZip(ZipOutputStream zip) {
        this.zip = zip;
        for (int i = 0; i < BUFFERS - 1; i++) {
            free.add(new byte[BUFFER_BYTES]);
        }
        deflater = new SecondThread<>("export-deflate", BUFFERS + 4, this::deflate, this::recycle);
    }

    /** The first buffer to fill; every further one comes from {@link #handOff}. */
    byte[] firstBuffer() {
        return new byte[BUFFER_BYTES];
    }

    void putNextEntry(String name) throws IOException {
        deflater.send(new Entry(name));
    }

    /** Passes {@code length} bytes of a filled buffer on and returns an empty one to fill next. */
    byte[] handOff(byte[] buffer, int length) throws IOException {
        deflater.send(new Data(buffer, length));
        try {
            byte[] next = free.take();
            deflater.rethrow();
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
    }

    void closeEntry() throws IOException {
        deflater.send(new CloseEntry());
    }

    /** Waits until everything handed over is in the zip; the caller writes to it directly after. */
    ZipOutputStream drain() throws IOException {
        deflater.finish();
        return zip;
    }

    /** Stops the second thread; what it still held is dropped (the export failed or was cancelled). */
    @Override
    public void close() {
        deflater.close();
    }

    private void deflate(Work work) throws IOException {
        switch (work) {
            case Entry entry -> zip.putNextEntry(new ZipEntry(entry.name()));
            case Data data -> {
                zip.write(data.buffer(), 0, data.length());
                recycle(data);
            }
            case CloseEntry ignored -> zip.closeEntry();
        }
    }

    private void recycle(Work work) {
        if (work instanceof Data data) {
            free.offer(data.buffer());
        }
    }
}
