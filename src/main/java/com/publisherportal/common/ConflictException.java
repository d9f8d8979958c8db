package com.publisherportal.common;

/** Someone else changed the same record first; nothing was overwritten. */
public class ConflictException extends PortalException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
