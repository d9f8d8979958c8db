package com.publisherportal.attribution.api;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.attribution.TemplateChecker;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/attribution/check} over real HTTP with the demo API keys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class AttributionCheckApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApiKeyService apiKeys;
    @Autowired SignIn signIn;
    @Autowired PublisherAccountRepository accounts;
    @Autowired MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String template(String guid) {
        return """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  // Partner attribution
                  "parameters": { "trackingGuid": { "type": "string", "defaultValue": "%s" } },
                  "resources": [
                    {
                      "type": "Microsoft.Resources/deployments",
                      "apiVersion": "2020-06-01",
                      "name": "[concat('pid-', parameters('trackingGuid'))]",
                      "properties": {
                        "mode": "Incremental",
                        "template": {
                          "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                          "contentVersion": "1.0.0.0",
                          "resources": []
                        }
                      }
                    }
                  ]
                }""".formatted(guid);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    HttpResponse<String> post(String key, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/attribution/check"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String key, String json, String... headers) throws Exception {
        return post(key, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void contosoChecksItsOwnTemplateAndGetsAnOkVerdict() throws Exception {
        HttpResponse<String> response = postJson(AccountDemoData.CONTOSO_API_KEY,
                template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("verdict").stringValue()).isEqualTo("ok");
        assertThat(report.get("mainTemplate").stringValue()).isEqualTo("mainTemplate.json");
        JsonNode found = report.get("trackingDeployments").get(0);
        assertThat(found.get("placement").stringValue()).isEqualTo("main");
        assertThat(found.get("name").stringValue()).isEqualTo("[concat('pid-', parameters('trackingGuid'))]");
        assertThat(found.get("guid").stringValue()).isEqualTo(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        assertThat(found.get("wellFormed").booleanValue()).isTrue();
        assertThat(found.get("registration").stringValue()).isEqualTo("registered-to-you");
        assertThat(found.get("offerId").stringValue()).isEqualTo("contoso-analytics");
        assertThat(found.get("apiVersion").stringValue()).isEqualTo("2020-06-01");
        assertThat(found.get("findings").get(0).get("code").stringValue()).isEqualTo("check.name-from-parameter");
        assertThat(found.get("findings").get(0).get("message").stringValue())
                .isEqualTo("The name comes from the default value of trackingGuid; a deployment that sets another value changes the GUID.");
    }

    @Test
    void aGuidOfFabrikamIsNotRegisteredToContosoAndTheVerdictIsAnError() throws Exception {
        HttpResponse<String> response = postJson(AccountDemoData.CONTOSO_API_KEY,
                template(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("verdict").stringValue()).isEqualTo("error");
        JsonNode found = report.get("trackingDeployments").get(0);
        assertThat(found.get("registration").stringValue()).isEqualTo("not-registered-to-you");
        assertThat(found.get("offerName").isNull()).isTrue();
        assertThat(response.body()).doesNotContainIgnoringCase("fabrikam");
        // The other way round, for Fabrikam's key, it is Fabrikam's own.
        assertThat(json(postJson(AccountDemoData.FABRIKAM_API_KEY, template(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE)))
                .get("verdict").stringValue()).isEqualTo("ok");
    }

    @Test
    void aZipPackageIsCheckedAndTextsFollowAcceptLanguage() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mainTemplate.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": [] }"
                .getBytes(StandardCharsets.UTF_8));
        files.put("nestedtemplates/attribution.json", template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = post(AccountDemoData.CONTOSO_API_KEY, "application/zip", zip(files),
                "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("verdict").stringValue()).isEqualTo("error");
        JsonNode found = report.get("trackingDeployments").get(0);
        assertThat(found.get("placement").stringValue()).isEqualTo("linked");
        assertThat(found.get("findings").get(0).get("code").stringValue()).isEqualTo("check.linked-only");
        assertThat(found.get("findings").get(0).get("message").stringValue()).startsWith("Il ne se trouve que dans le modèle lié");
    }

    @Test
    void hostileOrWrongBodiesGetProblemAnswers() throws Exception {
        HttpResponse<String> notJson = postJson(AccountDemoData.CONTOSO_API_KEY, "{ \"resources\": [ oops ] }");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(json(notJson).get("code").stringValue()).isEqualTo("check.rejected.not-json");
        assertThat(json(notJson).get("detail").stringValue()).isEqualTo("mainTemplate.json is not valid JSON (line 1, column 18).");

        String deep = "{ \"resources\": [], " + "\"x\": {".repeat(64) + "}".repeat(64) + " }";
        assertThat(json(postJson(AccountDemoData.CONTOSO_API_KEY, deep)).get("code").stringValue())
                .isEqualTo("check.rejected.too-deep");

        byte[] big = new byte[TemplateChecker.MAX_TEMPLATE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> tooBig = post(AccountDemoData.CONTOSO_API_KEY, "application/json", big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(json(tooBig).get("code").stringValue()).isEqualTo("check.rejected.too-large");

        HttpResponse<String> text = post(AccountDemoData.CONTOSO_API_KEY, "text/plain", "hello".getBytes());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Accept-Post")).hasValue("application/json, application/zip");
        assertThat(post(AccountDemoData.CONTOSO_API_KEY, null, "{}".getBytes()).statusCode()).isEqualTo(415);

        HttpResponse<String> escaping = post(AccountDemoData.CONTOSO_API_KEY, "application/zip",
                zip(Map.of("../../etc/mainTemplate.json", "{}".getBytes())));
        assertThat(escaping.statusCode()).isEqualTo(400);
        assertThat(json(escaping).get("code").stringValue()).isEqualTo("check.rejected.unsafe-path");

        Map<String, byte[]> bomb = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            bomb.put("disk-" + i + ".bin", new byte[4 * 1024 * 1024]);
        }
        HttpResponse<String> inflated = post(AccountDemoData.CONTOSO_API_KEY, "application/x-zip-compressed", zip(bomb));
        assertThat(inflated.statusCode()).isEqualTo(413);
        assertThat(json(inflated).get("code").stringValue()).isEqualTo("check.rejected.uncompressed-too-large");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= TemplateChecker.MAX_ENTRIES; i++) {
            many.put("f" + i, new byte[0]);
        }
        assertThat(post(AccountDemoData.CONTOSO_API_KEY, "application/zip", zip(many)).statusCode()).isEqualTo(413);
        assertThat(post(AccountDemoData.CONTOSO_API_KEY, "application/zip", "not a zip".getBytes()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCheckNeedsAKeyWithTheAttributionScope() throws Exception {
        String body = template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        assertThat(postJson(null, body).statusCode()).isEqualTo(401);
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        var reportsOnly = apiKeys.create(contoso, "Reports", EnumSet.of(ApiScope.REPORTS_READ));
        assertThat(postJson(reportsOnly.plainText(), body).statusCode()).isEqualTo(403);
        var pipeline = apiKeys.create(contoso, "Release pipeline", EnumSet.of(ApiScope.ATTRIBUTION_CHECK));
        assertThat(postJson(pipeline.plainText(), body).statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyThatChecksTooOftenGets429WithRetryAfterAndOtherKeysAreNotSlowed() throws Exception {
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        String eager = apiKeys.create(contoso, "Eager pipeline", EnumSet.of(ApiScope.ATTRIBUTION_CHECK)).plainText();
        String calm = apiKeys.create(contoso, "Calm pipeline", EnumSet.of(ApiScope.ATTRIBUTION_CHECK)).plainText();
        String body = template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        HttpResponse<String> limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            HttpResponse<String> response = postJson(eager, body);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(limited).as("the key's rate is enforced").isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(postJson(calm, body).statusCode()).isEqualTo(200);
    }

    @Test
    void checksBeyondTheConcurrencyCapGet503UntilARunningOneEnds() throws Exception {
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        String key = apiKeys.create(contoso, "Build farm", EnumSet.of(ApiScope.ATTRIBUTION_CHECK)).plainText();
        byte[] body = template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE).getBytes(StandardCharsets.UTF_8);
        // Four uploads that send their headers and first bytes and then stall hold the four places
        // (the permit is taken before the body is read, so a stalled sender keeps its place).
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var socket = new java.net.Socket("localhost", port);
            var out = socket.getOutputStream();
            out.write(("POST /api/attribution/check HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            stalled.add(socket);
        }
        // Wait until all four hold their places before any other check: on a loaded machine one of
        // them can be dispatched seconds late, and checks sent meanwhile would use up the key's
        // burst (the test clock stands still), so that one would be refused for its rate instead.
        long placesDeadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (checksRunning() < 4 && System.nanoTime() < placesDeadline) {
            Thread.sleep(20);
        }
        assertThat(checksRunning()).as("checks holding a place after four stalled uploads").isEqualTo(4);
        HttpResponse<String> busy = null;
        java.util.Map<Integer, Integer> seen = new java.util.TreeMap<>();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (busy == null && System.nanoTime() < deadline) {
            HttpResponse<String> response = post(key, "application/json", body);
            seen.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 503) {
                busy = response;
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(busy).as("a fifth check while four run; the checks answered meanwhile: " + seen).isNotNull();
        assertThat(busy.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(busy).get("status").asInt()).isEqualTo(503);
        for (var socket : stalled) {
            try (socket) {
                socket.getOutputStream().write(body, 10, body.length - 10);
                socket.getOutputStream().flush();
                socket.setSoTimeout(20_000);
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertThat(statusLine).startsWith("HTTP/1.1 200");
            }
        }
        assertThat(post(key, "application/json", body).statusCode()).isEqualTo(200);
        assertThat(checksRunning()).as("places held once every check has answered").isZero();
    }

    private double checksRunning() {
        return meters.get("portal.attribution.checks.running").gauge().value();
    }
}
