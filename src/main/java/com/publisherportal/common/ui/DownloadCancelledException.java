package com.publisherportal.common.ui;

import org.apache.coyote.BadRequestException;

/**
 * Ends a download the user cancelled. The response must fail, not complete: a completed response
 * would leave a truncated file that looks whole. For this type the servlet container logs no
 * error, yet still closes the connection mid-response, so the browser marks the download failed.
 */
public final class DownloadCancelledException extends BadRequestException {

    DownloadCancelledException() {
        super("Download cancelled by the user");
    }
}
