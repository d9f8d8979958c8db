package com.publisherportal.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A chart drawn twice on the server, for a wide screen and for a phone, as images: the stylesheet
 * shows the one that fits (below 640 px the phone's), so a phone gets text of a readable size
 * instead of a wide drawing shrunk to a third. Each image is drawn when the browser asks for it
 * ({@link ChartImage}), so the session keeps the drawings, not the SVG documents. Both load lazily:
 * the browser never asks for the hidden one, nor for a chart far below the screen until it is
 * scrolled near, so a desktop's visit draws half the charts it drew before.
 */
public final class ResponsiveChart extends Div {

    private final ChartImage wide = new ChartImage();
    private final ChartImage narrow = new ChartImage();

    /** {@code id} goes to the wide image (the one a test or a screen reader on a desktop reads). */
    public ResponsiveChart(String id, String alt) {
        addClassName("responsive-chart");
        wide.setId(id);
        wide.addClassNames("insights-chart", "chart-wide");
        wide.setAlt(alt);
        narrow.setId(id + "-phone");
        narrow.addClassNames("insights-chart-phone", "chart-narrow");
        narrow.setAlt(alt);
        wide.getElement().setAttribute("loading", "lazy");
        narrow.getElement().setAttribute("loading", "lazy");
        add(wide, narrow);
    }

    /**
     * Sets both drawings (each returns an SVG document). They run when the browser fetches the
     * image, outside the UI's lock: they must use only what they captured, not the view.
     */
    public void set(SerializableSupplier<String> wideSvg, SerializableSupplier<String> narrowSvg) {
        wide.draw(wideSvg);
        narrow.draw(narrowSvg);
    }

    public ChartImage wide() {
        return wide;
    }

    public ChartImage narrow() {
        return narrow;
    }
}
