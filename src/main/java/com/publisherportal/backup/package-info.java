/**
 * Online backups of the embedded H2 database: an administrator asks the running portal
 * ({@code POST /api/admin/backups}, {@code bin/portal-backup.sh}) and H2's {@code BACKUP TO} writes a
 * consistent zip under {@code <portal.data-dir>/backups} while the portal keeps serving; the file is
 * locked by the running process, so only the portal itself can copy it. {@code bin/portal-restore.sh}
 * unpacks such a zip into an empty data directory. PostgreSQL installs use pg_dump and pg_restore
 * instead (README, Operations). Depends on common (Database) and security (the administrator check).
 */
@ApplicationModule(displayName = "Backup", allowedDependencies = {"common", "security"})
package com.publisherportal.backup;

import org.springframework.modulith.ApplicationModule;
