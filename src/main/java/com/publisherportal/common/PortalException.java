package com.publisherportal.common;

import java.util.Arrays;

/**
 * A failure the user can understand: carries an I18N message key and its arguments,
 * so the UI shows it in the user's language and an API can answer with the key.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
