package com.publisherportal.operations;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download under way when the portal is asked to stop (SIGTERM) finishes: the portal waits for
 * it (up to {@code spring.lifecycle.timeout-per-shutdown-phase}) before it closes, and the file
 * arrives whole. The client reads the first part, the stop is sent, the client pauses as a slow
 * link would, then reads the rest.
 */
class GracefulShutdownDownloadTest {

    @TempDir Path temp;
    private PortalProcess portal;

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aDownloadUnderWayWhenThePortalStopsArrivesWhole() throws Exception {
        portal = PortalProcess.launch(temp.resolve("portal.log"), List.of(
                "--portal.data-dir=" + temp.resolve("data"), "--portal.demo-data.enabled=true",
                "--portal.insights.fill-usage-rows=40000"));
        portal.awaitReady(Duration.ofMinutes(4));

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> download = http.send(HttpRequest.newBuilder(
                        URI.create(portal.url("/api/reports/usage?range=12&format=csv")))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            byte[] first = body.readNBytes(64 * 1024);
            portal.terminate();
            Thread.sleep(2_000);
            assertThat(portal.isAlive()).as("the portal waits for the download before it stops").isTrue();
            byte[] rest = body.readAllBytes();
            String csv = new String(first, StandardCharsets.UTF_8) + new String(rest, StandardCharsets.UTF_8);
            long lines = csv.lines().count();
            assertThat(lines).as("rows of the usage report, header included").isGreaterThan(30_000);
            assertThat(csv).as("the file ends with a whole row").endsWith("\r\n");
            assertThat(first.length + rest.length).as("bytes received").isGreaterThan(4 * 64 * 1024);
        }
        assertThat(portal.awaitExit(Duration.ofSeconds(60))).as("exit code after the graceful stop").isIn(0, 143);
        assertThat(portal.logText()).doesNotContain("Graceful shutdown aborted");
    }
}
