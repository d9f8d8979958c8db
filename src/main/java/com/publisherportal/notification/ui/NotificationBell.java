package com.publisherportal.notification.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.notification.PortalNotification;
import com.publisherportal.common.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;

import java.util.List;

/** The bell in the header: the unread count, and the latest notifications, each linking to its item. */
@org.springframework.modulith.NamedInterface("bell")
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final Span count = new Span();
    private final Div list = new Div();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("portal-bell");
        Button bell = new PortalButton(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notifications.open"));
        bell.setId("notification-bell");
        count.addClassName("portal-bell-count");
        count.setId("notification-count");
        add(bell, count);
        list.addClassName("portal-notifications");
        list.setId("notification-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.add(list);
        // The list is read when the popover opens and let go when it closes: a session does not keep it.
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                renderList();
            } else {
                list.removeAll();
            }
        });
        refreshCount();
    }

    private void refreshCount() {
        int unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    private void renderList() {
        list.removeAll();
        List<PortalNotification> latest = notifications.mine(20);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notifications.none")));
        }
        for (PortalNotification n : latest) {
            Div item = new Div(new Span(getTranslation(n.messageKey(), n.arguments().toArray())));
            item.add(new com.vaadin.flow.component.html.Emphasis(Formats.dateTime(n.createdAt())));
            item.addClassName("portal-notification");
            if (!n.read()) {
                item.addClassName("unread");
            }
            item.addClickListener(e -> {
                notifications.markRead(n.id());
                refreshCount();
                if (n.link() != null) {
                    UI.getCurrent().navigate(n.link());
                }
            });
            list.add(item);
        }
        if (latest.stream().anyMatch(n -> !n.read())) {
            Button all = new PortalButton(getTranslation("notifications.mark-all"), e -> {
                notifications.markAllRead();
                refreshCount();
                renderList();
            });
            all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(all);
        }
    }
}
