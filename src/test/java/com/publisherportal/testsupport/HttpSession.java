package com.publisherportal.testsupport;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over plain HTTP: signs in through the real form (the page's CSRF token,
 * the portal's own origin), keeps its cookies and follows no redirect.
 */
public final class HttpSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    private HttpSession(int port) {
        this.origin = "http://localhost:" + port;
    }

    /** A visitor's session: signed in as nobody. */
    public static HttpSession anonymous(int port) {
        return new HttpSession(port);
    }

    /** A session signed in as this user; fails when the form does not sign in. */
    public static HttpSession signIn(int port, String email, String password) throws Exception {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> page = session.get("/login");
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        Map<String, String> form = new LinkedHashMap<>(Map.of("username", email, "password", password));
        form.put(meta.getOrDefault("_csrf_parameter", "_csrf"), meta.get("_csrf"));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = session.http.send(HttpRequest.newBuilder(URI.create(session.origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", session.origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("not signed in as " + email + ": " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : origin + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String origin() {
        return origin;
    }

    /** The session cookie, to hand to another client. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
