package bench.load;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load client that behaves like browsers on the portal's Vaadin UI (issue 20): virtual users
 * (virtual threads) sign in through the login form, keep their session and one tab's Vaadin
 * state, and work through journeys with think time; at the end they stay signed in and idle
 * (heartbeats only) for {@code --hold} seconds, then leave their pages (the unload beacon).
 *
 * <pre>
 * java -cp CLASSPATH bench.load.LoadClient --base http://127.0.0.1:8112 --users 50 --ramp 20 --duration 60 \
 *      [--think 3-8] [--mix owner:6,reviewer:1,visitor:3] [--hold 0] [--idle-marker FILE] [--csv FILE]
 *      [--timeout 30] [--seed 1] [--trace owner|reviewer|visitor]
 * </pre>
 * {@code --trace J} runs journey J once for one user without think time and prints one line per
 * request ({@link Protocol#describe}), for the comparison with Chromium's recording.
 */
public final class LoadClient {

    private static final String PASSWORD = "portal-demo-2026";
    static final List<String> STOREFRONT = List.of("contoso.contoso-analytics", "contoso.contoso-advisory",
            "fabrikam.fabrikam-backup");

    private final Map<String, String> opts;
    private final Stats stats = new Stats();
    private final HttpClient http;
    private final String base;
    private final int thinkMin;
    private final int thinkMax;
    private volatile boolean running = true;
    private volatile boolean holding = true;
    private final boolean tracing;

    private LoadClient(Map<String, String> opts) {
        this.opts = opts;
        this.base = opts.getOrDefault("base", "http://127.0.0.1:8112");
        String[] think = opts.getOrDefault("think", "3-8").split("-");
        this.thinkMin = (int) (Double.parseDouble(think[0]) * 1000);
        this.thinkMax = (int) (Double.parseDouble(think[think.length - 1]) * 1000);
        this.tracing = opts.containsKey("trace");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public static void main(String[] args) throws Exception {
        // Drop pooled connections before the portal's Tomcat closes them (its keep-alive timeout is
        // 20 s or more): a POST on a connection the server just closed would fail, not be retried.
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
                opts.put(key, value);
            }
        }
        LoadClient client = new LoadClient(opts);
        if (client.tracing) {
            client.trace(opts.get("trace"));
        } else {
            client.run();
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- trace mode

    private void trace(String journey) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        User user = new User(0, journey, http, base, stats, Duration.ofSeconds(30), 1, lines::add);
        Journey j = new Journey(user, this, lines::add);
        j.start();
        j.iteration();
        lines.add("## leave");
        user.tab.unload("leave");
        lines.forEach(System.out::println);
        stats.stop();
        stats.print(System.err, null);
        if (opts.containsKey("out")) {
            Files.write(Path.of(opts.get("out")), lines);
        }
    }

    // ---------------------------------------------------------------- load mode

    private void run() throws Exception {
        int users = Integer.parseInt(opts.getOrDefault("users", "10"));
        double ramp = Double.parseDouble(opts.getOrDefault("ramp", "10"));
        double duration = Double.parseDouble(opts.getOrDefault("duration", "60"));
        double hold = Double.parseDouble(opts.getOrDefault("hold", "0"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("timeout", "30")));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        List<String> kinds = mix(opts.getOrDefault("mix", "owner:6,reviewer:1,visitor:3"), users);
        PrintStream out = System.out;
        out.printf("load client: %s, %d users (%s), ramp %.0f s, measured %.0f s, think %d-%d ms, hold %.0f s%n", base, users,
                counts(kinds), ramp, duration, thinkMin, thinkMax, hold);

        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch idle = new CountDownLatch(users);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicInteger open = new AtomicInteger();
        AtomicInteger failedStart = new AtomicInteger();
        List<User> all = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        stats.reset();
        for (int i = 0; i < users; i++) {
            int n = i;
            long startAt = (long) (ramp * 1000 * i / Math.max(1, users));
            threads.submit(() -> {
                User user = new User(n, kinds.get(n), http, base, stats, timeout, seed * 1_000_003L + n, null);
                all.add(user);
                try {
                    Thread.sleep(startAt);
                    Journey j = new Journey(user, this, null);
                    boolean started = false;
                    for (int attempt = 0; attempt < 3 && !started && running; attempt++) {
                        started = j.start();
                    }
                    if (started) {
                        open.incrementAndGet();
                        while (running) {
                            j.iteration();
                        }
                    } else {
                        failedStart.incrementAndGet();
                    }
                    idle.countDown();
                    // Idle with the page open: heartbeats only, until told to leave.
                    while (holding && user.tab != null && !user.tab.closed) {
                        j.idle();
                    }
                    leave.await();
                    if (user.tab != null) {
                        user.tab.unload("unload");
                        stats.done("unload", null);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    stats.done("client-error", e.toString());
                    idle.countDown();
                }
                return null;
            });
        }
        // The ramp (sign-ins, first pages) is reported apart; the measured phase has every user working.
        long rampEnd = t0 + (long) (ramp * 1e9);
        while (System.nanoTime() < rampEnd) {
            Thread.sleep(100);
        }
        stats.stop();
        out.println("ramp-up phase:");
        stats.print(out, opts.containsKey("ramp-csv") ? Path.of(opts.get("ramp-csv")) : null);
        out.println();
        out.flush();
        stats.reset();
        if (opts.containsKey("measure-marker")) {
            Files.writeString(Path.of(opts.get("measure-marker")), "measuring\n");
        }
        long endAt = rampEnd + (long) (duration * 1e9);
        while (System.nanoTime() < endAt) {
            Thread.sleep(200);
        }
        running = false;
        idle.await(Math.max(60, thinkMax / 1000 * 4), java.util.concurrent.TimeUnit.SECONDS);
        stats.stop();
        Path csv = Path.of(opts.getOrDefault("csv", "load-results.csv"));
        out.println("measured phase (every user started), until the last step ended:");
        stats.print(out, csv);
        out.printf("sessions open and idle: %d of %d users (%d could not start); CSV %s%n", open.get(), users,
                failedStart.get(), csv.toAbsolutePath());
        out.printf("client CPU so far: %.1f s%n", cpuSeconds());
        out.flush();
        if (opts.containsKey("idle-marker")) {
            Files.writeString(Path.of(opts.get("idle-marker")), open.get() + "\n");
        }
        long holdUntil = System.nanoTime() + (long) (hold * 1e9);
        Path release = opts.containsKey("release-file") ? Path.of(opts.get("release-file")) : null;
        while (System.nanoTime() < holdUntil && (release == null || !Files.exists(release))) {
            Thread.sleep(200);
        }
        // Leave the pages: every tab's unload beacon.
        stats.reset();
        holding = false;
        leave.countDown();
        threads.shutdown();
        threads.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS);
        stats.stop();
        out.println();
        out.println("leaving the pages (unload beacons):");
        stats.print(out, null);
        out.printf("client CPU total: %.1f s%n", cpuSeconds());
    }

    static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
    }

    /** The journeys by weight, spread over the users in a fixed interleaved order. */
    static List<String> mix(String spec, int users) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split(":");
            weights.put(kv[0].trim(), kv.length > 1 ? Integer.parseInt(kv[1].trim()) : 1);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<String> kinds = new ArrayList<>();
        double[] credit = new double[weights.size()];
        List<String> names = new ArrayList<>(weights.keySet());
        for (int i = 0; i < users; i++) {
            int best = 0;
            for (int k = 0; k < names.size(); k++) {
                credit[k] += (double) weights.get(names.get(k)) / total;
                if (credit[k] > credit[best]) {
                    best = k;
                }
            }
            credit[best] -= 1;
            kinds.add(names.get(best));
        }
        return kinds;
    }

    private static String counts(List<String> kinds) {
        Map<String, Integer> c = new LinkedHashMap<>();
        kinds.forEach(k -> c.merge(k, 1, Integer::sum));
        return c.toString();
    }

    boolean running() {
        return running || tracing;
    }

    Stats stats() {
        return stats;
    }

    String password() {
        return PASSWORD;
    }

    long think(java.util.Random random) {
        return tracing ? 0 : thinkMin + (thinkMax > thinkMin ? random.nextInt(thinkMax - thinkMin) : 0);
    }
}
