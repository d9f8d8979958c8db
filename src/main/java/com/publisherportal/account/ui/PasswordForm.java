package com.publisherportal.account.ui;

import com.publisherportal.account.ProfileService;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

/** Change of one's own password: current password, new one, confirmation. */
class PasswordForm extends FormLayout {

    PasswordForm(ProfileService profiles, Runnable afterChange) {
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule"));
        PasswordField confirm = new PasswordField(getTranslation("password.confirm"));
        current.setId("current-password");
        next.setId("new-password");
        confirm.setId("confirm-password");
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next, "confirm", confirm);
        Button save = new PortalButton(getTranslation("password.change"), e -> {
            FormErrors.clear(fields);
            if (!next.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            try {
                profiles.changePassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                confirm.clear();
                Notify.success("password.changed");
                afterChange.run();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, next, confirm, save);
        setMaxWidth("40em");
    }
}
