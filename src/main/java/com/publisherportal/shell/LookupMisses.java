package com.publisherportal.shell;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's lookup of a service, remembering what cannot change during a run. Vaadin's Spring lookup
 * scans the whole class path for a service file on every lookup of a type it does not cache, found
 * or not, and Vaadin asks for some on every request: a handler of Polymer templates for each
 * {@code @ClientCallable} argument (the grid's and combo boxes' calls), the role-prefix holder on
 * every navigation. Nothing registers a bean or a service after the start, so a type not found
 * once is never found. A found one is looked up again each time (a bean may be scoped), except the
 * singletons of {@link #SAME_FOR_THE_RUN}: the role-prefix holder, which the Spring lookup finds
 * among the beans and still scans for. Under load the misses' scans took 7 % of the portal's CPU
 * samples, the role-prefix holder's 1.9 % (issue 20, JFR profiles of bench/load/load-bench.sh).
 */
final class LookupMisses implements Lookup {

    static final Set<Class<?>> SAME_FOR_THE_RUN = Set.of(VaadinRolePrefixHolder.class);

    private final Lookup lookup;
    private final Set<Class<?>> sameForTheRun;
    private final Set<Class<?>> missing = ConcurrentHashMap.newKeySet();
    private final Map<Class<?>, Object> found = new ConcurrentHashMap<>();

    LookupMisses(Lookup lookup) {
        this(lookup, SAME_FOR_THE_RUN);
    }

    LookupMisses(Lookup lookup, Set<Class<?>> sameForTheRun) {
        this.lookup = lookup;
        this.sameForTheRun = sameForTheRun;
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
        Object remembered = found.get(type);
        if (remembered != null) {
            return type.cast(remembered);
        }
        T service = lookup.lookup(type);
        if (service == null) {
            missing.add(type);
        } else if (sameForTheRun.contains(type)) {
            found.put(type, service);
        }
        return service;
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> type) {
        return lookup.lookupAll(type);
    }
}
