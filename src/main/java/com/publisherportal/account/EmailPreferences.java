package com.publisherportal.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user's e-mail choices: the topics they receive and the language of their e-mails ("en" or
 * "fr"). {@code version} guards against two tabs saving over each other (null before the first save).
 */
public record EmailPreferences(Set<EmailTopic> topics, String language, Integer version) {

    public EmailPreferences {
        Objects.requireNonNull(topics, "topics");
        if (!ProfileService.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported e-mail language: " + language);
        }
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
    }

    /** The choices of a user who has not made any: the default topics, in their portal language. */
    public static EmailPreferences defaults(String language) {
        EnumSet<EmailTopic> on = EnumSet.noneOf(EmailTopic.class);
        for (EmailTopic topic : EmailTopic.values()) {
            if (topic.onByDefault()) {
                on.add(topic);
            }
        }
        return new EmailPreferences(on, language, null);
    }

    public boolean receives(EmailTopic topic) {
        return topics.contains(topic);
    }
}
