package com.publisherportal.common;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Work that one node of several must do alone. Scheduled jobs that change shared data carry
 * ShedLock's {@code @SchedulerLock}, so one node runs each per period; the lock is a row of the
 * {@code shedlock} table, timed by the database's clock so the nodes' clocks need not agree, and
 * named after the node that holds it ({@link #node()}). {@link #whileLocked} is for start-up work
 * every node needs done before it serves but only one may do (the demo data).
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ClusterLocks {

    private final String node;
    private final LockProvider locks;

    ClusterLocks(DataSource dataSource, @Value("${portal.node-name:}") String nodeName) {
        this.node = nodeName.isBlank() ? hostAndPid() : nodeName;
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node)
                .build());
    }

    @Bean
    LockProvider lockProvider() {
        return locks;
    }

    /** This process's name in locks and job runs: host and process id unless {@code portal.node-name} is set. */
    public String node() {
        return node;
    }

    /**
     * Runs {@code work} holding the named lock, waiting while another node holds it (up to
     * {@code patience}); {@code atMost} frees the lock of a node that died holding it.
     */
    public void whileLocked(String name, Duration atMost, Duration patience, Runnable work) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
            if (lock.isPresent()) {
                try {
                    work.run();
                } finally {
                    lock.get().unlock();
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The lock " + name + " was still held by another node after " + patience);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lock " + name, e);
            }
        }
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
