package com.publisherportal.account.ui;

import com.publisherportal.account.ProfileService;
import com.publisherportal.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Per-UI setup from the signed-in user's profile: their language, and the forced password change after a one-time password. */
@Component
class AccountUiInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final ProfileService profiles;

    AccountUiInitializer(CurrentUser currentUser, ProfileService profiles) {
        this.currentUser = currentUser;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            currentUser.get().ifPresent(user -> {
                Locale preferred = Locale.forLanguageTag(profiles.me().preferredLanguage());
                ui.getSession().setLocale(preferred);
                ui.setLocale(preferred);
            });
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && currentUser.get().isPresent()
                && profiles.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
