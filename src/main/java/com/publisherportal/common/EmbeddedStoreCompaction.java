package com.publisherportal.common;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps the embedded database's file compact. H2's store never overwrites a page in place: every
 * change writes new pages at the end, and its own housekeeping reclaims the old ones only a
 * little at a time, so after a busy hour (a million usage rows, a burst of leads) most of the
 * file is dead pages (a 1M-row fill left a 1.97 GB file at 36 % fill; the live data is 0.7 GB).
 * When the fill rate falls below {@code portal.h2.compaction.below}, this runs H2's own file
 * compaction (the one it runs on close) in slices, pausing between them so that writers wait
 * for a slice at most, until the file reaches {@code portal.h2.compaction.target}. Does nothing
 * on PostgreSQL or an in-memory H2.
 */
@Component
public class EmbeddedStoreCompaction {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreCompaction.class);

    private final DataSource dataSource;
    private final boolean h2;
    private final int below;
    private final int target;
    private final Duration budget;
    private final Duration slice;
    private final Duration pause;

    EmbeddedStoreCompaction(DataSource dataSource, Database database,
                            @Value("${portal.h2.compaction.below:70}") int below,
                            @Value("${portal.h2.compaction.target:90}") int target,
                            @Value("${portal.h2.compaction.budget:PT5M}") Duration budget,
                            @Value("${portal.h2.compaction.slice:PT0.2S}") Duration slice,
                            @Value("${portal.h2.compaction.pause:PT1S}") Duration pause) {
        if (below < 1 || below > target || target > 100) {
            throw new IllegalArgumentException("Compaction needs 0 < below <= target <= 100");
        }
        this.dataSource = dataSource;
        this.h2 = database.isH2();
        this.below = below;
        this.target = target;
        this.budget = budget;
        this.slice = slice;
        this.pause = pause;
    }

    @Scheduled(initialDelayString = "${portal.h2.compaction.every:PT5M}", fixedDelayString = "${portal.h2.compaction.every:PT5M}")
    void compactWhenSparse() {
        if (!h2) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = fileStore(connection);
            if (store != null && store.getFillRate() < below) {
                compact(store);
            }
        } catch (SQLException | InterruptedException e) {
            log.warn("Compaction of the embedded database skipped: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The result: the fill rate and file size before and after, and the longest step. */
    public record Result(int fillBefore, int fillAfter, long bytesBefore, long bytesAfter, long longestStepMillis) {
    }

    /** Compacts now whatever the fill rate (for tests and the benchmark); empty on PostgreSQL or in memory. */
    public java.util.Optional<Result> compactNow() throws SQLException, InterruptedException {
        if (!h2) {
            return java.util.Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = fileStore(connection);
            return store == null ? java.util.Optional.empty() : java.util.Optional.of(compact(store));
        }
    }

    private Result compact(MVStore store) throws InterruptedException {
        int fillBefore = store.getFillRate();
        long bytesBefore = store.getFileStore().size();
        int retention = store.getRetentionTime();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long longest = 0;
        try {
            while (store.getFillRate() < target && System.nanoTime() < deadline && !store.isClosed()) {
                long step = System.nanoTime();
                // H2's own compaction (the one it runs on close), a slice at a time: it rewrites
                // sparse chunks and moves the rest towards the start, then truncates the file.
                store.compactFile((int) slice.toMillis());
                longest = Math.max(longest, (System.nanoTime() - step) / 1_000_000);
                Thread.sleep(pause);
            }
        } finally {
            // compactFile drops the retention time to 0; old chunks are kept for a while again.
            store.setRetentionTime(retention);
        }
        Result result = new Result(fillBefore, store.getFillRate(), bytesBefore, store.getFileStore().size(), longest);
        log.info("Embedded database compacted in {} ms: fill {} % -> {} %, file {} MB -> {} MB, longest step {} ms",
                (System.nanoTime() - started) / 1_000_000, result.fillBefore(), result.fillAfter(),
                result.bytesBefore() >> 20, result.bytesAfter() >> 20, result.longestStepMillis());
        return result;
    }

    /** The store under a file-mode H2 connection, or null (in memory, or another database). */
    private static MVStore fileStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        var session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null || !local.getDatabase().isPersistent() ? null : store;
    }
}
