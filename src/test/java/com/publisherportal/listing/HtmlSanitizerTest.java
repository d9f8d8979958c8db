package com.publisherportal.listing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void stripsScriptsEventAttributesAndJavascriptLinks() {
        String dirty = "<p onclick=\"steal()\">Hello<script>alert(1)</script></p>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a><iframe src=\"https://evil\"></iframe>"
                + "<style>body{}</style>";
        String clean = sanitizer.sanitize(dirty);
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "javascript", "iframe", "<img", "style", "alert(1)");
        assertThat(clean).contains("<p>Hello</p>");
    }

    @Test
    void keepsTheAllowedSubset() {
        String html = "<h2>Title</h2><p><strong>Bold</strong> and <em>italic</em></p><ul><li>One</li></ul>"
                + "<a href=\"https://contoso.example/docs\">docs</a>";
        String clean = sanitizer.sanitize(html);
        assertThat(clean).contains("<h2>Title</h2>", "<strong>Bold</strong>", "<em>italic</em>", "<li>One</li>",
                "href=\"https://contoso.example/docs\"", "rel=\"nofollow\"");
    }
}
