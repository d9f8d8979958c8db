package com.publisherportal.common.export;

/** The person who started an export cancelled it; what was written so far is incomplete. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("Export cancelled");
    }
}
