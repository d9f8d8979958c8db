package com.publisherportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.webcomponent.WebComponentConfiguration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.webcomponent.WebComponentConfigurationRegistry;

import java.util.List;
import java.util.Set;

/**
 * Vaadin's registry of exported web components, answering "are there any?" without its lock.
 * Two of Vaadin's request handlers ask that on every request, and Vaadin's registry answers under
 * one fair lock shared by the whole process. Under load a fair lock hands itself to the waiting
 * thread next in line, which first has to be scheduled: with 1,000 users on 2 cores, thread dumps
 * of bench/load/load-bench.sh found 193 to 196 of the 214 request threads parked on that one lock
 * (issue 20). The answer changes only when the configurations are set, once while the portal
 * starts, so it is kept in a volatile field; everything else is Vaadin's own.
 */
final class UncontendedWebComponentRegistry extends WebComponentConfigurationRegistry {

    private volatile boolean hasConfigurations;

    /**
     * Puts this registry in the context attribute Vaadin reads it from, while the service starts
     * (before any request), with whatever configurations the one it replaces holds.
     */
    static void install(VaadinContext context) {
        WebComponentConfigurationRegistry current = WebComponentConfigurationRegistry.getInstance(context);
        if (current instanceof UncontendedWebComponentRegistry) {
            return;
        }
        UncontendedWebComponentRegistry replacement = new UncontendedWebComponentRegistry();
        Set<WebComponentConfiguration<? extends Component>> configurations = current.getConfigurations();
        if (!configurations.isEmpty()) {
            replacement.setConfigurations(configurations);
        }
        List<Element> shadowDomElements = current.getShadowDomElements();
        if (!shadowDomElements.isEmpty()) {
            replacement.setShadowDomElements(shadowDomElements);
        }
        context.setAttribute(WebComponentConfigurationRegistry.class, replacement);
    }

    @Override
    protected void updateRegistry(Set<WebComponentConfiguration<? extends Component>> configurations) {
        super.updateRegistry(configurations);
        hasConfigurations = !configurations.isEmpty();
    }

    @Override
    public boolean hasConfigurations() {
        return hasConfigurations;
    }
}
