package com.publisherportal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Vaadin's handler of the browser's UIDL requests, keeping each UI's last answer deflated between
 * requests. Vaadin keeps that answer as text so that it can send it again when the browser
 * repeats a request whose answer it never received. After a navigation the answer holds the whole
 * page, and it stays in the session for as long as the tab is left open: 48 KB for the dashboard
 * (issue 20, {@code bench/load/README.md}). Deflated, it keeps a few kilobytes; it is inflated
 * back before Vaadin reads it, when the browser repeats its last request.
 * <p>
 * Vaadin calls the request handlers a {@code ServiceInitEvent} adds before its own, so this one
 * answers every UIDL request ({@link PortalUiInitializer}).
 */
class CompactLastResponse extends UidlRequestHandler {

    /** Answers shorter than this stay as they are: deflating them would save little. */
    static final int COMPACT_FROM = 2048;
    /** Starts a deflated answer; a UIDL answer is a JSON object, so it never starts with this. */
    private static final char DEFLATED = '\u0000';
    private static final String CLIENT_ID = "\"clientId\":";

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                              VaadinResponse response, String requestBody)
            throws IOException {
        UI ui = session.getService().findUI(request);
        if (ui != null && mayRepeat(ui.getInternals(), requestBody)) {
            inflate(ui.getInternals());
        }
        Optional<ResponseWriter> writer = super.synchronizedHandleRequest(session, request, response, requestBody);
        if (ui != null) {
            deflate(ui.getInternals());
        }
        return writer;
    }

    /**
     * Whether the request may repeat the last one (the same client id as the last processed):
     * only then does Vaadin send the last answer again. A body whose client id cannot be read counts
     * as a repeat, so the answer is always whole when Vaadin might send it.
     */
    static boolean mayRepeat(UIInternals internals, String requestBody) {
        int at = requestBody == null ? -1 : requestBody.lastIndexOf(CLIENT_ID);
        if (at < 0) {
            return true;
        }
        int start = at + CLIENT_ID.length();
        int end = start;
        while (end < requestBody.length() && Character.isDigit(requestBody.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(requestBody, start, end, 10) == internals.getLastProcessedClientToServerId();
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /** Keeps the UI's last answer deflated, if it is long enough to be worth it. */
    static void deflate(UIInternals internals) {
        String answer = internals.getLastRequestResponse();
        if (answer == null || answer.length() < COMPACT_FROM || answer.charAt(0) == DEFLATED) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length() / 4);
        out.write(DEFLATED);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(answer.getBytes(StandardCharsets.UTF_8));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        } finally {
            deflater.end();
        }
        // One char per byte: a Latin-1 string keeps one byte per character.
        internals.setLastRequestResponse(out.toString(StandardCharsets.ISO_8859_1));
    }

    /** Gives the UI its last answer back as Vaadin wrote it. */
    static void inflate(UIInternals internals) {
        String kept = internals.getLastRequestResponse();
        if (kept == null || kept.isEmpty() || kept.charAt(0) != DEFLATED) {
            return;
        }
        byte[] deflated = kept.substring(1).getBytes(StandardCharsets.ISO_8859_1);
        Inflater inflater = new Inflater(true);
        try (InflaterInputStream inflating = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater)) {
            internals.setLastRequestResponse(new String(inflating.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException corrupt) {
            throw new UncheckedIOException("a kept UIDL answer cannot be inflated", corrupt);
        } finally {
            inflater.end();
        }
    }
}
