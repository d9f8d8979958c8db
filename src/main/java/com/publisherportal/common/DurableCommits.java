package com.publisherportal.common;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes what was committed so far durable before an acknowledgement leaves (a lead's 201): after
 * {@link #awaitDurable()} returns, the commit survives a killed process.
 *
 * <p>PostgreSQL: nothing to do, a commit returns once it is in the WAL ({@code synchronous_commit}).
 * H2's MVStore writes committed changes to the file in the background, every {@code WRITE_DELAY}
 * (500 ms): a SIGKILL lost acknowledged leads (leads/LeadCrashH2Test, 67 of 347 before this). Here
 * the waiting threads are served by ONE writer thread that runs {@code CHECKPOINT} (H2 2.x: a store
 * commit, all sessions' committed changes written to the file, no fsync) and releases every thread
 * that was waiting when it began: a group commit. H2's own {@code WRITE_DELAY=0} would write one
 * chunk per commit and, under a flood of leads, grow the file by about 29 KB per commit (1.1 GB for
 * 40,000 leads, measured); grouped, the chunks are a fraction of that and the background writer
 * keeps its housekeeping. The statement is here rather than in a repository: it is about the
 * database, not a module's data.
 */
@Component
public class DurableCommits {

    private static final long TIMEOUT_SECONDS = 30;

    private final boolean h2;
    private final JdbcClient jdbc;
    private final LinkedBlockingQueue<CompletableFuture<Void>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;

    DurableCommits(Database database, JdbcClient jdbc) {
        this.h2 = database.isH2();
        this.jdbc = jdbc;
        this.writer = h2 ? Thread.ofPlatform().daemon().name("h2-group-commit").start(this::writeLoop) : null;
    }

    /**
     * Returns once everything committed before the call is in the database file. Called inside a
     * transaction, it waits after that transaction's commit instead.
     *
     * @throws IllegalStateException when the write failed or did not finish in time (the caller
     *                               answers an error, and the client's retry is idempotent)
     */
    public void awaitDurable() {
        if (!h2) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write();
                }
            });
            return;
        }
        write();
    }

    private void write() {
        CompletableFuture<Void> written = new CompletableFuture<>();
        waiting.add(written);
        try {
            written.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the commit to be written", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The commit could not be written to the database file", e);
        }
    }

    private void writeLoop() {
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch);
            try {
                jdbc.sql("CHECKPOINT").update();
                batch.forEach(f -> f.complete(null));
            } catch (RuntimeException e) {
                batch.forEach(f -> f.completeExceptionally(e));
            }
            batch.clear();
        }
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.interrupt();
        }
    }
}
