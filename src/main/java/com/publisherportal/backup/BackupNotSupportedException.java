package com.publisherportal.backup;

import com.publisherportal.common.PortalException;

/** The portal runs on a database it does not back up itself (PostgreSQL: pg_dump does). */
public class BackupNotSupportedException extends PortalException {

    public BackupNotSupportedException() {
        super("backup.not-supported");
    }
}
