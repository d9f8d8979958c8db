package com.publisherportal.account;

import java.util.Objects;

/**
 * A person an e-mail goes to: their user id, address, the language they read e-mails in, and
 * their account (null for staff).
 */
public record EmailRecipient(long userId, String address, String language, Long accountId) {

    public EmailRecipient {
        Objects.requireNonNull(address, "address");
        if (!ProfileService.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported e-mail language: " + language);
        }
    }
}
