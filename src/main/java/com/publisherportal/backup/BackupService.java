package com.publisherportal.backup;

import com.publisherportal.common.AuditEvent;
import com.publisherportal.common.Database;
import com.publisherportal.security.AccountAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Online backups of the embedded database, for administrators. The zip is written under a
 * temporary name and renamed when complete, so {@code backups/portal-*.zip} is never a partial file.
 * One backup at a time: a second request waits for the first.
 */
@Service
public class BackupService {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final BackupRepository repository;
    private final Database database;
    private final AccountAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path directory;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    BackupService(BackupRepository repository, Database database, AccountAccess access, ApplicationEventPublisher events,
                  PlatformTransactionManager transactionManager, Clock clock, @Value("${portal.data-dir:./data}") String dataDir) {
        this.repository = repository;
        this.database = database;
        this.access = access;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.directory = Path.of(dataDir).resolve("backups");
    }

    /**
     * Writes {@code <portal.data-dir>/backups/portal-<UTC time>.zip}, a consistent copy of the H2
     * database while the portal runs, and records it in the audit log. Administrators only; on
     * PostgreSQL refused with {@link BackupNotSupportedException} (use pg_dump).
     */
    public Backup backUp() {
        var admin = access.requireAdmin();
        if (!database.isH2()) {
            throw new BackupNotSupportedException();
        }
        oneAtATime.lock();
        try {
            Instant started = clock.instant();
            long t0 = System.nanoTime();
            Files.createDirectories(directory);
            String name = "portal-" + STAMP.format(started) + ".zip";
            Path target = directory.resolve(name);
            Path partial = directory.resolve(name + ".part");
            try {
                repository.backupTo(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            Backup backup = new Backup(name, Files.size(target), started, (System.nanoTime() - t0) / 1_000_000);
            log.info("Backup {} written by {}: {} bytes in {} ms", target, admin.email(), backup.sizeBytes(), backup.tookMillis());
            transactions.executeWithoutResult(status -> events.publishEvent(new AuditEvent(null, "backup", name,
                    "BACKUP_CREATED", backup.sizeBytes() + " bytes")));
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            oneAtATime.unlock();
        }
    }
}
