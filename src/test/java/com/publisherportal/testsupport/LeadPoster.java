package com.publisherportal.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts leads to an intake URL from a few threads, continuously, each with a unique e-mail that is
 * also its {@code Idempotency-Key}, and records what came back: the leads acknowledged (201 or 200,
 * with their id and the moment the answer arrived) and the leads in doubt (sent, but no answer:
 * the server died or the connection failed). A thread stops at its first failure or on {@link #stop}.
 */
public final class LeadPoster implements AutoCloseable {

    /** A lead the portal acknowledged: its id and when the answer was received ({@link System#nanoTime}). */
    public record Ack(long id, int status, long answeredAtNanos) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final String url;
    private final String prefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> inDoubt = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    /** {@code prefix}: the e-mails' local part starts with it, so a run's leads can be told apart. */
    public LeadPoster(String url, String prefix) {
        this.url = url;
        this.prefix = prefix;
    }

    public LeadPoster start(int threadCount) {
        for (int t = 0; t < threadCount; t++) {
            Thread thread = Thread.ofPlatform().name("lead-poster-" + t).start(this::run);
            threads.add(thread);
        }
        return this;
    }

    private void run() {
        while (!stopped.get()) {
            String email = prefix + "-" + sequence.incrementAndGet() + "@durable.example";
            inDoubt.add(email);
            try {
                HttpResponse<String> answer = post(email);
                if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                    acknowledged.put(email, new Ack(id(answer.body()), answer.statusCode(), System.nanoTime()));
                    inDoubt.remove(email);
                } else {
                    failures.put(email, answer.statusCode() + " " + answer.body());
                    inDoubt.remove(email);
                    return;
                }
            } catch (Exception e) {
                // No answer: the lead may or may not have been stored. It stays in doubt.
                return;
            }
        }
    }

    /** Posts the lead with this e-mail (and the same e-mail as its idempotency key). */
    public HttpResponse<String> post(String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", email)
                .POST(HttpRequest.BodyPublishers.ofString(json(email)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static String json(String email) {
        return """
                {"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
                 "Description":"Durability probe","UserDetails":{"FirstName":"Dura","LastName":"Ble","Email":"%s",
                 "Phone":"+44 20","Country":"GB","Company":"Durable Engines","Title":"CTO"}}""".formatted(email);
    }

    public static long id(String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public Map<String, Ack> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    public Set<String> inDoubt() {
        return Set.copyOf(inDoubt);
    }

    /** Answers other than 200 or 201 (none are expected). */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** Stops the threads and waits for them (each finishes its request in flight). */
    public void stop() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(40));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
