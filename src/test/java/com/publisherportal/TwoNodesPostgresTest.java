package com.publisherportal;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.SignUpService;
import com.publisherportal.leads.IntakeTokenService;
import com.publisherportal.testsupport.LimitsDatabase;
import com.publisherportal.testsupport.PortalProcess;
import com.publisherportal.testsupport.PostgresTest;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database ({@code <test database>_nodes}, dropped and created anew):
 * node A is this test's Spring context (a web server on a random port), node B the portal as a
 * separate JVM ({@link PortalProcess}) with the same limits. What one node allows, the other
 * counts: an intake burst split over both is cut at the one burst, failed sign-ins from one
 * address spread over both are throttled at the one limit, and an intake token rotated through
 * node A is refused by node B within its cache's time to live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.leads.intake.rate-per-second=0.001", "portal.leads.intake.burst=30",
        "portal.sign-in.max-failures-per-address=6", "portal.leads.intake.token-cache.ttl=PT3S"})
@ActiveProfiles("test")
@ExtendWith(PostgresTest.Reachable.class)
@Import(SignIn.class)
class TwoNodesPostgresTest {

    private static final List<String> LIMITS = List.of(
            "--portal.leads.intake.rate-per-second=0.001", "--portal.leads.intake.burst=30",
            "--portal.sign-in.max-failures-per-address=6", "--portal.leads.intake.token-cache.ttl=PT3S");
    private static final String ADMIN = "admin@portal.example:" + AccountDemoData.PASSWORD;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String url;
    private static PortalProcess nodeB;

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired IntakeTokenService intakeTokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) throws Exception {
        url = LimitsDatabase.PostgresDatabases.fresh("nodes");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", LimitsDatabase.PostgresDatabases::user);
        registry.add("spring.datasource.password", LimitsDatabase.PostgresDatabases::password);
    }

    /** Node B, started once node A (this context) has migrated and seeded the database. */
    private static synchronized PortalProcess nodeB() throws Exception {
        if (nodeB == null) {
            Path dir = Files.createTempDirectory("portal-node-b");
            List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + LimitsDatabase.PostgresDatabases.user(),
                    "--spring.datasource.password=" + LimitsDatabase.PostgresDatabases.password(),
                    "--portal.data-dir=" + dir.resolve("data"), "--portal.demo-data.enabled=true",
                    "--portal.node-name=node-b"));
            args.addAll(LIMITS);
            nodeB = PortalProcess.start(dir.resolve("node-b.log"), Duration.ofSeconds(180), args, null);
        }
        return nodeB;
    }

    @AfterAll
    static void stopNodeB() throws InterruptedException {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String nodeA(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A fresh account's intake token, with a bucket of its own. */
    private String freshToken() {
        String email = "nodes-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@nodes.example";
        var account = signUps.signUp(new SignUpService.SignUp("Nodes Co " + email, "Nodes",
                "nodes-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.get(), "DE", "Nora Nodes", email,
                "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        try {
            return intakeTokens.intakeToken(account.id());
        } finally {
            SignIn.out();
        }
    }

    private HttpResponse<String> postLead(String base, String token) throws Exception {
        String email = "lead-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@x.example";
        String lead = """
                {"ActionCode":"INS","OfferTitle":"Nodes","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
                 "UserDetails":{"FirstName":"Ada","LastName":"Lovelace","Email":"%s","Company":"Engines"}}""".formatted(email);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/intake/leads/" + token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lead)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anIntakeBurstSplitOverBothNodesIsCutAtTheOneBurst() throws Exception {
        PortalProcess b = nodeB();
        String token = freshToken();
        Map<String, Integer> answers = new TreeMap<>();
        int created = 0;
        for (int i = 0; i < 60; i++) {
            String base = i % 2 == 0 ? nodeA("") : b.url("");
            HttpResponse<String> answer = postLead(base, token);
            answers.merge((i % 2 == 0 ? "A " : "B ") + answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 201) {
                created++;
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
                assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                        v -> assertThat(Long.parseLong(v)).isPositive());
            }
        }
        assertThat(created).as("leads accepted of 60 posted alternately to A and B: %s", answers).isEqualTo(30);
        assertThat(answers).containsKeys("A 429", "B 429");
    }

    private HttpResponse<String> adminCall(String base, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/backups"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void failedSignInsFromOneAddressSpreadOverBothNodesAreThrottledAtTheOneLimit() throws Exception {
        PortalProcess b = nodeB();
        // The administrator's right password works on both (PostgreSQL: 409, use pg_dump).
        assertThat(adminCall(nodeA(""), ADMIN).statusCode()).isEqualTo(409);
        assertThat(adminCall(b.url(""), ADMIN).statusCode()).isEqualTo(409);
        // Three failures through each node (unknown e-mails: no account counts them), six in all.
        for (int i = 0; i < 3; i++) {
            assertThat(adminCall(nodeA(""), "nobody-a" + i + "@nowhere.example:wrong").statusCode()).isEqualTo(401);
            assertThat(adminCall(b.url(""), "nobody-b" + i + "@nowhere.example:wrong").statusCode()).isEqualTo(401);
        }
        // Each node saw three, fewer than its limit of six; together they saw six: the address is throttled on both.
        assertThat(adminCall(nodeA(""), ADMIN).statusCode()).as("node A, right password").isEqualTo(401);
        assertThat(adminCall(b.url(""), ADMIN).statusCode()).as("node B, right password").isEqualTo(401);
    }

    @Test
    void anIntakeTokenRotatedThroughNodeAIsRefusedByNodeBWithinTheCacheTime() throws Exception {
        PortalProcess b = nodeB();
        String email = "rotate-" + System.nanoTime() + "@nodes.example";
        var account = signUps.signUp(new SignUpService.SignUp("Rotate Nodes " + email, "Rotate",
                "rot-" + System.nanoTime() % 1_000_000, "FR", "Rita", email, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        String old = intakeTokens.intakeToken(account.id());
        SignIn.out();
        // Node B accepts the token and remembers it.
        assertThat(postLead(b.url(""), old).statusCode()).isEqualTo(201);
        assertThat(postLead(b.url(""), old).statusCode()).isEqualTo(201);

        signIn.as(email);
        String rotated = intakeTokens.rotateToken(account.id());
        SignIn.out();
        long rotatedAt = System.nanoTime();
        assertThat(postLead(nodeA(""), old).statusCode()).as("node A, which rotated it").isEqualTo(404);
        int lastOnB;
        do {
            lastOnB = postLead(b.url(""), old).statusCode();
        } while (lastOnB == 201 && System.nanoTime() - rotatedAt < Duration.ofSeconds(10).toNanos());
        long refusedAfterMillis = (System.nanoTime() - rotatedAt) / 1_000_000;
        assertThat(lastOnB).as("node B's answer to the old token").isEqualTo(404);
        assertThat(refusedAfterMillis).as("ms until node B refused the old token (cache time to live 3 s)")
                .isLessThan(3_000 + 1_000);
        assertThat(postLead(b.url(""), rotated).statusCode()).as("node B, the new token").isEqualTo(201);
    }
}
