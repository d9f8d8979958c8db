package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

import java.util.function.Supplier;

/**
 * A popover that a click on its button opens, whose content is built when it opens and dropped when
 * it closes: a menu kept built in every open page costs each session a few KB per entry of Vaadin's
 * state tree (issue 20, bench/load/README.md). The server opens it, with its content in the same
 * answer, so the browser never shows it empty.
 */
public final class OnDemandPopover extends Popover {

    public OnDemandPopover(Button trigger, Supplier<? extends Component> content) {
        setTarget(trigger);
        setOpenOnClick(false);
        setPosition(PopoverPosition.BOTTOM_END);
        trigger.getElement().setAttribute("aria-haspopup", "dialog");
        trigger.getElement().setAttribute("aria-expanded", "false");
        addOpenedChangeListener(e -> {
            trigger.getElement().setAttribute("aria-expanded", Boolean.toString(e.isOpened()));
            if (!e.isOpened()) {
                removeAll();
            }
        });
        trigger.addClickListener(e -> {
            if (isOpened()) {
                close();
            } else {
                removeAll();
                add(content.get());
                open();
            }
        });
    }
}
