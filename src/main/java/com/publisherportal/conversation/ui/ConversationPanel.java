package com.publisherportal.conversation.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.conversation.ConversationService;
import com.publisherportal.conversation.MessageAttachment;
import com.publisherportal.conversation.ReviewMessage;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.ui.ReviewItemPanel;
import com.publisherportal.security.AccountAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A review item's conversation: the messages, oldest first, each with its author, side and time
 * (staff notes marked), an attachment to download; then a message to write, with one PDF or PNG.
 * Everything people wrote is set as text.
 */
@org.springframework.stereotype.Component
class ConversationPanel implements ReviewItemPanel {

    private final ConversationService conversations;
    private final AccountAccess access;

    ConversationPanel(ConversationService conversations, AccountAccess access) {
        this.conversations = conversations;
        this.access = access;
    }

    @Override
    public Component panel(QueueKind kind, long itemId) {
        Div body = new Div();
        Details details = new Details(new Span(), body);
        details.setId("conversation");
        details.addClassName("portal-conversation");
        details.setWidthFull();
        details.setOpened(true);
        render(details, body, kind, itemId);
        return details;
    }

    private void render(Details details, Div body, QueueKind kind, long itemId) {
        UI ui = UI.getCurrent();
        boolean staff = access.isStaff();
        List<ReviewMessage> thread = conversations.thread(kind, itemId);
        details.setSummary(new Span(ui.getTranslation(staff ? "conversation.title.staff" : "conversation.title.publisher",
                thread.size())));
        body.removeAll();
        if (thread.isEmpty()) {
            body.add(new Paragraph(ui.getTranslation("conversation.empty")));
        }
        thread.forEach(message -> body.add(message(ui, message)));

        TextArea text = new TextArea(ui.getTranslation("conversation.message"));
        text.setId("conversation-message");
        text.setWidthFull();
        text.setMaxLength(ReviewMessage.MAX_BODY);
        text.setHelperText(ui.getTranslation(staff ? "conversation.message.help.staff" : "conversation.message.help.publisher"));
        Checkbox note = new Checkbox(ui.getTranslation("conversation.staff-note"));
        note.setId("conversation-staff-note");
        note.setVisible(staff);
        AtomicReference<MessageAttachment> pending = new AtomicReference<>();
        Upload upload = new Upload();
        upload.setId("conversation-attachment");
        upload.setMaxFiles(1);
        // Vaadin's cap is a little above ours, so an oversized file reaches the check that names the limit.
        upload.setMaxFileSize(MessageAttachment.LIMIT + 1024);
        upload.setAcceptedFileTypes(".pdf", ".png", "application/pdf", "image/png");
        ComponentTexts.localise(upload);
        upload.setUploadHandler(event -> {
            try {
                MessageAttachment attachment = MessageAttachment.read(event.getFileName(), event.getInputStream());
                pending.set(attachment);
            } catch (PortalException ex) {
                String message = ui.getTranslation(ex.messageKey(), ex.arguments());
                event.reject(message);
                event.getUI().access(() -> Notify.error(message));
            }
        });
        upload.addFileRemovedListener(e -> pending.set(null));
        Button send = new PortalButton(ui.getTranslation("conversation.send"), e -> {
            try {
                conversations.post(kind, itemId, text.getValue(), note.getValue(), pending.get());
                Notify.success("conversation.sent");
                render(details, body, kind, itemId);
            } catch (PortalException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ui.getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        send.setId("conversation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div composer = new Div(text, note, upload, send);
        composer.addClassName("portal-conversation-composer");
        body.add(composer);
    }

    private Component message(UI ui, ReviewMessage m) {
        Div header = new Div();
        header.addClassName("portal-message-header");
        header.add(new Span(m.authorName()), new Span(ui.getTranslation(m.fromStaff() ? "conversation.side.staff"
                : "conversation.side.publisher")), new Span(Formats.dateTime(m.createdAt())));
        if (m.staffNote()) {
            Span badge = new Span(ui.getTranslation("conversation.staff-note.badge"));
            badge.addClassNames("portal-badge", "portal-badge-warn");
            header.add(badge);
        }
        if (m.repliesToReview() != null) {
            header.add(new Span(ui.getTranslation("conversation.replies-to-review")));
        }
        Paragraph text = new Paragraph(m.body());
        text.addClassName("portal-message-text");
        Div message = new Div(header, text);
        message.addClassName("portal-message");
        message.addClassName(m.fromStaff() ? "portal-message-staff" : "portal-message-publisher");
        if (m.hasAttachment()) {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                MessageAttachment a = conversations.attachment(m.id());
                return new DownloadResponse(new ByteArrayInputStream(a.content()), a.fileName(), a.contentType(),
                        a.content().length);
            }), "📎 " + m.attachmentName());
            file.addClassName("portal-message-attachment");
            message.add(file);
        }
        return message;
    }
}
