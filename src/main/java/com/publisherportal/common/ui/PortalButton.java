package com.publisherportal.common.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * The portal's button. Vaadin's {@link ClickEvent} asks the browser for ten details of the mouse
 * with every click (positions, click count, mouse button, modifier keys), and every Vaadin button
 * listens for it even when nobody else does (its disable-on-click support): each button kept about
 * 1.7 KB of those settings in every open page (issue 20). The portal never reads them, so its
 * buttons ask for a {@link PlainClick} instead, and their click listeners receive a
 * {@code ClickEvent} with the mouse details zeroed. A click fired on the server (a shortcut,
 * {@link #click()}, a test) reaches the same listeners.
 */
public class PortalButton extends Button {

    public PortalButton() {
    }

    public PortalButton(String text) {
        super(text);
    }

    public PortalButton(Component icon) {
        super(icon);
    }

    public PortalButton(String text, Component icon) {
        super(text, icon);
    }

    public PortalButton(String text, ComponentEventListener<ClickEvent<Button>> clickListener) {
        super(text, clickListener);
    }

    public PortalButton(Component icon, ComponentEventListener<ClickEvent<Button>> clickListener) {
        super(icon, clickListener);
    }

    public PortalButton(String text, Component icon, ComponentEventListener<ClickEvent<Button>> clickListener) {
        super(text, icon, clickListener);
    }

    @Override
    protected <E extends ComponentEvent<?>> Registration addListener(Class<E> eventType, ComponentEventListener<E> listener) {
        return ClickEvent.class.equals(eventType) ? PlainClick.listen(this, listener) : super.addListener(eventType, listener);
    }

    @Override
    protected void fireEvent(ComponentEvent<?> event) {
        super.fireEvent(PlainClick.of(event));
    }

    /**
     * A click without the mouse's details. Listeners of a {@link ClickEvent} registered through
     * {@link #listen} are called with one made from it.
     */
    @DomEvent("click")
    public static final class PlainClick extends ComponentEvent<Component> {

        private final ClickEvent<?> click;

        /** A click in the browser. */
        public PlainClick(Component source, boolean fromClient) {
            super(source, fromClient);
            click = new ClickEvent<>(source, fromClient, 0, 0, 0, 0, 1, 0, false, false, false, false);
        }

        private PlainClick(ClickEvent<?> click) {
            super(click.getSource(), click.isFromClient());
            this.click = click;
        }

        /**
         * For a component's {@code addListener}: the click listener called on a plain click.
         * {@code ComponentUtil} calls the component's own {@code addListener} with this event
         * type, which is not a {@code ClickEvent}, so the component's override lets it through.
         */
        @SuppressWarnings("unchecked")
        public static <E extends ComponentEvent<?>> Registration listen(Component source, ComponentEventListener<E> clickListener) {
            return ComponentUtil.addListener(source, PlainClick.class, plain -> clickListener.onComponentEvent((E) plain.click));
        }

        /** For a component's {@code fireEvent}: a click fired on the server, as a plain click. */
        public static ComponentEvent<?> of(ComponentEvent<?> event) {
            return event instanceof ClickEvent<?> click ? new PlainClick(click) : event;
        }
    }
}
