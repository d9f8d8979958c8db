package com.publisherportal.operations;

import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal starting with the demo data on an empty database, watched from its first second: until
 * it is ready, its pages and APIs answer 503 with Retry-After (never a 404 for the README's product
 * page, which the demo data is about to create), while the management port already says it is
 * alive but not ready; then the product page answers 200, the readiness probe UP, and
 * {@code /actuator/info} names the build's version and commit.
 */
class StartupReadinessTest {

    private static final String PRODUCT = "/marketplace/product/contoso.contoso-analytics";

    @TempDir Path temp;
    private PortalProcess portal;

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    /** What one round of probes saw; -1 when nothing listened yet. */
    private record Probe(int product, int intake, String intakeRetryAfter, int liveness, int readiness) {
    }

    @Test
    void nothingIsServedBeforeTheDemoDataIsThereAndTheProbesSayWhen() throws Exception {
        portal = PortalProcess.launch(temp.resolve("portal.log"), List.of(
                "--portal.data-dir=" + temp.resolve("data"), "--portal.demo-data.enabled=true"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Probe> probes = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Probe last = null;
        while (System.nanoTime() < deadline && (last == null || last.readiness() != 200 || last.product() != 200)) {
            HttpResponse<String> intake = send(http, HttpRequest.newBuilder(URI.create(portal.url("/intake/leads/x")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            last = new Probe(status(send(http, HttpRequest.newBuilder(URI.create(portal.url(PRODUCT))))),
                    status(intake), intake == null ? null : intake.headers().firstValue("Retry-After").orElse(null),
                    status(send(http, HttpRequest.newBuilder(URI.create(portal.managementUrl("/actuator/health/liveness"))))),
                    status(send(http, HttpRequest.newBuilder(URI.create(portal.managementUrl("/actuator/health/readiness"))))));
            probes.add(last);
            if (intake != null && intake.statusCode() == 503) {
                assertThat(intake.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
            Thread.sleep(20);
        }
        String seen = probes.stream().map(Probe::toString).distinct().toList().toString();
        assertThat(last).as("the last probe, of " + seen).isNotNull();
        assertThat(last.readiness()).as("ready in the end: " + seen).isEqualTo(200);
        assertThat(last.product()).as("the product page in the end").isEqualTo(200);

        assertThat(new TreeSet<>(probes.stream().map(Probe::product).toList()))
                .as("answers for the product page while starting: nothing but 'not listening', 503 and, once ready, 200")
                .isSubsetOf(-1, 503, 200);
        assertThat(probes).as("a moment when the portal was alive but not ready, its pages answering 503: " + seen)
                .anySatisfy(p -> {
                    assertThat(p.liveness()).isEqualTo(200);
                    assertThat(p.readiness()).isEqualTo(503);
                    assertThat(p.product()).isEqualTo(503);
                    assertThat(p.intake()).isEqualTo(503);
                    assertThat(p.intakeRetryAfter()).isNotBlank();
                });
        for (Probe p : probes) {
            if (p.product() == 200 || p.intake() != 503 && p.intake() != -1) {
                assertThat(p.readiness()).as("served only once ready: " + p).isNotEqualTo(503);
            }
        }

        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(portal.managementUrl("/actuator/info"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"version\":\"0.1.0-SNAPSHOT\"", "\"artifact\":\"publisher-portal\"");
        assertThat(info.body()).as("the commit the build came from").containsPattern("\"commit\":\\{.*\"id\":\"[0-9a-f]{7,}");
        // The web port serves none of Actuator.
        assertThat(http.send(HttpRequest.newBuilder(URI.create(portal.url("/actuator/info"))).build(),
                HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("publisher-portal\"");
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException notListening) {
            return null;
        }
    }

    private static int status(HttpResponse<?> response) {
        return response == null ? -1 : response.statusCode();
    }
}
