package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A grid's "Columns" button: a tick per column in a popover, hiding or showing it. The ticks exist
 * only while the popover is open: a menu of twenty columns kept in every open page cost about 80 KB
 * of each session's state tree (issue 20, bench/load/README.md).
 */
public final class ColumnsMenu extends Button {

    /**
     * A menu over the grid's own columns, each created up front and hidden or shown.
     *
     * @param changed run after a column was shown or hidden (the exports follow the grid)
     */
    public ColumnsMenu(String idPrefix, Grid<?> grid, Map<String, String> headerKeys, Runnable changed) {
        this(idPrefix, headerKeys, key -> grid.getColumnByKey(key).isVisible(), (key, shown) -> {
            grid.getColumnByKey(key).setVisible(shown);
            changed.run();
        });
    }

    /**
     * @param idPrefix   the button is {@code <prefix>-columns}, its ticks {@code <prefix>-column-<key>}
     * @param headerKeys the columns offered, in order: column key to the translation key of its header
     * @param isShown    whether a column is shown now
     * @param show       shows ({@code true}) or hides a column
     */
    public ColumnsMenu(String idPrefix, Map<String, String> headerKeys, Predicate<String> isShown,
                       BiConsumer<String, Boolean> show) {
        setText(getTranslation("grid.columns"));
        setIcon(VaadinIcon.CHEVRON_DOWN_SMALL.create());
        setIconAfterText(true);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId(idPrefix + "-columns");
        // Squeezed by its row, the button keeps its width.
        getStyle().set("flex-shrink", "0");
        new OnDemandPopover(this, () -> ticks(idPrefix, headerKeys, isShown, show))
                .setAriaLabel(getTranslation("grid.columns"));
    }

    private Component ticks(String idPrefix, Map<String, String> headerKeys, Predicate<String> isShown,
                            BiConsumer<String, Boolean> show) {
        VerticalLayout ticks = new VerticalLayout();
        ticks.setPadding(false);
        ticks.setSpacing(false);
        headerKeys.forEach((key, headerKey) -> {
            Checkbox tick = new Checkbox(getTranslation(headerKey), isShown.test(key));
            tick.setId(idPrefix + "-column-" + key);
            tick.addValueChangeListener(e -> show.accept(key, e.getValue()));
            ticks.add(tick);
        });
        return ticks;
    }
}
