package com.publisherportal.backup;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.testsupport.LeadPoster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online backup of a running portal on its H2 file, taken while leads keep arriving over HTTP,
 * restored with {@code bin/portal-restore.sh} into a fresh directory and opened there: every lead
 * that got its 201 before the backup was asked for is in the copy, with its id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.leads.intake.rate-per-second=1000000", "portal.leads.intake.burst=1000000"})
@ActiveProfiles("test")
class BackupHttpTest {

    static final Path DIR = temp();
    static final String ADMIN = "admin@portal.example";
    private static final Pattern NAME = Pattern.compile("\"name\":\"([^\"]+)\"");
    private static final Pattern SIZE = Pattern.compile("\"sizeBytes\":(\\d+)");

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private static Path temp() {
        try {
            return Files.createTempDirectory("portal-backup-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running portal on a file H2 (the shipped URL's settings) in a temporary data directory. */
    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DIR.resolve("data").toString());
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + DIR.resolve("data/portal") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @AfterAll
    static void removeTemp() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    HttpResponse<String> backup(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/backups"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBackupTakenMidIntakeHoldsEveryLeadAcknowledgedBeforeItAndRestoresIntoAFreshDirectory() throws Exception {
        LeadPoster poster = new LeadPoster("http://localhost:" + port + "/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN,
                "backup-" + Long.toHexString(System.nanoTime())).start(4);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (poster.acknowledgedCount() < 200 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        long backupAsked = System.nanoTime();
        HttpResponse<String> created = backup(basic(ADMIN, AccountDemoData.PASSWORD));
        long backupAnswered = System.nanoTime();
        Thread.sleep(300);
        poster.stop();
        assertThat(poster.failures()).isEmpty();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String name = group(NAME, created.body());
        long size = Long.parseLong(group(SIZE, created.body()));
        assertThat(name).matches("portal-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip");
        Path zip = DIR.resolve("data/backups").resolve(name);
        assertThat(zip).exists();
        assertThat(Files.size(zip)).isEqualTo(size);
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial file left").containsExactly(name);
        }

        Map<String, LeadPoster.Ack> before = poster.acknowledged().entrySet().stream()
                .filter(e -> e.getValue().answeredAtNanos() < backupAsked)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long during = poster.acknowledged().values().stream()
                .filter(a -> a.answeredAtNanos() >= backupAsked && a.answeredAtNanos() <= backupAnswered).count();
        assertThat(before).hasSizeGreaterThanOrEqualTo(200);
        assertThat(during).as("leads kept being acknowledged while the backup ran (it is online)").isPositive();

        // The restore script refuses a directory that is not empty ...
        Path occupied = Files.createDirectories(DIR.resolve("occupied"));
        Files.writeString(occupied.resolve("portal.mv.db"), "not to be overwritten");
        Process refused = restore(zip, occupied);
        assertThat(refused.exitValue()).as(output(refused)).isEqualTo(1);
        assertThat(Files.readString(occupied.resolve("portal.mv.db"))).isEqualTo("not to be overwritten");

        // ... and restores into a new one, which opens with plain JDBC and holds every lead acknowledged before.
        Path restored = DIR.resolve("restored/data");
        Process done = restore(zip, restored);
        assertThat(done.exitValue()).as(output(done)).isZero();
        Map<String, Long> found = new HashMap<>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("portal"), "sa", "");
             var statement = connection.prepareStatement("SELECT email, id FROM sales_lead WHERE email LIKE 'backup-%'");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                found.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<String, String> missing = new TreeMap<>();
        before.forEach((email, ack) -> {
            if (!Long.valueOf(ack.id()).equals(found.get(email))) {
                missing.put(email, "acknowledged as " + ack.id() + ", in the backup: " + found.get(email));
            }
        });
        String report = "%d leads acknowledged before the backup was asked, %d while it ran; backup %s, %d bytes, %s"
                .formatted(before.size(), during, name, size, created.body());
        System.out.println("[backup-test] " + report);
        assertThat(missing).as("leads acknowledged before the backup but not in it (" + report + ")").isEmpty();
    }

    @Test
    void onlyAnAdministratorMayBackUp() throws Exception {
        HttpResponse<String> anonymous = backup(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(backup(basic(ADMIN, "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(backup("Bearer " + com.publisherportal.demo.AccountDemoData.CONTOSO_API_KEY).statusCode())
                .as("a publisher's API key").isEqualTo(401);
        HttpResponse<String> owner = backup(basic("owner@contoso.example", AccountDemoData.PASSWORD));
        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(403);
        assertThat(owner.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> staff = backup(basic("reviewer@portal.example", AccountDemoData.PASSWORD));
        assertThat(staff.statusCode()).as("staff who are not administrators").isEqualTo(403);
    }

    private static Process restore(Path zip, Path target) throws Exception {
        Path script = Path.of("bin/portal-restore.sh").toAbsolutePath();
        Process process = new ProcessBuilder("bash", script.toString(), zip.toString(), target.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
