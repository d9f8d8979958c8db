package com.publisherportal.common.ui;

import com.publisherportal.account.ProfileService;
import com.publisherportal.account.ui.ChangePasswordView;
import com.publisherportal.common.PortalException;
import com.publisherportal.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * Per-session and per-UI setup: the user's language, the forced password change after a
 * one-time password, and an error handler that shows users a message instead of a stack trace.
 */
@Component
class PortalUiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalUiInitializer.class);

    private final CurrentUser currentUser;
    private final ProfileService profiles;

    PortalUiInitializer(CurrentUser currentUser, ProfileService profiles) {
        this.currentUser = currentUser;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(PortalUiInitializer::handle));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            currentUser.get().ifPresent(user -> {
                Locale preferred = Locale.forLanguageTag(profiles.me().preferredLanguage());
                ui.getSession().setLocale(preferred);
                ui.setLocale(preferred);
            });
            Formats.detectZone(ui);
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && currentUser.get().isPresent()
                && profiles.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    private static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof PortalException) && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            if (cause instanceof DownloadCancelledException) {
                log.debug("Download cancelled by the user");
            } else {
                log.error("Error outside a UI", error);
            }
            return;
        }
        if (cause instanceof PortalException portal) {
            Notify.error(ui.getTranslation(portal.messageKey(), portal.arguments()));
        } else if (cause instanceof AccessDeniedException) {
            Notify.error(ui.getTranslation("error.access-denied"));
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, incident {}", incident, error);
            Notify.error(ui.getTranslation("error.unexpected", incident));
        }
    }
}
