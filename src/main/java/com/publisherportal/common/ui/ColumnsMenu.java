package com.publisherportal.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

import java.util.Map;

/**
 * A grid's "Columns" button: a tick per column in a popover, hiding or showing it. The ticks exist
 * only while the popover is open: a menu of twenty columns kept in every open page cost about 80 KB
 * of each session's state tree (issue 20, bench/load/README.md).
 */
public final class ColumnsMenu extends Button {

    /** The columns a menu ticks: whether one is shown, and showing or hiding it. */
    public interface Columns {

        boolean isShown(String key);

        void setShown(String key, boolean shown);
    }

    private final String idPrefix;
    private final Map<String, String> headerKeys;
    private final Columns columns;
    private final Popover popover = new Popover();
    private final VerticalLayout ticks = new VerticalLayout();

    /**
     * A menu over the grid's own columns, each created up front and hidden or shown.
     *
     * @param changed run after a column was shown or hidden (the exports follow the grid)
     */
    public ColumnsMenu(String idPrefix, Grid<?> grid, Map<String, String> headerKeys, Runnable changed) {
        this(idPrefix, headerKeys, new Columns() {
            @Override
            public boolean isShown(String key) {
                return grid.getColumnByKey(key).isVisible();
            }

            @Override
            public void setShown(String key, boolean shown) {
                grid.getColumnByKey(key).setVisible(shown);
                changed.run();
            }
        });
    }

    /**
     * @param idPrefix   the button is {@code <prefix>-columns}, its ticks {@code <prefix>-column-<key>}
     * @param headerKeys the columns offered, in order: column key to the translation key of its header
     * @param columns    what the ticks show and change
     */
    public ColumnsMenu(String idPrefix, Map<String, String> headerKeys, Columns columns) {
        this.idPrefix = idPrefix;
        this.headerKeys = headerKeys;
        this.columns = columns;
        setText(getTranslation("grid.columns"));
        setIcon(VaadinIcon.CHEVRON_DOWN_SMALL.create());
        setIconAfterText(true);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId(idPrefix + "-columns");
        getElement().setAttribute("aria-haspopup", "dialog");
        // Squeezed by its row, the button keeps its width.
        getStyle().set("flex-shrink", "0");
        ticks.setPadding(false);
        ticks.setSpacing(false);
        ticks.addClassName("columns-menu-ticks");
        popover.setTarget(this);
        // Opened by the server, with its ticks in the same answer, not by the browser before they arrive.
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("grid.columns"));
        popover.add(ticks);
        popover.addOpenedChangeListener(e -> {
            getElement().setAttribute("aria-expanded", Boolean.toString(e.isOpened()));
            if (!e.isOpened()) {
                ticks.removeAll();
            }
        });
        addClickListener(e -> {
            if (popover.isOpened()) {
                popover.close();
            } else {
                showTicks();
                popover.open();
            }
        });
    }

    private void showTicks() {
        ticks.removeAll();
        headerKeys.forEach((key, headerKey) -> {
            Checkbox tick = new Checkbox(getTranslation(headerKey), columns.isShown(key));
            tick.setId(idPrefix + "-column-" + key);
            tick.addValueChangeListener(e -> columns.setShown(key, e.getValue()));
            ticks.add(tick);
        });
    }
}
