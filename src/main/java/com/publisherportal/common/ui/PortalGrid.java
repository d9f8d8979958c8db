package com.publisherportal.common.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * The portal's grid. Neither it nor its columns ask the browser to send back the properties only
 * the server sets: a column's width, flex grow, resizing, freezing and alignment, the grid's
 * column reordering and all-rows-visible. Vaadin declares those getters {@code @Synchronize}d, so
 * every column of every open page kept six property listeners: most of what a column cost the
 * session, 6.2 KB against 1.5 KB without them (issue 20). The portal never reads them back from the browser. A width the
 * user drags stays in the browser, as it did before: nothing on the server read it.
 * <p>
 * Vaadin reads a subclass's {@code @Synchronize} on a getter before its parents' (keyed by the
 * method's name), so the same getter declared here with no event to listen to replaces it.
 */
public class PortalGrid<T> extends Grid<T> {

    @Override
    @Synchronize({})
    public boolean isColumnReorderingAllowed() {
        return super.isColumnReorderingAllowed();
    }

    @Override
    @Synchronize({})
    public boolean isAllRowsVisible() {
        return super.isAllRowsVisible();
    }

    @Override
    protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
        return new ServerSetColumn<>(this, columnId, renderer);
    }

    /** A column whose properties only the server sets. */
    public static class ServerSetColumn<T> extends Column<T> {

        ServerSetColumn(Grid<T> grid, String columnId, Renderer<T> renderer) {
            super(grid, columnId, renderer);
        }

        @Override
        @Synchronize({})
        public String getWidth() {
            return super.getWidth();
        }

        @Override
        @Synchronize({})
        public int getFlexGrow() {
            return super.getFlexGrow();
        }

        @Override
        @Synchronize({})
        public boolean isResizable() {
            return super.isResizable();
        }

        @Override
        @Synchronize({})
        public boolean isFrozen() {
            return super.isFrozen();
        }

        @Override
        @Synchronize({})
        public boolean isFrozenToEnd() {
            return super.isFrozenToEnd();
        }

        @Override
        @Synchronize({})
        public ColumnTextAlign getTextAlign() {
            return super.getTextAlign();
        }
    }
}
