package com.publisherportal.listing;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The safe HTML subset of listing descriptions, enforced with the OWASP Java HTML Sanitizer:
 * paragraphs, line breaks, lists, emphasis, headings and links (http, https, mailto). Scripts,
 * styles, event attributes and everything else are removed.
 */
@Component
public class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u", "h2", "h3", "h4")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
