package com.publisherportal.conversation;

import com.publisherportal.onboarding.QueueKind;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a review item's conversation. {@code staffNote}: an internal remark publishers
 * never see; {@code repliesToReview}: the failed certification a publisher's message answers.
 */
public record ReviewMessage(long id, QueueKind itemKind, long itemId, long accountId, long authorId, String authorName,
                            boolean fromStaff, boolean staffNote, String body, Long repliesToReview,
                            String attachmentName, Instant createdAt) {

    public static final int MAX_BODY = 4000;

    public ReviewMessage {
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(body, "body");
        if (staffNote && !fromStaff) {
            throw new IllegalArgumentException("Only staff write staff notes");
        }
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }
}
