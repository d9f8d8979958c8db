package com.publisherportal.backup;

import java.time.Instant;

/** A backup written by {@link BackupService#backUp()}: its file name under the backups directory, size and timing. */
public record Backup(String name, long sizeBytes, Instant startedAt, long tookMillis) {
}
