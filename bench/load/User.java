package bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user: a browser with its own cookies (kept here, not in the shared HttpClient, so
 * thousands of users share one client and its connection pool) and its open tab. Every request
 * is timed (the server round trip, body included) and counted under the step that made it.
 */
final class User {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** -Dload.dump=DIR keeps every request and answer (debugging the protocol). */
    private static final String DUMP = System.getProperty("load.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    final int number;
    final String kind;
    final Random random;
    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Trace lines (Protocol.describe) when tracing, else null. */
    final Consumer<String> trace;
    Tab tab;
    /** What the browser's cache holds (media fetched once per user). */
    final java.util.Set<String> fetched = new java.util.HashSet<>();
    String lastHtml = "";

    User(int number, String kind, HttpClient http, String base, Stats stats, Duration timeout, long seed,
         Consumer<String> trace) {
        this.number = number;
        this.kind = kind;
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.timeout = timeout;
        this.random = new Random(seed);
        this.trace = trace;
    }

    /** A UI's resource URLs (images drawn on request, e.g. the charts). */
    static final String DYNAMIC = "/VAADIN/dynamic/resource/";

    String get(String step, String pathAndQuery, int expected) throws StepFailure {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (!pathAndQuery.contains("v-r=")) {
            b.header("Accept", "text/html,application/xhtml+xml");
        }
        HttpResponse<String> r = send(step, b, "GET", pathAndQuery, "");
        check(step, r, expected);
        if (!pathAndQuery.contains("v-r=") && !pathAndQuery.startsWith("/media/") && !pathAndQuery.startsWith(DYNAMIC)) {
            lastHtml = r.body();
        }
        return r.body();
    }

    String post(String step, String pathAndQuery, String body, String contentType) throws StepFailure {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = send(step, b, "POST", pathAndQuery, body);
        check(step, r, 200);
        return r.body();
    }

    /** The sign-in form as the login page posts it: its _csrf token from the page, then Spring's redirect. */
    void signIn(String step, String email, String password) throws StepFailure {
        Matcher m = CSRF.matcher(lastHtml);
        if (!m.find()) {
            throw new StepFailure(step, "no _csrf meta tag on the login page");
        }
        String form = "_csrf=" + Tab.enc(m.group(1)) + "&username=" + Tab.enc(email) + "&password=" + Tab.enc(password);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> r = send(step, b, "POST", "/login", form);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new StepFailure(step, "sign-in refused: " + r.statusCode() + " " + location);
        }
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder b, String method, String pathAndQuery, String body)
            throws StepFailure {
        b.timeout(timeout);
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        if (trace != null) {
            trace.accept(Protocol.describe(method, base + pathAndQuery, body, ""));
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            stats.request(step, System.nanoTime() - t0);
            if (DUMP != null) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP, String.format("%03d-%s.txt", DUMPED.incrementAndGet(), step)),
                        method + " " + pathAndQuery + "\n" + body + "\n\n" + r.body());
            }
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        } catch (HttpTimeoutException e) {
            stats.request(step, System.nanoTime() - t0);
            throw new StepFailure(step, "timeout");
        } catch (IOException e) {
            stats.request(step, System.nanoTime() - t0);
            throw new StepFailure(step, "I/O " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure(step, "interrupted");
        }
    }

    private static void check(String step, HttpResponse<String> r, int expected) throws StepFailure {
        if (r.statusCode() != expected) {
            throw new StepFailure(step, "HTTP " + r.statusCode() + " for " + r.uri().getRawPath()
                    + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery().split("&")[0]));
        }
    }

    static List<String> accounts(String kind) {
        return switch (kind) {
            case "owner" -> List.of("owner@contoso.example");
            case "reviewer" -> List.of("reviewer@portal.example");
            default -> List.of();
        };
    }
}
