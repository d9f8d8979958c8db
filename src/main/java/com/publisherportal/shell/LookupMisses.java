package com.publisherportal.shell;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's lookup of a service, remembering the services it does not find. Vaadin's Spring lookup
 * scans the whole class path for a service file on every lookup of a type it does not cache, found
 * or not, and Vaadin asks for some on every request: a handler of Polymer templates for each
 * {@code @ClientCallable} argument (the grid's and combo boxes' calls), the role-prefix holder on
 * every navigation. Under load those scans took 7 % of the portal's CPU (issue 20, a JFR profile
 * of bench/load/load-bench.sh). Nothing registers a bean or a service after the start, so a type
 * not found once is never found; a found one is looked up as before (a bean may be scoped).
 */
final class LookupMisses implements Lookup {

    private final Lookup lookup;
    private final Set<Class<?>> missing = ConcurrentHashMap.newKeySet();

    LookupMisses(Lookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Puts the remembering lookup in front of the servlet context's own, once, while the service
     * starts (before any request). Vaadin refuses to set its lookup twice, to catch two competing
     * initialisers, and adds its own Spring initialiser beside any subclass; this one only wraps
     * the first, so it takes its place in the context attribute Vaadin reads it from (the class's
     * name). NotFoundHttpTest checks that the running portal has it.
     */
    static void install(VaadinService service) {
        if (service.getContext() instanceof VaadinServletContext context) {
            Lookup current = context.getAttribute(Lookup.class);
            if (current != null && !(current instanceof LookupMisses)) {
                context.getContext().setAttribute(Lookup.class.getName(), new LookupMisses(current));
            }
        }
    }

    @Override
    public <T> T lookup(Class<T> type) {
        if (missing.contains(type)) {
            return null;
        }
        T found = lookup.lookup(type);
        if (found == null) {
            missing.add(type);
        }
        return found;
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> type) {
        return lookup.lookupAll(type);
    }
}
