package com.publisherportal.operations;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.testsupport.LeadPoster;
import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests under way when the portal is asked to stop (SIGTERM) finish: the portal waits for them
 * (up to {@code spring.lifecycle.timeout-per-shutdown-phase}) before it closes. Two are made to be
 * under way for certain, over plain sockets: a lead whose body is only half sent, and a download
 * read through a small receive window. The stop is sent, the portal must still be alive 2 s later,
 * then the lead's body is completed (answer 201, stored) and the download read to its end (equal
 * to the same report downloaded whole before).
 */
class GracefulShutdownTest {

    private static final String REPORT = "/api/reports/usage?range=12&format=csv";

    @TempDir Path temp;
    private PortalProcess portal;

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aLeadAndADownloadUnderWayWhenThePortalStopsBothFinish() throws Exception {
        portal = PortalProcess.launch(temp.resolve("portal.log"), List.of(
                "--portal.data-dir=" + temp.resolve("data"), "--portal.demo-data.enabled=true",
                "--portal.insights.fill-usage-rows=40000"));
        portal.awaitReady(Duration.ofMinutes(4));

        HttpClient http = HttpClient.newHttpClient();
        String whole = http.send(HttpRequest.newBuilder(URI.create(portal.url(REPORT)))
                        .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(whole.lines().count()).as("rows of the usage report, header included").isGreaterThan(20_000);

        String email = "graceful-" + Long.toHexString(System.nanoTime()) + "@durable.example";
        byte[] lead = LeadPoster.json(email).getBytes(StandardCharsets.UTF_8);
        try (Socket intake = connect(64 * 1024); Socket download = connect(8 * 1024)) {
            // A lead whose body is half sent: the portal is reading it.
            OutputStream toIntake = intake.getOutputStream();
            toIntake.write(("POST /intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nIdempotency-Key: " + email + "\r\nContent-Length: " + lead.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toIntake.write(lead, 0, lead.length / 2);
            toIntake.flush();
            // A download read slowly: the portal is writing it.
            download.getOutputStream().write(("GET " + REPORT + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + AccountDemoData.CONTOSO_API_KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream fromDownload = download.getInputStream();
            byte[] first = fromDownload.readNBytes(64 * 1024);
            Thread.sleep(500);

            portal.terminate();
            Thread.sleep(2_000);
            assertThat(portal.isAlive()).as("the portal waits for the requests under way before it stops").isTrue();

            toIntake.write(lead, lead.length / 2, lead.length - lead.length / 2);
            toIntake.flush();
            String answer = new String(intake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as("the lead's answer").startsWith("HTTP/1.1 201");

            byte[] rest = fromDownload.readAllBytes();
            assertThat(rest.length).as("bytes still to come when the stop was sent").isGreaterThan(256 * 1024);
            byte[] all = Arrays.copyOf(first, first.length + rest.length);
            System.arraycopy(rest, 0, all, first.length, rest.length);
            assertThat(body(all)).as("the download across the stop is the whole report").isEqualTo(whole);
        }
        assertThat(portal.awaitExit(Duration.ofSeconds(60))).as("exit code after the graceful stop").isIn(0, 143);
        assertThat(portal.logText()).doesNotContain("Graceful shutdown aborted");

        // The lead was stored: posted again with its key after a restart, it is a repeat (200).
        portal = PortalProcess.start(temp.resolve("restart.log"), Duration.ofMinutes(3), List.of(
                "--portal.data-dir=" + temp.resolve("data"), "--portal.demo-data.enabled=true"), null);
        assertThat(new LeadPoster(portal.url("/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN), "graceful")
                .post(email).statusCode()).as("the lead posted again after the restart").isEqualTo(200);
    }

    /** A socket whose receive window is small, so a large answer stays under way on the server. */
    private Socket connect(int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress("127.0.0.1", portal.port()));
        return socket;
    }

    /** The body of a raw HTTP/1.1 answer, de-chunked. */
    private static String body(byte[] answer) {
        int start = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0) + 4;
        String head = new String(answer, 0, start, StandardCharsets.US_ASCII);
        assertThat(head).startsWith("HTTP/1.1 200");
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return new String(answer, start, answer.length - start, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = start;
        while (true) {
            int lineEnd = indexOf(answer, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int size = Integer.parseInt(new String(answer, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(answer, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalStateException("not found");
    }
}
