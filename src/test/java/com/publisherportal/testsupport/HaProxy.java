package com.publisherportal.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of portal nodes, with the balancing options of docker/haproxy.cfg:
 * sticky sessions by an inserted cookie ({@code PORTALNODE}, the node's name), health checks on
 * each node's readiness probe, and redispatch to another node when the one a session sticks to is
 * down or refuses with 503 (starting or stopping). Skipped when HAProxy is not installed, unless {@code PORTAL_REQUIRE_CLUSTER=true} (CI).
 */
public final class HaProxy implements AutoCloseable {

    public static final String STICKY_COOKIE = "PORTALNODE";
    private static final File HAPROXY = new File("/usr/sbin/haproxy");

    private final Process process;
    private final int port;
    private final Path log;

    private HaProxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static void assumeInstalled() {
        if (!HAPROXY.canExecute() && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_CLUSTER"))) {
            throw new IllegalStateException("PORTAL_REQUIRE_CLUSTER=true but haproxy is not installed");
        }
        Assumptions.assumeTrue(HAPROXY.canExecute(), "Debian haproxy is not installed");
    }

    /** Starts HAProxy balancing over the nodes (name to node), and waits until it listens. */
    public static HaProxy start(Path dir, Map<String, PortalProcess> nodes) throws IOException, InterruptedException {
        assumeInstalled();
        int port = PortalProcess.freePort();
        StringBuilder servers = new StringBuilder();
        new LinkedHashMap<>(nodes).forEach((name, node) -> servers.append(
                "    server %s 127.0.0.1:%d check port %d inter 500ms fall 2 rise 2 cookie %s%n"
                        .formatted(name, node.port(), node.managementPort(), name)));
        String config = """
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    option redispatch 1
                    retries 2
                    retry-on conn-failure empty-response 503
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                %s""".formatted(port, STICKY_COOKIE, servers);
        Files.createDirectories(dir);
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Path log = dir.resolve("haproxy.log");
        Process process = new ProcessBuilder(HAPROXY.getPath(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HaProxy proxy = new HaProxy(process, port, log);
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return proxy;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        proxy.close();
        throw new IllegalStateException("haproxy did not listen on " + port);
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
