package com.publisherportal.common.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's buttons ask the browser for no mouse details with a click (what each open page keeps
 * in the session, issue 20), and a click still reaches their listeners however it comes: from the
 * browser, from the server, from a test.
 */
class PortalButtonTest {

    private static Set<String> clickDetails(Element button) {
        return button.getNode().getFeature(ElementListenerMap.class).getExpressions("click");
    }

    private static void clickInBrowser(Button button) {
        Element element = button.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", JacksonUtils.createObjectNode()));
    }

    @Test
    void aButtonAsksForNoMouseDetailsWhereVaadinsAsksForTen() {
        // Vaadin's button asks for them even without a listener of its own: otherwise this would prove nothing.
        assertThat(clickDetails(new Button("Save").getElement())).hasSizeGreaterThanOrEqualTo(10)
                .contains("event.screenX", "event.ctrlKey");

        PortalButton button = new PortalButton("Save", event -> { });
        assertThat(clickDetails(button.getElement())).isEmpty();
    }

    @Test
    void aClickFromTheBrowserTheServerOrATestReachesTheListenersAsAClickEvent() {
        List<ClickEvent<Button>> clicks = new ArrayList<>();
        PortalButton button = new PortalButton("Save", clicks::add);
        button.addClickListener(clicks::add);

        clickInBrowser(button);
        assertThat(clicks).hasSize(2).allSatisfy(click -> {
            assertThat(click.getSource()).isSameAs(button);
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.getClickCount()).isOne();
        });

        button.click();
        LocatorJ._click(button);
        assertThat(clicks).hasSize(6);
        assertThat(clicks.subList(2, 6)).allSatisfy(click -> assertThat(click.getSource()).isSameAs(button));
    }

    @Test
    void aRemovedListenerHearsNoMoreAndADisabledButtonNone() {
        List<ClickEvent<Button>> clicks = new ArrayList<>();
        PortalButton button = new PortalButton("Save");
        var registration = button.addClickListener(clicks::add);

        clickInBrowser(button);
        registration.remove();
        clickInBrowser(button);
        assertThat(clicks).hasSize(1);

        button.addClickListener(clicks::add);
        button.setEnabled(false);
        clickInBrowser(button);
        assertThat(clicks).hasSize(1);
    }

    @Test
    void disableOnClickStillDisablesTheButton() {
        PortalButton button = new PortalButton("Confirm", event -> { });
        button.setDisableOnClick(true);

        clickInBrowser(button);

        assertThat(button.isEnabled()).isFalse();
    }

    @Test
    void everyButtonOfThePortalIsAPortalButton() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.publisherportal");
        // Whoever calls Vaadin's button or drawer toggle constructor: a "new" or a subclass's super().
        List<String> callers = portal.stream()
                .flatMap(c -> c.getConstructorCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isEquivalentTo(Button.class)
                        || call.getTargetOwner().isEquivalentTo(DrawerToggle.class))
                .map(call -> call.getOriginOwner().getName())
                .distinct().sorted().toList();

        assertThat(callers).containsExactly(PortalButton.class.getName(),
                "com.publisherportal.shell.MainLayout$PlainClickDrawerToggle");
    }
}
