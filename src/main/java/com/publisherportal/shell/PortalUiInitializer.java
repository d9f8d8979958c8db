package com.publisherportal.shell;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.DownloadCancelledException;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Per-session and per-UI setup that belongs to no feature: the browser's time zone for dates, an
 * error handler that shows users a message instead of a stack trace, and Vaadin's service lookup
 * remembering what it did not find ({@link LookupMisses}), and a registry of web components that
 * answers its every-request question without a process-wide lock
 * ({@link UncontendedWebComponentRegistry}), and each UI's last answer kept deflated
 * ({@link CompactLastResponse}). (The user's language and the forced password change
 * are the account module's, in its own initialiser.)
 */
@Component
class PortalUiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalUiInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        LookupMisses.install(event.getSource());
        UncontendedWebComponentRegistry.install(event.getSource().getContext());
        event.addRequestHandler(new CompactLastResponse());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(PortalUiInitializer::handle));
        event.getSource().addUIInitListener(init -> Formats.detectZone(init.getUI()));
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
