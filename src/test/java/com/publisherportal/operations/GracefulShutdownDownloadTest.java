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
        HttpRequest report = HttpRequest.newBuilder(URI.create(portal.url("/api/reports/usage?range=12&format=csv")))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY).build();
        // The same report downloaded without a stop: what the interrupted download must equal.
        String whole = http.send(report, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(whole.lines().count()).as("rows of the usage report, header included").isGreaterThan(20_000);

        HttpResponse<InputStream> download = http.send(report, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            byte[] first = body.readNBytes(64 * 1024);
            portal.terminate();
            Thread.sleep(2_000);
            assertThat(portal.isAlive()).as("the portal waits for the download before it stops").isTrue();
            byte[] rest = body.readAllBytes();
            assertThat(rest.length).as("bytes still to come when the stop was sent").isGreaterThan(4 * 64 * 1024);
            byte[] all = new byte[first.length + rest.length];
            System.arraycopy(first, 0, all, 0, first.length);
            System.arraycopy(rest, 0, all, first.length, rest.length);
            String csv = new String(all, StandardCharsets.UTF_8);
            assertThat(csv.lines().count()).as("rows received").isEqualTo(whole.lines().count());
            assertThat(csv).as("the download across the stop is the whole report").isEqualTo(whole);
        }
        assertThat(portal.awaitExit(Duration.ofSeconds(60))).as("exit code after the graceful stop").isIn(0, 143);
        assertThat(portal.logText()).doesNotContain("Graceful shutdown aborted");
    }
}
