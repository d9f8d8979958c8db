package com.publisherportal.backup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.file.Path;

/** The one statement this module runs. */
@Repository
class BackupRepository {

    private final JdbcClient jdbc;

    BackupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * H2's online backup: a consistent copy of the database file as a zip, taken while other
     * sessions keep reading and writing (H2 2.x: {@code BACKUP TO} copies the store as of one
     * version). H2 only.
     */
    void backupTo(Path zip) {
        jdbc.sql("BACKUP TO :file").param("file", zip.toAbsolutePath().toString()).update();
    }
}
