package com.publisherportal.common;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database file shrinks back after a burst of writes left it mostly dead pages,
 * online: writers keep committing while it runs, and nothing is lost.
 */
class EmbeddedStoreCompactionTest {

    @TempDir Path dir;

    @Test
    void aSparseFileIsCompactedOnlineWithoutLosingOrBlockingWrites() throws Exception {
        // Written while the store may not reuse space, and closed without compaction: most of
        // the file is then dead pages, as after a burst of writes.
        JdbcDataSource writing = new JdbcDataSource();
        writing.setURL("jdbc:h2:file:" + dir.resolve("portal") + ";REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0");
        writing.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(writing);
        jdbc.execute("SET RETENTION_TIME 0");
        jdbc.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, k INT, v VARCHAR(200))");
        jdbc.execute("CREATE INDEX t_k ON t (k, id)");
        String filler = "x".repeat(150);
        for (int batch = 0; batch < 100; batch++) {
            int from = batch * 1_000;
            jdbc.batchUpdate("INSERT INTO t VALUES (?, ?, ?)", java.util.stream.IntStream.range(from, from + 1_000)
                    .mapToObj(i -> new Object[]{(long) i, (i * 7919) % 100_003, filler}).toList());
        }
        for (int round = 0; round < 2; round++) {
            for (int from = 0; from < 100_000; from += 10_000) {
                jdbc.update("UPDATE t SET v = ?, k = k + 1 WHERE id >= ? AND id < ?", filler + round, from, from + 10_000);
            }
        }
        jdbc.execute("SHUTDOWN");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("portal") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        jdbc = new JdbcTemplate(dataSource);
        var compaction = new EmbeddedStoreCompaction(dataSource, new Database(dataSource), 70, 90,
                Duration.ofMinutes(2), Duration.ofMillis(200), Duration.ofMillis(5));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        JdbcTemplate during = jdbc;
        Thread writer = Thread.ofPlatform().start(() -> {
            long id = 1_000_000;
            while (running.get()) {
                during.update("INSERT INTO t VALUES (?, ?, ?)", id++, 1, "during");
                written.incrementAndGet();
            }
        });
        EmbeddedStoreCompaction.Result result;
        try {
            result = compaction.compactNow().orElseThrow();
        } finally {
            running.set(false);
            writer.join();
        }

        assertThat(result.fillBefore()).as("the writes left the file sparse").isLessThan(70);
        assertThat(result.fillAfter()).isGreaterThanOrEqualTo(85);
        assertThat(result.bytesAfter()).isLessThan(result.bytesBefore() * 2 / 3);
        assertThat(Files.size(dir.resolve("portal.mv.db"))).isEqualTo(result.bytesAfter());
        assertThat(written.get()).as("writers kept committing while it ran").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE id < 100000 AND v = ?", Long.class, filler + 1))
                .isEqualTo(100_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE v = 'during'", Long.class)).isEqualTo(written.get());
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:compaction-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        var compaction = new EmbeddedStoreCompaction(dataSource, new Database(dataSource), 70, 90,
                Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(5));
        assertThat(compaction.compactNow()).isEmpty();
    }
}
