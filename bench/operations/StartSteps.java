import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a start's time goes, step by step: starts the portal as its own main method does, with
 * Spring's step recorder (BufferingApplicationStartup), and prints when the context is ready:
 * the tree of steps (bean creation, the web server, Flyway, ...) that took at least MIN_MS, each
 * with its own time without its children, then the CPU each of the JVM's threads used so far
 * (the JIT's compiler threads beside the main thread). A JFR recording tripled the start it
 * measured; this recorder adds little (about 0.1 s). Run by start-steps.sh.
 */
public class StartSteps {

    private record Step(long id, Long parent, String name, String tags, long ms, Instant start) {
    }

    public static void main(String[] args) throws Exception {
        long minMs = Long.getLong("minMs", 15);
        Class<?> application = Class.forName("com.publisherportal.Application");
        SpringApplication portal = new SpringApplication(application);
        // The main class names the ahead-of-time context (Application__ApplicationContextInitializer).
        portal.setMainApplicationClass(application);
        var profiles = Class.forName("com.publisherportal.AheadOfTimeProfiles").getDeclaredConstructor();
        profiles.setAccessible(true);
        portal.addListeners((ApplicationListener<?>) profiles.newInstance());
        var recorder = new BufferingApplicationStartup(100_000);
        portal.setApplicationStartup(recorder);
        portal.run(args);
        Map<String, Long> cpuByThread = cpuByThread();

        List<Step> steps = new ArrayList<>();
        Map<Long, Long> childrenMs = new HashMap<>();
        for (var event : recorder.getBufferedTimeline().getEvents()) {
            var step = event.getStartupStep();
            StringBuilder tags = new StringBuilder();
            step.getTags().forEach(tag -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
            long ms = event.getDuration().toMillis();
            steps.add(new Step(step.getId(), step.getParentId(), step.getName(), tags.toString(), ms, event.getStartTime()));
            if (step.getParentId() != null) {
                childrenMs.merge(step.getParentId(), ms, Long::sum);
            }
        }
        Map<Long, Long> parents = new HashMap<>();
        steps.forEach(step -> parents.put(step.id(), step.parent()));
        steps.sort(Comparator.comparing(Step::start));
        System.out.printf("%n== steps of at least %d ms: total, own (without children), name%n", minMs);
        for (Step step : steps) {
            if (step.ms() < minMs) {
                continue;
            }
            int depth = 0;
            for (Long parent = step.parent(); parent != null; parent = parents.get(parent)) {
                depth++;
            }
            String tags = step.tags().length() > 120 ? step.tags().substring(0, 120) + "…" : step.tags();
            System.out.printf("%6d %6d %s%s%s%n", step.ms(), step.ms() - childrenMs.getOrDefault(step.id(), 0L),
                    "  ".repeat(depth), step.name(), tags);
        }
        System.out.println("\n== CPU ms per thread (name without its number) from the JVM's start to a started context");
        cpuByThread.entrySet().stream().filter(entry -> entry.getValue() >= 50)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("%6d %s%n", entry.getValue(), entry.getKey()));
        System.exit(0);
    }

    private static Map<String, Long> cpuByThread() throws java.io.IOException {
        Map<String, Long> cpu = new TreeMap<>();
        long msPerTick = 10; // USER_HZ is 100 on Linux
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#-]?\\d+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, fields 14 and 15 of stat: 12 and 13 after the name.
                    cpu.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * msPerTick, Long::sum);
                } catch (java.io.IOException ended) {
                    // The thread ended while we looked.
                }
            }
        }
        return cpu;
    }
}
