package com.publisherportal.backup.api;

import com.publisherportal.backup.Backup;
import com.publisherportal.backup.BackupNotSupportedException;
import com.publisherportal.backup.BackupService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backups}: an administrator (HTTP Basic, see SecurityConfig's admin
 * chain) takes an online backup of the embedded database; 201 with the file's name and size.
 */
@RestController
class BackupController {

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/admin/backups")
    ResponseEntity<Backup> create() {
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(backups.backUp());
    }

    @ExceptionHandler(BackupNotSupportedException.class)
    ResponseEntity<ProblemDetail> notSupported(BackupNotSupportedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This portal runs on PostgreSQL, which the portal does not back up itself: use pg_dump "
                        + "(and pg_restore to restore), see the README, Operations.");
        problem.setTitle("Backup not available on this database");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
