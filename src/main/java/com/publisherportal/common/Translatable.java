package com.publisherportal.common;

/** A value shown to users through its own text, e.g. an offer status inside an error message. */
public interface Translatable {
    String messageKey();
}
