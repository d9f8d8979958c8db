package com.publisherportal.common.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Work handed from an export's thread to a second one, in order, through a short queue: the
 * export's thread goes on reading rows while this one formats or compresses what it was given
 * (issue 20: on two cores an export then uses both).
 * <p>
 * A failure here (a client that went away) is thrown to the export's thread at its next hand-over
 * or at {@link #finish()}; from then on what it hands over is only passed to {@code discard} (to
 * give buffers back). When the export's thread fails or is cancelled, {@link #close()} stops this
 * one without handling what was still queued. Everything handled here happens before
 * {@link #finish()} returns.
 */
final class SecondThread<C> implements AutoCloseable {

    /** Handles one piece of work on the second thread. */
    interface Handler<C> {
        void handle(C work) throws IOException;
    }

    private static final Object STOP = new Object();

    private final BlockingQueue<Object> queue;
    private final Handler<C> handler;
    private final Consumer<C> discard;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean stopped;

    SecondThread(String name, int capacity, Handler<C> handler, Consumer<C> discard) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.handler = handler;
        this.discard = discard;
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Queues work, waiting while the queue is full; throws the second thread's failure if there was one. */
    void send(C work) throws IOException {
        rethrow();
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
    }

    /** Waits until everything queued was handled, then throws the second thread's failure if there was one. */
    void finish() throws IOException {
        send0(STOP);
        join();
        stopped = true;
        rethrow();
    }

    /** Stops the second thread if {@link #finish()} did not; what was still queued is dropped. */
    @Override
    public void close() {
        if (!stopped) {
            abandoned = true;
            queue.clear();
            queue.offer(STOP);
            join();
            stopped = true;
        }
    }

    /** Throws the second thread's failure, as an IOException or the unchecked exception it was. */
    void rethrow() throws IOException {
        Throwable failed = failure;
        if (failed == null) {
            return;
        }
        if (failed instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failed;
    }

    private void send0(Object item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private void run() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == STOP) {
                    return;
                }
                C work = (C) item;
                if (failure != null || abandoned) {
                    discard.accept(work);
                    continue;
                }
                try {
                    handler.handle(work);
                } catch (UncheckedIOException e) {
                    failure = e.getCause();
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                } finally {
                    if (failure != null) {
                        discard.accept(work);
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("Export interrupted");
        }
    }
}
