package com.publisherportal.mail.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.MenuSections;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.mail.MailOutbox;
import com.publisherportal.mail.OutboxMail;
import com.publisherportal.mail.OutboxState;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;

/**
 * Administrators: every e-mail of the outbox, paged and sorted in SQL, and one e-mail's plain
 * text (set as text, never as HTML). Without SMTP settings this is where e-mails are read.
 */
@Route("admin/outbox")
@Menu(title = "nav.outbox", order = MenuSections.ADMIN + 40, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout {

    private final MailOutbox outbox;
    private final Grid<OutboxMail> grid = new PortalGrid<>();

    public OutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        addClassName("portal-page");
        setSizeFull();
        add(new Paragraph(getTranslation("outbox.intro")));
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OutboxMail::recipientAddress).setHeader(getTranslation("outbox.recipient"))
                .setSortProperty("recipient").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("outbox.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject"))
                .setSortProperty("subject").setFlexGrow(2);
        grid.addComponentColumn(m -> Badge.of(getTranslation(m.state().labelKey()), tone(m.state())))
                .setHeader(getTranslation("outbox.state")).setSortProperty("state").setAutoWidth(true);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("outbox.attempts"))
                .setSortProperty("attempts").setAutoWidth(true);
        grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("outbox.created"))
                .setSortProperty("created").setAutoWidth(true);
        grid.addColumn(m -> time(m.sentAt())).setHeader(getTranslation("outbox.sent"))
                .setSortProperty("sent").setAutoWidth(true);
        grid.setItems(query -> outbox.list(query.getSortOrders().stream()
                                .map(o -> new SortKey(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList(),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> outbox.count());
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(grid);
    }

    private void open(long id) {
        OutboxMail mail = outbox.mail(id);
        Dialog dialog = new Dialog();
        dialog.setId("outbox-mail");
        dialog.setHeaderTitle(mail.subject());
        dialog.setWidth("min(720px, 95vw)");
        Div facts = new Div();
        facts.add(fact("outbox.recipient", mail.recipientAddress()),
                fact("outbox.kind", getTranslation(mail.kind().labelKey())),
                fact("outbox.language", getTranslation("language." + mail.language())),
                fact("outbox.state", getTranslation(mail.state().labelKey())),
                fact("outbox.attempts", String.valueOf(mail.attempts())),
                fact("outbox.created", time(mail.createdAt())),
                fact("outbox.sent", time(mail.sentAt())),
                fact("outbox.link", mail.link()));
        if (mail.state() == OutboxState.RETRYING) {
            facts.add(fact("outbox.next-attempt", time(mail.nextAttemptAt())));
        }
        if (mail.lastError() != null) {
            facts.add(fact("outbox.last-error", mail.lastError()));
        }
        Pre body = new Pre();
        body.setId("outbox-body");
        // The e-mail's text as text: whatever a publisher wrote into it is never read as markup.
        body.setText(mail.bodyText());
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        dialog.add(facts, new H2(getTranslation("outbox.body")), body);
        if (mail.state() == OutboxState.FAILED) {
            Button again = new PortalButton(getTranslation("outbox.send-again"), e -> {
                try {
                    outbox.sendAgain(id);
                    Notify.success("outbox.sent-again");
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                } catch (PortalException ex) {
                    Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            again.setId("outbox-send-again");
            dialog.getFooter().add(again);
        }
        Button close = new PortalButton(getTranslation("outbox.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Paragraph fact(String key, String value) {
        Paragraph line = new Paragraph();
        line.setText(getTranslation(key) + ": " + (value == null ? "—" : value));
        line.getStyle().set("margin", "0.2em 0").set("overflow-wrap", "anywhere");
        return line;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant);
    }

    private static Badge.Tone tone(OutboxState state) {
        return switch (state) {
            case SENT -> Badge.Tone.GOOD;
            case FAILED -> Badge.Tone.BAD;
            case RETRYING -> Badge.Tone.WARN;
            case QUEUED, SENDING -> Badge.Tone.NEUTRAL;
        };
    }
}
