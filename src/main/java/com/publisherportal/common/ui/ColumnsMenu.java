package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

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
        setText(getTranslation("grid.columns"));
        setIcon(VaadinIcon.CHEVRON_DOWN_SMALL.create());
        setIconAfterText(true);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId(idPrefix + "-columns");
        // Squeezed by its row, the button keeps its width.
        getStyle().set("flex-shrink", "0");
        new OnDemandPopover(this, () -> ticks(idPrefix, headerKeys, columns))
                .setAriaLabel(getTranslation("grid.columns"));
    }

    private Component ticks(String idPrefix, Map<String, String> headerKeys, Columns columns) {
        VerticalLayout ticks = new VerticalLayout();
        ticks.setPadding(false);
        ticks.setSpacing(false);
        headerKeys.forEach((key, headerKey) -> {
            Checkbox tick = new Checkbox(getTranslation(headerKey), columns.isShown(key));
            tick.setId(idPrefix + "-column-" + key);
            tick.addValueChangeListener(e -> columns.setShown(key, e.getValue()));
            ticks.add(tick);
        });
        return ticks;
    }
}
