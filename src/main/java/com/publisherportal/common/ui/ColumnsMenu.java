package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A grid's "Columns" button: a tick per column in a popover, hiding or showing it. The ticks exist
 * only while the popover is open: a menu of twenty columns kept in every open page cost about 80 KB
 * of each session's state tree (issue 20, bench/load/README.md).
 */
public final class ColumnsMenu extends PortalButton {

    /**
     * A menu over a grid whose hidden columns are created when first shown, not up front: each
     * keeps a header, a renderer and its synchronised properties in the session's state tree
     * (about 6 KB a column, issue 20).
     *
     * @param create  adds the grid's column for a key; the menu puts it in its place (the order of
     *                {@code headerKeys}) and the grid reads its rows again to fill it
     * @param changed run after a column was shown or hidden (the exports follow the grid)
     */
    public ColumnsMenu(String idPrefix, Grid<?> grid, Map<String, String> headerKeys, Consumer<String> create,
                       Runnable changed) {
        this(idPrefix, headerKeys, key -> grid.getColumnByKey(key) != null && grid.getColumnByKey(key).isVisible(),
                (key, shown) -> {
                    Grid.Column<?> column = grid.getColumnByKey(key);
                    if (shown && column == null) {
                        create.accept(key);
                        placeInOrder(grid, List.copyOf(headerKeys.keySet()));
                        grid.getDataProvider().refreshAll();
                        column = grid.getColumnByKey(key);
                    }
                    if (column != null) {
                        column.setVisible(shown);
                    }
                    changed.run();
                });
    }

    /** Orders the grid's columns as {@code keys} does (a column created later is added last). */
    public static <T> void placeInOrder(Grid<T> grid, List<String> keys) {
        List<Grid.Column<T>> columns = grid.getColumns();
        List<Grid.Column<T>> ordered = new ArrayList<>(columns);
        ordered.sort(Comparator.comparingInt(c -> keys.indexOf(c.getKey())));
        if (!ordered.equals(columns)) {
            grid.setColumnOrder(ordered);
        }
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
