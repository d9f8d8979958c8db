package com.publisherportal.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;

/**
 * A chart drawn twice on the server, for a wide screen and for a phone, as images: the stylesheet
 * shows the one that fits (below 640 px the phone's), so a phone gets text of a readable size
 * instead of a wide drawing shrunk to a third.
 */
public final class ResponsiveChart extends Div {

    private final Image wide = new Image();
    private final Image narrow = new Image();

    /** {@code id} goes to the wide image (the one a test or a screen reader on a desktop reads). */
    public ResponsiveChart(String id, String alt) {
        addClassName("responsive-chart");
        wide.setId(id);
        wide.addClassNames("insights-chart", "chart-wide");
        wide.setAlt(alt);
        narrow.setId(id + "-phone");
        narrow.addClassNames("insights-chart-phone", "chart-narrow");
        narrow.setAlt(alt);
        add(wide, narrow);
    }

    /** Sets both drawings (SVG documents). */
    public void set(String wideSvg, String narrowSvg) {
        wide.setSrc(Charts.dataUrl(wideSvg));
        narrow.setSrc(Charts.dataUrl(narrowSvg));
    }

    public Image wide() {
        return wide;
    }

    public Image narrow() {
        return narrow;
    }
}
