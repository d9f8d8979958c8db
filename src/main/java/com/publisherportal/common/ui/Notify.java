package com.publisherportal.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, in the user's language. */
public final class Notify {

    private Notify() {
    }

    public static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String text, NotificationVariant variant, int duration) {
        Notification notification = Notification.show(text, duration, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
