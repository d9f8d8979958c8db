package com.publisherportal.conversation;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.onboarding.CertificationReview;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The conversation on a review item through the service, as the panel calls it, with the demo
 * publishers: both sides read and write, staff notes stay with staff, nobody else reads or writes
 * at all, attachments are checked on their content, and a reply to a failed review says so.
 * Runs on H2 and on PostgreSQL.
 */
abstract class ConversationServicesContract {

    @Autowired SignIn signIn;
    @Autowired ConversationService conversations;
    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired NotificationService notifications;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long contosoOffer(String offerId) {
        signIn.as("reviewer@portal.example");
        return offers.findByAddress("contoso", offerId).orElseThrow().id();
    }

    @Test
    void aPublisherAndAReviewerWriteToEachOtherAndStaffNotesStayWithStaff() {
        long vm = contosoOffer("contoso-secure-vm");
        int staffUnreadBefore = notifications.unreadCount();
        signIn.as("owner@contoso.example");
        String question = "Does the image need the agent preinstalled?\nWe ship it disabled. " + System.nanoTime();
        ReviewMessage asked = conversations.post(QueueKind.CERTIFICATION, vm, question, false, null);
        assertThat(asked.fromStaff()).isFalse();
        assertThat(asked.body()).isEqualTo(question);

        signIn.as("reviewer@portal.example");
        // The bell counts the publisher's message as unread for the reviewer.
        assertThat(notifications.unreadCount()).isEqualTo(staffUnreadBefore + 1);
        assertThat(conversations.thread(QueueKind.CERTIFICATION, vm)).extracting(ReviewMessage::body).contains(question);
        conversations.post(QueueKind.CERTIFICATION, vm, "Internal: check with the VM team. " + System.nanoTime(), true, null);
        String answer = "Yes, enabled at first boot. " + System.nanoTime();
        conversations.post(QueueKind.CERTIFICATION, vm, answer, false, null);
        // A stop sell is the same offer's conversation.
        assertThat(conversations.thread(QueueKind.STOP_SELL, vm)).extracting(ReviewMessage::body).contains(answer);

        signIn.as("owner@contoso.example");
        assertThat(conversations.thread(QueueKind.CERTIFICATION, vm))
                .extracting(ReviewMessage::body).contains(question, answer)
                .noneMatch(body -> body.startsWith("Internal:"));
        assertThat(notifications.mine(5)).extracting(n -> n.messageKey()).contains("notification.message-from-staff");
        assertThatThrownBy(() -> conversations.post(QueueKind.CERTIFICATION, vm, "A note of my own", true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherPublisherCanNeitherReadNorWriteNorDownload() {
        long vm = contosoOffer("contoso-secure-vm");
        signIn.as("owner@contoso.example");
        ReviewMessage withFile = conversations.post(QueueKind.CERTIFICATION, vm, "The test report", false,
                MessageAttachment.read("report.pdf", new ByteArrayInputStream(GeneratedArtwork.pdf("Test report"))));
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> conversations.thread(QueueKind.CERTIFICATION, vm)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conversations.post(QueueKind.CERTIFICATION, vm, "Hello", false, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conversations.attachment(withFile.id())).isInstanceOf(NotFoundException.class);
        signIn.as("reviewer@portal.example");
        MessageAttachment file = conversations.attachment(withFile.id());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("report.pdf");
    }

    @Test
    void attachmentsAreRecognisedByTheirContentAndMessagesAreNeverEmptyOrCut() {
        byte[] text = "%PDX not a pdf at all".getBytes(StandardCharsets.US_ASCII);
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> MessageAttachment.read("invoice.pdf", new ByteArrayInputStream(text)));
        assertThat(refused.messageKey()).isEqualTo("upload.not-pdf-or-png");
        ValidationException tooBig = catchThrowableOfType(ValidationException.class,
                () -> MessageAttachment.read("big.pdf", new ByteArrayInputStream(new byte[MessageAttachment.LIMIT + 1])));
        assertThat(tooBig.messageKey()).isEqualTo("upload.too-large");
        assertThat(MessageAttachment.read("../../etc/shot.png", new ByteArrayInputStream(GeneratedArtwork.png(640, 360, java.awt.Color.GRAY, "shot")))
                .fileName()).isEqualTo("shot.png");

        long vm = contosoOffer("contoso-secure-vm");
        signIn.as("owner@contoso.example");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> conversations.post(QueueKind.CERTIFICATION, vm, "  \n ", false, null)).messageKey())
                .isEqualTo("conversation.message.empty");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> conversations.post(QueueKind.CERTIFICATION, vm, "x".repeat(4001), false, null)).messageKey())
                .isEqualTo("conversation.message.too-long");
    }

    @Test
    void aPublishersMessageAfterAFailedReviewIsTheReplyToIt() {
        long pbi = contosoOffer("contoso-insights-pbi");
        signIn.as("owner@contoso.example");
        CertificationReview failed = lifecycle.latestReview(pbi).orElseThrow();
        assertThat(failed.passed()).isFalse();
        ReviewMessage reply = conversations.post(QueueKind.CERTIFICATION, pbi, "Fixed: the report now refreshes hourly.", false, null);
        assertThat(reply.repliesToReview()).isEqualTo(failed.id());
        Offer analytics = offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
        assertThat(conversations.post(QueueKind.CERTIFICATION, analytics.id(), "A question on a live offer", false, null)
                .repliesToReview()).isNull();
    }
}
