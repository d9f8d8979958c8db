package com.publisherportal.common;

/**
 * The thing asked for does not exist, or the caller may not know that it does:
 * another publisher's data is always reported as not found.
 */
public class NotFoundException extends PortalException {

    public NotFoundException(String what) {
        super("error.not-found", what);
    }
}
