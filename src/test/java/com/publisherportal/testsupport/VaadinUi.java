package com.publisherportal.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Vaadin UI driven over plain HTTP as Vaadin's client drives it after a page load: the UI is
 * asked for ({@code v-r=init}), then the router is told to show the route (a {@code ui-navigate}
 * event in a UIDL request). Its answers are the page's components as JSON, with their texts.
 */
public final class VaadinUi {

    private final HttpSession session;
    private final String id;
    private final String securityKey;

    private VaadinUi(HttpSession session, String id, String securityKey) {
        this.session = session;
        this.id = id;
        this.securityKey = securityKey;
    }

    /** A new UI of this session, opened at {@code route} (no leading slash). */
    public static VaadinUi open(HttpSession session, String route) throws Exception {
        String init = session.get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=",
                "Accept", "text/html").body();
        return new VaadinUi(session, group("\"v-uiId\":(\\d+)", init), group("\"Vaadin-Security-Key\":\"([^\"]+)\"", init));
    }

    /** What the page shows at {@code route}: the answer to the first navigation of this UI. */
    public static String rendered(HttpSession session, String route) throws Exception {
        VaadinUi ui = open(session, route);
        return ui.uidl(ui.navigation(route)).body();
    }

    /** The body of the UI's first request: the navigation to {@code route}. */
    public String navigation(String route) {
        return """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(securityKey, route);
    }

    /** The body of a request that only synchronises, sent after the answer with {@code syncId}. */
    public String roundTrip(String syncId, int clientId) {
        return """
                {"csrfToken":"%s","rpc":[],"syncId":%s,"clientId":%d}""".formatted(securityKey, syncId, clientId);
    }

    /** Sends one UIDL request with this body. */
    public HttpResponse<String> uidl(String body) throws Exception {
        return session.send(HttpRequest.newBuilder(URI.create(session.origin() + "/?v-r=uidl&v-uiId=" + id))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The first group of {@code pattern} in {@code text}; fails when it is not there. */
    public static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return matcher.group(1);
    }
}
