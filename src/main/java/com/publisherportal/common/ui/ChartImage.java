package com.publisherportal.common.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A chart drawn on the server as an SVG image, served from the UI's own resource URL and drawn
 * when the browser asks for it. The session keeps only the drawing (the chart's figures and
 * translated labels), not the SVG document: held as a data URL in the element's {@code src},
 * each chart kept 20–40 KB of text per open page (issue 20: a signed-in session must keep at
 * most 150 KB).
 * <p>
 * The drawing must not touch the UI (it runs when the image is requested, not while the UI is
 * being changed): give it the labels, locale and figures it needs, already computed. The SVG is
 * written by {@link Charts}, which escapes every text; it is answered as an image with
 * {@code nosniff} and a policy that lets no script run, should someone open the URL by itself.
 */
public class ChartImage extends Image {

    static final String CONTENT_TYPE = "image/svg+xml";
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private SerializableSupplier<String> drawing;

    /** Shows the chart that {@code drawing} draws (an SVG document); drawn again on each request of the image. */
    public void draw(SerializableSupplier<String> drawing) {
        this.drawing = drawing;
        setSrc(handler(drawing));
    }

    /** The chart's SVG document, drawn now (null before {@link #draw}). */
    public String svg() {
        return drawing == null ? null : drawing.get();
    }

    static DownloadHandler handler(SerializableSupplier<String> drawing) {
        return event -> {
            byte[] svg = drawing.get().getBytes(StandardCharsets.UTF_8);
            event.setContentType(CONTENT_TYPE);
            event.inline("chart.svg");
            event.setContentLength(svg.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Content-Security-Policy", POLICY);
            event.getResponse().setHeader("Cache-Control", "private, no-cache");
            try (OutputStream out = event.getOutputStream()) {
                out.write(svg);
            }
        };
    }
}
