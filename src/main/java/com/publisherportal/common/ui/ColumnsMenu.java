package com.publisherportal.common.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import java.util.Map;

/** A grid's "Columns" menu: one tick per column, hiding or showing it. */
public final class ColumnsMenu extends MenuBar {

    /**
     * @param idPrefix     the menu is {@code <prefix>-columns}, its items {@code <prefix>-column-<key>}
     * @param headerKeys   the columns offered, in order: column key to the translation key of its header
     * @param changed      run after a column was shown or hidden (the exports follow the grid)
     */
    public ColumnsMenu(String idPrefix, Grid<?> grid, Map<String, String> headerKeys, Runnable changed) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        setId(idPrefix + "-columns");
        // Squeezed by its row, a menu bar hides its only item behind an overflow button; it keeps its width instead.
        getStyle().set("flex-shrink", "0");
        SubMenu sub = addItem(getTranslation("grid.columns")).getSubMenu();
        headerKeys.forEach((key, headerKey) -> {
            MenuItem item = sub.addItem(getTranslation(headerKey));
            item.setCheckable(true);
            item.setChecked(grid.getColumnByKey(key).isVisible());
            item.setKeepOpen(true);
            item.setId(idPrefix + "-column-" + key);
            item.addClickListener(e -> {
                grid.getColumnByKey(key).setVisible(item.isChecked());
                changed.run();
            });
        });
    }
}
