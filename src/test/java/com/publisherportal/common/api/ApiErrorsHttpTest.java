package com.publisherportal.common.api;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.SignUpService;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.leads.IntakeTokenService;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure of {@code /api/**} and {@code /intake/**} is an API answer: problem JSON with the
 * right status, never a redirect to the sign-in page or an HTML page, whatever the client accepts.
 * Same context as LeadIntakeHttpTest (same annotations), so no extra start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
@TestPropertySource(properties = {"portal.leads.intake.rate-per-second=1", "portal.leads.intake.burst=40"})
class ApiErrorsHttpTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String KEY = AccountDemoData.CONTOSO_API_KEY;
    private static final String LEAD = """
            {"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
             "UserDetails":{"FirstName":"Ada","LastName":"Lovelace","Email":"%s","Country":"GB","Company":"AE"}}""";

    @LocalServerPort int port;
    @Autowired SignUpService signUps;
    @Autowired SignIn signIn;
    @Autowired IntakeTokenService intakeTokens;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> send(String method, String path, String key, String accept, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return send("GET", path, KEY, accept, null, null);
    }

    /** A problem answer: the status, problem JSON, no redirect, no HTML. */
    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()
                + " -> " + response.headers().map() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContainIgnoringCase("<html");
    }

    @Test
    void badParametersAre400() throws Exception {
        assertProblem(get("/api/reports/orders?from=%2B999999999-12&to=%2B999999999-12", null), 400);
        assertProblem(get("/api/reports/orders?from=-999999999-01&to=-999999999-01", null), 400);
        assertProblem(get("/api/reports/orders?from=2025-13", null), 400);
        assertProblem(get("/api/leads?includeTestLeads=maybe", null), 400);
        assertProblem(get("/api/leads?includeTestLeads=maybe", "text/html"), 400);
        assertProblem(get("/api/leads?from=%2B999999999-12-31", null), 400);
        assertProblem(get("/api/leads?to=%2B999999999-12-31T23:59:59Z", "text/html,application/xhtml+xml"), 400);
        // Refused before Spring MVC (by the security firewall, through the container's error page).
        assertProblem(get("/api/leads%3Bx", "text/html"), 400);
        assertProblem(send("POST", "/intake/leads/x%3B", null, "text/html", "application/json", "{}"), 400);
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertProblem(get("/api/nope", null), 404);
        assertProblem(get("/api/nope", "text/html"), 404);
        assertProblem(get("/api/reports/nope", null), 404);
        assertProblem(send("POST", "/intake/nope", null, null, "application/json", "{}"), 404);
        assertProblem(send("GET", "/intake/leads/", null, "text/html", null, null), 404);
        // Without a key, an unknown API path is first of all unauthenticated.
        assertProblem(send("GET", "/api/nope", null, "text/html", null, null), 401);
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> post = send("POST", "/api/leads", KEY, null, "application/json", "{}");
        assertProblem(post, 405);
        assertThat(post.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
        assertProblem(send("DELETE", "/api/reports/orders", KEY, "text/html", null, null), 405);
        assertProblem(send("GET", "/api/attribution/check", KEY, null, null, null), 405);
        HttpResponse<String> intakeGet = send("GET", "/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN, null,
                "text/html", null, null);
        assertProblem(intakeGet, 405);
        assertThat(intakeGet.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
    }

    @Test
    void tooLargeWrongMediaTypeAndTooManyAre413_415_429() throws Exception {
        String token = LeadDemoData.CONTOSO_INTAKE_TOKEN;
        String big = "{\"ActionCode\":\"PLT\",\"Description\":\"" + "x".repeat(LeadIntakeService.MAX_BODY_BYTES) + "\"}";
        assertProblem(send("POST", "/intake/leads/" + token, null, "text/html", "application/json", big), 413);
        assertProblem(send("POST", "/intake/leads/" + token, null, "text/html", "text/plain", "hello"), 415);
        assertProblem(send("POST", "/api/attribution/check", KEY, null, "text/plain", "hello"), 415);
        // The checker answers only JSON: a client that accepts nothing else hears so, as a problem.
        assertProblem(send("POST", "/api/attribution/check", KEY, "text/html", "application/json", "{}"), 406);

        String fresh = freshToken();
        HttpResponse<String> last = null;
        for (int i = 0; i < 60 && (last == null || last.statusCode() != 429); i++) {
            last = send("POST", "/intake/leads/" + fresh, null, null, "application/json",
                    LEAD.formatted("burst-" + SEQUENCE.incrementAndGet() + "@x.example"));
        }
        assertProblem(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void authenticationAndScopeFailuresAreProblems() throws Exception {
        assertProblem(send("GET", "/api/reports/orders", null, "text/html", null, null), 401);
        assertProblem(send("GET", "/api/reports/orders", "ppk_nope0000_NotAKeyAtAllNotAKeyAtAll", null, null, null), 401);
    }

    private String freshToken() {
        String email = "errors-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@errors.example";
        var account = signUps.signUp(new SignUpService.SignUp("Errors Co " + email, "Errors Co",
                "errors-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet(), "DE", "Eve Errors", email,
                "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        String token = intakeTokens.intakeToken(account.id());
        SignIn.out();
        return token;
    }
}
