package com.publisherportal.common.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markup held by one {@link Html} component instead of a server-side component per element, for
 * parts of a page that only show texts and links (issue 20: each component costs memory in every
 * open page). Built with jsoup so every text and attribute is escaped.
 */
public final class Markup {

    private Markup() {
    }

    /** A detached root element to append to; its markup is written without indentation. */
    public static Element root(String tag) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body().appendElement(tag);
    }

    public static Html html(Element root) {
        return new Html(root.outerHtml());
    }
}
