package com.publisherportal.leads;

import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake endpoint and the leads API over real HTTP: every answer the marketplace or a CRM can get. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
@TestPropertySource(properties = {"portal.leads.intake.rate-per-second=1", "portal.leads.intake.burst=40"})
class LeadIntakeHttpTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired LeadIntakeService intake;
    @Autowired IntakeTokenService intakeTokens;
    @Autowired LeadService leads;
    @Autowired TestLeadSender testLeads;
    @Autowired PublisherAccountRepository accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String lead(String email) {
        return """
                {"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
                 "Description":"Wants 20 seats","UnknownTopLevel":{"nested":[1,2]},
                 "UserDetails":{"FirstName":"Ada","LastName":"Lovelace","Email":"%s","Phone":"+44 20","Country":"GB",
                 "Company":"Analytical Engines","Title":"CTO","Extra":"ignored"}}""".formatted(email);
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    HttpResponse<String> post(String token, String contentType, HttpRequest.BodyPublisher body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/intake/leads/" + token))
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String token, String json) throws IOException, InterruptedException {
        return post(token, "application/json", HttpRequest.BodyPublishers.ofString(json), null);
    }

    static long id(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    long contosoId() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    String freshToken() {
        String email = unique("owner") + "@http.example";
        var account = signUps.signUp(new SignUpService.SignUp("Http Co " + email, "Http Co", unique("pub"), "DE",
                "Olga Owner", email, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        String token = intakeTokens.intakeToken(account.id());
        SignIn.out();
        return token;
    }

    @Test
    void aLeadIsAnswered201WithItsIdOnceCommittedAndARepeat200WithTheSameId() throws Exception {
        String email = unique("ada") + "@engines.example";
        HttpResponse<String> created = post(LeadDemoData.CONTOSO_INTAKE_TOKEN, lead(email));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"created\":true");
        long id = id(created);
        signIn.as("owner@contoso.example");
        Lead lead = leads.lead(contosoId(), id);
        assertThat(lead.email()).isEqualTo(email);
        assertThat(lead.offerName()).isEqualTo("Contoso Analytics");
        assertThat(lead.jobTitle()).isEqualTo("CTO");

        HttpResponse<String> repeat = post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(lead(email)), null);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(id(repeat)).isEqualTo(id);
        assertThat(repeat.body()).contains("\"repeatCount\":1");
        // Every field may be missing.
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "{}").statusCode()).isEqualTo(201);
    }

    @Test
    void malformedJsonOrAWrongShapeIs400WithAProblemDescription() throws Exception {
        for (String body : List.of("{\"ActionCode\":", "not json", "", "[1,2,3]", "\"text\"",
                "{\"UserDetails\":\"Ada\"}", "{\"ActionCode\":{\"a\":1}}", "{\"UserDetails\":{\"Email\":[\"x\"]}}")) {
            HttpResponse<String> response = post(LeadDemoData.CONTOSO_INTAKE_TOKEN, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
            assertThat(response.body()).contains("\"status\":400");
        }
    }

    @Test
    void anUnknownOrRotatedTokenIs404() throws Exception {
        assertThat(post("unknown-token-0123456789abcdef", lead("a@b.example")).statusCode()).isEqualTo(404);
        assertThat(post("short", lead("a@b.example")).statusCode()).isEqualTo(404);
        String token = freshToken();
        assertThat(post(token, lead(unique("r") + "@x.example")).statusCode()).isEqualTo(201);
        String email = unique("owner") + "@rotate.example";
        var account = signUps.signUp(new SignUpService.SignUp("Rotate Co " + email, "Rotate", unique("pub"), "FR",
                "Rita", email, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        String old = intakeTokens.intakeToken(account.id());
        String rotated = intakeTokens.rotateToken(account.id());
        SignIn.out();
        HttpResponse<String> refused = post(old, lead(unique("r") + "@x.example"));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(post(rotated, lead(unique("r") + "@x.example")).statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyOver64KbIs413EvenWithoutAContentLength() throws Exception {
        String token = freshToken();
        String padded = paddedLead(LeadIntakeService.MAX_BODY_BYTES);
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(LeadIntakeService.MAX_BODY_BYTES);
        assertThat(post(token, padded).statusCode()).isEqualTo(201);
        String tooBig = paddedLead(LeadIntakeService.MAX_BODY_BYTES + 1);
        HttpResponse<String> declared = post(token, tooBig);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413");
        // Chunked transfer: no Content-Length to trust, the limit holds while reading.
        HttpResponse<String> chunked = post(token, "application/json", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(tooBig.getBytes(StandardCharsets.UTF_8))), null);
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    private static String paddedLead(int bytes) {
        String head = "{\"ActionCode\":\"PLT\",\"Description\":\"";
        String tail = "\"}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    @Test
    void aNonJsonContentTypeIs415() throws Exception {
        String json = lead("ct@x.example");
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "text/plain", HttpRequest.BodyPublishers.ofString(json), null)
                .statusCode()).isEqualTo(415);
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("a=b"), null).statusCode()).isEqualTo(415);
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, null, HttpRequest.BodyPublishers.ofString(json), null)
                .statusCode()).isEqualTo(415);
        // A wildcard or another JSON-like type says nothing about the body: only application/json.
        for (String type : List.of("*/*", "application/*", "application/vnd.marketplace+json",
                "application/json; charset=ISO-8859-1")) {
            HttpResponse<String> refused = post(LeadDemoData.CONTOSO_INTAKE_TOKEN, type, HttpRequest.BodyPublishers.ofString(json), null);
            assertThat(refused.statusCode()).as(type).isEqualTo(415);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        }
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(json), null).statusCode()).isIn(200, 201);
        assertThat(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, "Application/JSON",
                HttpRequest.BodyPublishers.ofString(json), null).statusCode()).isIn(200, 201);
    }

    @Test
    void controlBidiAndLoneSurrogateCharactersAreRemovedBeforeStoringAndTheApiStaysValidJson() throws Exception {
        String email = unique("bidi") + "@x.example";
        // JSON escapes: NUL, BEL, ESC, DEL, a C1 control, a right-to-left override, an isolate, a lone surrogate.
        String dirty = "Ev\\u0000e\\u0007\\u001b\\u007f\\u0085 \\u202Egnp.exe\\u2066x\\uD800y";
        String body = """
                {"ActionCode":"INS","OfferTitle":"T","LeadSource":"AzureMarketplace",
                 "Description":"line one\\nline\\ttwo\\u0000",
                 "UserDetails":{"FirstName":"%s","Company":"Acme\\r\\nInc","Email":"%s"}}""".formatted(dirty, email);
        HttpResponse<String> created = post(LeadDemoData.CONTOSO_INTAKE_TOKEN, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<byte[]> json = api("/api/leads?status=NEW", AccountDemoData.CONTOSO_API_KEY, null);
        // Decoding fails on any byte sequence that is not UTF-8 (a lone surrogate cannot be written as UTF-8).
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(json.body())).toString();
        var tree = new tools.jackson.databind.ObjectMapper().readTree(text);
        var lead = java.util.stream.StreamSupport.stream(tree.spliterator(), false)
                .filter(n -> email.equals(n.get("Email").asString())).findFirst().orElseThrow();
        assertThat(lead.get("FirstName").asString()).isEqualTo("Eve gnp.exexy");
        assertThat(lead.get("Company").asString()).isEqualTo("Acme  Inc");
        assertThat(lead.get("Description").asString()).isEqualTo("line one\nline\ttwo");
    }

    @Test
    void aTokenOverItsRateGets429WithRetryAfter() throws Exception {
        String token = freshToken();
        for (int i = 0; i < 40; i++) {
            assertThat(post(token, lead(unique("burst") + "@x.example")).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> limited = post(token, lead(unique("over") + "@x.example"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Another account's token is not slowed down.
        assertThat(post(freshToken(), lead(unique("other") + "@x.example")).statusCode()).isEqualTo(201);
    }

    @Test
    void concurrentPostsWithTheSameIdempotencyKeyMakeOneLead() throws Exception {
        String token = freshToken();
        for (int round = 0; round < 5; round++) {
            String key = unique("delivery");
            var first = CompletableFuture.supplyAsync(() -> send(token, lead(unique("a") + "@x.example"), key));
            var second = CompletableFuture.supplyAsync(() -> send(token, lead(unique("b") + "@x.example"), key));
            HttpResponse<String> one = first.get();
            HttpResponse<String> two = second.get();
            assertThat(List.of(one.statusCode(), two.statusCode())).containsExactlyInAnyOrder(200, 201);
            assertThat(id(one)).isEqualTo(id(two));
        }
    }

    private HttpResponse<String> send(String token, String json, String key) {
        try {
            return post(token, "application/json", HttpRequest.BodyPublishers.ofString(json), key);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sendTestLeadPostsASampleThroughTheRealEndpoint() {
        signIn.as("manager@contoso.example");
        TestLeadSender.Outcome outcome = testLeads.send(contosoId(), URI.create("http://127.0.0.1:" + port));
        assertThat(outcome.status()).isEqualTo(201);
        Lead lead = leads.lead(contosoId(), Long.parseLong(outcome.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
        assertThat(lead.testLead()).isTrue();
    }

    // ---- GET /api/leads

    HttpResponse<byte[]> api(String path, String key, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLeadsApiServesTheKeysOwnAccountAsJsonCsvOrXlsx() throws Exception {
        String email = unique("crm") + "@crm.example";
        long id = id(post(LeadDemoData.CONTOSO_INTAKE_TOKEN, lead(email)));

        HttpResponse<byte[]> json = api("/api/leads?status=NEW", AccountDemoData.CONTOSO_API_KEY, null);
        assertThat(json.statusCode()).isEqualTo(200);
        String body = new String(json.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("[").contains("\"LeadId\":" + id, "\"Email\":\"" + email + "\"",
                "\"ActionCode\":\"INS\"", "\"DoNotContact\":false");
        assertThat(body).doesNotContain("margie-travel");

        HttpResponse<byte[]> fabrikam = api("/api/leads", AccountDemoData.FABRIKAM_API_KEY, null);
        String fabrikamBody = new String(fabrikam.body(), StandardCharsets.UTF_8);
        assertThat(fabrikamBody).contains("margie-travel").doesNotContain(email).doesNotContain("northwind-traders");

        HttpResponse<byte[]> csv = api("/api/leads", AccountDemoData.CONTOSO_API_KEY, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csvText.substring(1))).getRecords();
        assertThat(records.getFirst().toList()).contains("ReceivedDate", "Email", "LeadId");
        assertThat(records).anySatisfy(r -> assertThat(r.toList()).contains(email));

        HttpResponse<byte[]> xlsx = api("/api/leads?format=xlsx&status=NEW,CONTACTED", AccountDemoData.CONTOSO_API_KEY, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            signIn.as("owner@contoso.example");
            int expected = leads.count(contosoId(), LeadFilter.all().withStatuses(java.util.Set.of(LeadStatus.NEW,
                    LeadStatus.CONTACTED)));
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(expected);
        }

        // Date range: nothing arrived in 2020.
        assertThat(new String(api("/api/leads?from=2020-01-01&to=2020-12-31", AccountDemoData.CONTOSO_API_KEY, null)
                .body(), StandardCharsets.UTF_8)).isEqualTo("[]");
        assertThat(api("/api/leads?status=BOGUS", AccountDemoData.CONTOSO_API_KEY, null).statusCode()).isEqualTo(400);
        assertThat(api("/api/leads?from=yesterday", AccountDemoData.CONTOSO_API_KEY, null).statusCode()).isEqualTo(400);
        assertThat(api("/api/leads", null, null).statusCode()).isEqualTo(401);
        signIn.as("owner@contoso.example");
        assertThat(leads.find(contosoId(), LeadFilter.all(), List.of(), RowWindow.of(0, 1))).isNotEmpty();
    }
}
