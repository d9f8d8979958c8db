package bench.load;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Per step: executions, errors (with their reasons), and every request's server round trip in
 * an HdrHistogram (1 µs .. 60 s, 3 digits). Only the measured phase is kept: {@link #reset()} at its start.
 */
final class Stats {

    static final class Step {
        final Histogram rtt = new Histogram(60_000_000L, 3);
        long count;
        long errors;
        long requests;
        final Map<String, Long> reasons = new ConcurrentSkipListMap<>();
    }

    private final Map<String, Step> steps = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private volatile long startNanos = System.nanoTime();
    private volatile long endNanos;
    private volatile boolean recording = true;

    private Step step(String name) {
        return steps.computeIfAbsent(name, n -> {
            synchronized (order) {
                order.add(n);
            }
            return new Step();
        });
    }

    void request(String name, long nanos) {
        if (!recording) {
            return;
        }
        Step s = step(name);
        synchronized (s) {
            s.requests++;
            s.rtt.recordValue(Math.max(1, Math.min(nanos / 1000, 60_000_000L)));
        }
    }

    void done(String name, String error) {
        if (!recording) {
            return;
        }
        Step s = step(name);
        synchronized (s) {
            s.count++;
            if (error != null) {
                s.errors++;
                s.reasons.merge(error.length() > 90 ? error.substring(0, 90) : error, 1L, Long::sum);
            }
        }
    }

    void reset() {
        steps.clear();
        synchronized (order) {
            order.clear();
        }
        startNanos = System.nanoTime();
        recording = true;
    }

    void stop() {
        endNanos = System.nanoTime();
        recording = false;
    }

    double seconds() {
        return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    void print(PrintStream out, Path csv) throws IOException {
        double secs = seconds();
        List<String> names;
        synchronized (order) {
            names = new ArrayList<>(order);
        }
        Step total = new Step();
        List<String> lines = new ArrayList<>();
        lines.add("step,count,requests,requests_per_s,p50_ms,p95_ms,p99_ms,max_ms,errors");
        out.printf("%-16s %7s %8s %8s %8s %8s %8s %8s %7s%n", "step", "count", "requests", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        for (String n : names) {
            Step s = steps.get(n);
            if (s == null) {
                continue;
            }
            synchronized (s) {
                line(out, lines, n, s, secs);
                total.rtt.add(s.rtt);
                total.count += s.count;
                total.requests += s.requests;
                total.errors += s.errors;
                s.reasons.forEach((k, v) -> total.reasons.merge(n + ": " + k, v, Long::sum));
            }
        }
        line(out, lines, "TOTAL", total, secs);
        out.printf("measured %.1f s%n", secs);
        if (!total.reasons.isEmpty()) {
            out.println("errors by reason:");
            total.reasons.forEach((k, v) -> out.printf("  %6d  %s%n", v, k));
        }
        if (csv != null) {
            Files.write(csv, lines);
        }
    }

    private static void line(PrintStream out, List<String> csv, String name, Step s, double secs) {
        double rps = s.requests / secs;
        double p50 = s.rtt.getValueAtPercentile(50) / 1000.0;
        double p95 = s.rtt.getValueAtPercentile(95) / 1000.0;
        double p99 = s.rtt.getValueAtPercentile(99) / 1000.0;
        double max = s.rtt.getMaxValue() / 1000.0;
        out.printf("%-16s %7d %8d %8.2f %8.1f %8.1f %8.1f %8.1f %7d%n", name, s.count, s.requests, rps, p50, p95, p99, max,
                s.errors);
        csv.add(String.format(java.util.Locale.ROOT, "%s,%d,%d,%.3f,%.2f,%.2f,%.2f,%.2f,%d", name, s.count, s.requests, rps,
                p50, p95, p99, max, s.errors));
    }
}
