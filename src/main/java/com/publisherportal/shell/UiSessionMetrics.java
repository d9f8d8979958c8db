package com.publisherportal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code portal.ui.sessions.active}: Vaadin sessions open on this node. Counted from Vaadin's own
 * session init and destroy events rather than by an {@code HttpSessionListener}: HTTP sessions are
 * also made for requests that hold no UI (the sign-in post, a saved request), while the Vaadin
 * session is the one that holds the UI state and its memory. Vaadin fires destroy once per session,
 * whether it was closed (sign-out) or its HTTP session ended or expired.
 */
@Component
class UiSessionMetrics implements VaadinServiceInitListener {

    static final String ACTIVE = "portal.ui.sessions.active";

    private final AtomicInteger open = new AtomicInteger();

    UiSessionMetrics(MeterRegistry registry) {
        Gauge.builder(ACTIVE, open, AtomicInteger::get).description("Vaadin UI sessions open on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.updateAndGet(n -> Math.max(0, n - 1)));
    }
}
