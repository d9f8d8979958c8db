package com.publisherportal.conversation;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.OutsideText;
import com.publisherportal.common.ValidationException;
import com.publisherportal.mail.MailKind;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.onboarding.CertificationReview;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.ReviewItemRef;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The conversation on a review item. Who may read and write is the item's: its account's members
 * and staff (anyone else is told it does not exist); staff notes are read and written by staff
 * only. A new message notifies the other side; a staff note notifies nobody.
 */
@Service
public class ConversationService {

    private final ReviewMessageRepository messages;
    private final ReviewService reviews;
    private final AccountAccess access;
    private final NotificationService notifications;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final MailOutbox mail;

    ConversationService(ReviewMessageRepository messages, ReviewService reviews, AccountAccess access,
                        NotificationService notifications, Clock clock, CurrentUser currentUser, MailOutbox mail) {
        this.mail = mail;
        this.currentUser = currentUser;
        this.messages = messages;
        this.reviews = reviews;
        this.access = access;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The item's messages, oldest first; a publisher never sees staff notes. */
    @Transactional(readOnly = true)
    public List<ReviewMessage> thread(QueueKind kind, long itemId) {
        ReviewItemRef item = reviews.item(kind, itemId);
        return messages.thread(item.kind(), item.id(), access.isStaff());
    }

    /**
     * Adds a message. A publisher's message on an offer whose latest certification failed is
     * linked to that review: it is the reply to it, and the reviewer of the resubmission sees so.
     */
    @Transactional
    public ReviewMessage post(QueueKind kind, long itemId, String text, boolean staffNote, MessageAttachment attachment) {
        ReviewItemRef item = reviews.item(kind, itemId);
        boolean staff = access.isStaff();
        if (staffNote && !staff) {
            throw new org.springframework.security.access.AccessDeniedException("Staff notes are for staff");
        }
        PortalUser author = currentUser.require();
        String body = OutsideText.multiLine(text == null ? "" : text).strip();
        if (body.isEmpty() && attachment == null) {
            throw new ValidationException("message", "conversation.message.empty");
        }
        if (body.length() > ReviewMessage.MAX_BODY) {
            throw new ValidationException("message", "conversation.message.too-long", ReviewMessage.MAX_BODY, body.length());
        }
        CertificationReview latest = item.latestReview();
        Long repliesTo = !staff && latest != null && !latest.passed() ? latest.id() : null;
        long id = messages.insert(item.kind(), item.id(), item.accountId(), author.userId(), staff, staffNote, body,
                repliesTo, attachment, clock.instant());
        if (!staffNote) {
            if (staff) {
                notifications.notifyAccount(item.accountId(), List.of(), "notification.message-from-staff",
                        item.publisherLink(), item.title());
                mail.toAccount(item.accountId(), List.of(), MailKind.THREAD_MESSAGE, item.publisherLink(),
                        item.title(), author.displayName(), body);
            } else {
                notifications.notifyStaff("notification.message-from-publisher", item.staffLink(), item.title());
                // The reviewer who has the item hears of it by e-mail too (if they chose to).
                if (item.claimedBy() != null) {
                    mail.toUser(item.claimedBy(), MailKind.THREAD_MESSAGE, item.staffLink(), item.title(),
                            author.displayName(), body);
                }
            }
        }
        return messages.thread(item.kind(), item.id(), true).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** A message's attachment, for the item's people (a staff note's, for staff only). */
    @Transactional(readOnly = true)
    public MessageAttachment attachment(long messageId) {
        ReviewMessageRepository.StoredAttachment stored = messages.attachment(messageId)
                .orElseThrow(() -> new NotFoundException("attachment"));
        reviews.item(stored.kind(), stored.itemId());
        if (stored.staffNote() && !access.isStaff()) {
            throw new NotFoundException("attachment");
        }
        return stored.attachment();
    }
}
