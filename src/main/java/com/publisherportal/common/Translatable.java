package com.publisherportal.common;

/** A value shown to users through its own text, e.g. an offer status inside an error message. */
public interface Translatable {
    String messageKey();

    /** Arguments of the text, when it has any. */
    default Object[] arguments() {
        return new Object[0];
    }
}
