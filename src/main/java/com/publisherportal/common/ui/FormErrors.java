package com.publisherportal.common.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows a service's {@link ValidationException} at the fields it names; violations of the
 * whole form, or of fields the form does not show, go to a notification.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * All of an error's messages as one text, one line per violation: for an upload refused in
     * its request thread, where only the UI (not a component) is at hand.
     */
    public static String text(UI ui, PortalException e) {
        return e instanceof ValidationException validation && !validation.violations().isEmpty()
                ? validation.violations().stream().map(v -> ui.getTranslation(v.messageKey(), v.arguments()))
                .collect(Collectors.joining("\n"))
                : ui.getTranslation(e.messageKey(), e.arguments());
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public static void show(Component context, PortalException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        if (!(e instanceof ValidationException validation)) {
            Notify.error(context.getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        StringBuilder elsewhere = new StringBuilder();
        for (ValidationException.Violation v : validation.violations()) {
            String text = context.getTranslation(v.messageKey(), v.arguments());
            HasValidation field = fields.get(v.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : "\n").append(text);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notify.error(elsewhere.toString());
        }
    }
}
