package com.publisherportal.testsupport;

import com.publisherportal.Application;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal as a separate JVM, started from the test's own class path with
 * {@link Application}'s main: what a crash test needs, since only another process can be killed
 * with SIGKILL ({@link #kill()}) without killing the test. Its output goes to a log file per start.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PortalProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * Starts the portal with the given Spring arguments (the port is added) and waits until
     * {@code readyPath} answers a POST of {@code readyJson} with something else than 404 (e.g. an
     * intake token that the demo data creates) or, with no path, until the portal is ready: an
     * empty POST to the intake answers 415 (503 while it starts).
     */
    public static PortalProcess start(Path log, Duration timeout, List<String> springArgs, String readyPath)
            throws IOException, InterruptedException {
        PortalProcess portal = launch(log, springArgs);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            portal.requireAlive();
            try {
                HttpRequest probe = readyPath == null
                        ? HttpRequest.newBuilder(URI.create(portal.url("/intake/leads/x")))
                        .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.noBody()).build()
                        : HttpRequest.newBuilder(URI.create(portal.url(readyPath))).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]")).build();
                HttpResponse<Void> answer = http.send(probe, HttpResponse.BodyHandlers.discarding());
                if (readyPath == null ? answer.statusCode() == 415 : answer.statusCode() != 404 && answer.statusCode() != 503) {
                    return portal;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        portal.kill();
        throw new IllegalStateException("The portal did not start within " + timeout + ":\n" + portal.logText());
    }

    /** Starts the portal from the test's class path and returns at once, without waiting for it. */
    public static PortalProcess launch(Path log, List<String> springArgs) throws IOException {
        return launch(log, List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()), springArgs);
    }

    /**
     * Starts the production jar as the README and the image run it, on the context Spring AOT worked
     * out at build time ({@code -Dspring.aot.enabled=true}), and returns at once.
     */
    public static PortalProcess launchProductionJar(Path jar, Path log, List<String> springArgs) throws IOException {
        return launch(log, List.of("-Dspring.aot.enabled=true", "-jar", jar.toString()), springArgs);
    }

    private static PortalProcess launch(Path log, List<String> program, List<String> springArgs) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(program);
        command.addAll(List.of(
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off"));
        command.addAll(springArgs);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PortalProcess(process, port, managementPort, log);
    }

    /** Waits until the management port's readiness probe answers UP (200). */
    public PortalProcess awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive();
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(managementUrl("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("The portal was not ready within " + timeout + ":\n" + logText());
    }

    private void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The portal exited with " + process.exitValue() + ":\n" + logText());
        }
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** An Actuator endpoint on the management port, e.g. {@code /actuator/health/readiness}. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends it): no shutdown hook, no close, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Sends SIGTERM and returns at once: the portal starts its graceful shutdown. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #terminate()}; its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The portal did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** SIGTERM: Spring closes the context and the database, as on an ordinary shutdown. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
