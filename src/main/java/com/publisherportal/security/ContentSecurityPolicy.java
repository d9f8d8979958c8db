package com.publisherportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser UI's Content-Security-Policy, with a fresh script nonce per request. Vaadin's
 * bootstrap page carries a few inline scripts of its own; {@link CspNonceListener} gives each
 * of them the request's nonce, so no other inline script (an injected {@code <script>} or an
 * {@code onerror=} attribute) runs.
 * <p>
 * Each source below was found necessary in Chromium, in development and production mode, on
 * every view (sign-in, storefront, inbox, insights charts, listing editor with uploads, staff
 * views); without it the page logs violations or breaks:
 * <ul>
 * <li>{@code script-src 'unsafe-eval'}: Flow's client runs the server's JavaScript
 * ({@code executeJs}, {@code $server} calls, lazy chunks) through {@code new Function}; without
 * it not even the sign-in form renders.</li>
 * <li>{@code style-src 'unsafe-inline'}: the web components and Flow add {@code <style>}
 * elements and {@code style} attributes at run time, which a nonce cannot cover.</li>
 * <li>{@code img-src data:}: images inlined as data URLs (the charts were until issue 20; they are
 * now fetched from the UI's own resource URLs, {@code 'self'}); {@code font-src data:}: Lumo's
 * icon font is inlined as a data URL.</li>
 * </ul>
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code {nonce}} stands for the request's nonce. */
    static final String POLICY = "default-src 'none'; "
            + "script-src 'self' 'nonce-{nonce}' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The request's nonce, made on first use (by this header or by the page that needs it). */
    static String nonce(HttpServletRequest request) {
        Object nonce = request.getAttribute(NONCE_ATTRIBUTE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        return (String) nonce;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, POLICY.replace("{nonce}", nonce(request)));
        }
    }
}
