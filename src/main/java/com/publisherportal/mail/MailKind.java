package com.publisherportal.mail;

import com.publisherportal.account.EmailTopic;

/**
 * What an e-mail tells of. Each kind belongs to the topic its recipients choose in their profile,
 * and has its subject and body under {@code mail.<key>.subject} and {@code mail.<key>.body} in
 * {@code i18n/mail.properties} (and {@code mail_fr.properties}).
 */
public enum MailKind {
    NOMINATION_APPROVED("nomination-approved", EmailTopic.DECISIONS),
    NOMINATION_REJECTED("nomination-rejected", EmailTopic.DECISIONS),
    /** The nomination's approval package to the account's owners: the product and the promotion code. */
    APPROVAL_PACKAGE("approval-package", EmailTopic.DECISIONS),
    REGISTRATION_APPROVED("registration-approved", EmailTopic.DECISIONS),
    REGISTRATION_REJECTED("registration-rejected", EmailTopic.DECISIONS),
    CERTIFICATION_PASSED("certification-passed", EmailTopic.CERTIFICATION_RESULTS),
    CERTIFICATION_FAILED("certification-failed", EmailTopic.CERTIFICATION_RESULTS),
    /** A new message in a review's thread: arguments are the item's name, the author and the message. */
    THREAD_MESSAGE("thread-message", EmailTopic.MESSAGES),
    NEW_LEADS("new-leads", EmailTopic.NEW_LEADS),
    OVERDUE_FOLLOW_UPS("overdue-follow-ups", EmailTopic.OVERDUE_FOLLOW_UPS),
    /** A SaaS purchase activated: offer, plan, quantity, the subscription's name and its purchaser (customer-written). */
    SUBSCRIPTION_NEW("subscription-new", EmailTopic.SUBSCRIPTIONS),
    /** A SaaS subscription cancelled: offer, the subscription's name (customer-written), plan. */
    SUBSCRIPTION_CANCELLED("subscription-cancelled", EmailTopic.SUBSCRIPTIONS),
    /** Metered usage rejected: how many, and one line per event with the marketplace's reason. */
    USAGE_REJECTED("usage-rejected", EmailTopic.SUBSCRIPTIONS);

    private final String key;
    private final EmailTopic topic;

    MailKind(String key, EmailTopic topic) {
        this.key = key;
        this.topic = topic;
    }

    public EmailTopic topic() {
        return topic;
    }

    String subjectKey() {
        return "mail." + key + ".subject";
    }

    String bodyKey() {
        return "mail." + key + ".body";
    }

    /** The kind's name in the Outbox page. */
    public String labelKey() {
        return "mail.kind." + key;
    }
}
