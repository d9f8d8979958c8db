package com.publisherportal.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.publisherportal.common.ui.ColumnsMenu;
import com.publisherportal.security.PortalUser;
import com.publisherportal.testsupport.SignIn;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Base of the UI tests: a mocked Vaadin session on the real Spring context. Karibu does not run
 * the servlet filter chain, so signing in sets the security context and tells the fake request
 * the user's principal and roles, as Spring Security's request wrapper would.
 */
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.publisherportal");

    @Autowired protected ApplicationContext context;
    @Autowired protected SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    protected PortalUser login(String email) {
        PortalUser user = signIn.as(email);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        return user;
    }

    /**
     * Sets a field's value as if the user typed or picked it (karibu 2.6's _setValue calls a
     * Vaadin-internal method that Vaadin 25 changed).
     */
    protected static <T> void userSets(AbstractField<?, T> field, T value) {
        if (!field.isEnabled() || field.isReadOnly() || !field.isVisible()) {
            throw new IllegalStateException("The field is not editable: " + field);
        }
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tick of a grid's column in the page's "Columns" popover ({@code <prefix>-columns}), opened
     * by a click on its button as a user opens it when it is not open yet.
     */
    protected static Checkbox columnTick(String idPrefix, String key) {
        String tickId = idPrefix + "-column-" + key;
        if (_find(Checkbox.class, spec -> spec.withId(tickId)).isEmpty()) {
            _click(_get(ColumnsMenu.class, spec -> spec.withId(idPrefix + "-columns")));
        }
        return _get(Checkbox.class, spec -> spec.withId(tickId));
    }

    /** The insights pages' links to each other, as the markup of their one component holds them. */
    protected static List<org.jsoup.nodes.Element> insightNavLinks() {
        return markupOf(_get(Html.class, spec -> spec.withClasses("insights-nav"))).select("a");
    }

    /** The side navigation's entries as the browser receives them (markup held by the layout). */
    protected static List<org.jsoup.nodes.Element> sideNavItems() {
        return markupOf(_get(Html.class, spec -> spec.withId("portal-navigation"))).select("vaadin-side-nav-item");
    }

    /** What an Html component holds, parsed as the browser would read it. */
    protected static org.jsoup.nodes.Element markupOf(Html component) {
        return Jsoup.parseBodyFragment(component.getInnerHtml()).body();
    }

    /** Ticks or unticks a column in the page's "Columns" popover, as a user does. */
    protected static void toggleColumn(String idPrefix, String key) {
        Checkbox tick = columnTick(idPrefix, key);
        userSets(tick, !tick.getValue());
    }

    /**
     * The navigation ends on the portal's "not found" page: what a user sees for a page their role
     * may not open, or something that is not theirs (so nothing about it leaks).
     */
    protected void assertNotFound(Runnable navigation) {
        navigation.run();
        org.assertj.core.api.Assertions.assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.Component.class, spec -> spec.withId("not-found"))).hasSize(1);
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** Runs the anchor's download handler as the browser's request would, and returns what it wrote. */
    protected static byte[] download(Anchor anchor) throws Exception {
        return downloadRequest(anchor).call();
    }

    /**
     * The anchor's download as a task that may run on another thread, as the browser's request
     * does while the page goes on (the Vaadin session is captured here, on the UI's thread).
     */
    protected static Callable<byte[]> downloadRequest(Anchor anchor) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        var resource = session.getResourceRegistry().getResource(StreamResourceRegistry.ElementStreamResource.class,
                URI.create(anchor.getHref())).orElseThrow();
        VaadinServletResponse response = (VaadinServletResponse) VaadinResponse.getCurrent();
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        FakeResponse fake = (FakeResponse) inner;
        return () -> {
            fake.getBuffer().reset();
            resource.getElementRequestHandler().handleRequest(request, response, session, resource.getOwner());
            return fake.getBuffer().toByteArray();
        };
    }
}
