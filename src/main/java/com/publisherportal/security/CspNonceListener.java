package com.publisherportal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives the scripts on Vaadin's bootstrap page (its own inline ones and the bundle's) the
 * request's {@link ContentSecurityPolicy} nonce. The page carries no user text: eager server
 * load is off, so the UI's state comes later as JSON.
 */
@Component
class CspNonceListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(CspNonceListener::addNonces);
    }

    static void addNonces(IndexHtmlResponse page) {
        if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        String nonce = ContentSecurityPolicy.nonce(request.getHttpServletRequest());
        for (Element script : page.getDocument().select("script")) {
            script.attr("nonce", nonce);
        }
    }
}
