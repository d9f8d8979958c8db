package com.publisherportal.mail;

/** Where an outbox row is on its way to the recipient. */
public enum OutboxState {
    /** Written, not tried yet. */
    QUEUED,
    /** Claimed by a sender (lease_owner, until lease_until), being handed to the SMTP server. */
    SENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** The last attempt failed; the next is at next_attempt_at. */
    RETRYING,
    /** Given up: the last allowed attempt failed, the server refused it for good, or a sender stopped mid-send. */
    FAILED;

    public String labelKey() {
        return "mail.state." + name();
    }
}
