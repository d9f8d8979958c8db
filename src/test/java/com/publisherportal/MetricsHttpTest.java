package com.publisherportal;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.QueueFilter;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.PortalAuthenticationProvider;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The portal's Prometheus metrics as an operator scrapes them from the management port, after real
 * requests on the web port: each counter moves by what was done, and the gauges are there and true.
 * The intake's and the template checker's limits are set low so that their 429 happens too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.leads.intake.rate-per-second=0.001", "portal.leads.intake.burst=8",
        "portal.attribution.check.per-minute=1", "portal.attribution.check.burst=3",
        "portal.metrics.review-overdue-refresh=PT0.2S"})
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class MetricsHttpTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired ReviewService reviews;
    @Autowired SignIn signIn;
    @Autowired MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** One sample of the Prometheus text format: metric name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** A scrape of {@code /actuator/prometheus} on the management port, without signing in. */
    record Scrape(List<Sample> samples) {

        /** The sum of the samples of this name whose labels include these (name, value, name, value, …); 0 when none. */
        double value(String name, String... labels) {
            return matching(name, labels).stream().mapToDouble(Sample::value).sum();
        }

        List<Sample> matching(String name, String... labels) {
            return samples.stream().filter(s -> s.name().equals(name)).filter(s -> {
                for (int i = 0; i < labels.length; i += 2) {
                    if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                        return false;
                    }
                }
                return true;
            }).toList();
        }
    }

    Scrape scrape() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the scrape answers without sign-in").isEqualTo(200);
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(samples);
    }

    HttpResponse<String> intake(String token, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/intake/leads/" + token))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String lead(String email) {
        return """
                {"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
                 "UserDetails":{"FirstName":"Ada","LastName":"Lovelace","Email":"%s","Country":"GB","Company":"Engines"}}"""
                .formatted(email);
    }

    static String template(String guid) {
        return """
                {"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion":"1.0.0.0",
                 "resources":[{"type":"Microsoft.Resources/deployments","apiVersion":"2020-06-01","name":"pid-%s",
                   "properties":{"mode":"Incremental","template":{
                     "$schema":"https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                     "contentVersion":"1.0.0.0","resources":[]}}}]}""".formatted(guid);
    }

    HttpResponse<String> check(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/attribution/check"))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> report(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/orders?range=12" + query))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyIntakeAnswerIsCountedAndTimedUnderItsStatusIncludingThoseOfTheExceptionHandlers() throws Exception {
        Scrape before = scrape();
        Map<Integer, Integer> answered = new TreeMap<>();
        String email = "metrics-" + UUID.randomUUID() + "@engines.example";
        List<HttpResponse<String>> responses = new ArrayList<>(List.of(
                intake(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json", lead(email)),
                intake(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json", lead(email)),
                intake(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json", "{not json"),
                intake(LeadDemoData.CONTOSO_INTAKE_TOKEN, "text/plain", lead(email)),
                intake("no-such-token-0123456789abcdef", "application/json", lead(email)),
                intake(LeadDemoData.CONTOSO_INTAKE_TOKEN, "application/json",
                        "{\"Description\":\"" + "x".repeat(LeadIntakeService.MAX_BODY_BYTES) + "\"}")));
        // Fabrikam's burst of 8 is used up by malformed leads; the next one is refused by the rate limit.
        for (int i = 0; i < 12 && responses.getLast().statusCode() != 429; i++) {
            responses.add(intake(LeadDemoData.FABRIKAM_INTAKE_TOKEN, "application/json", "[]"));
        }
        responses.forEach(r -> answered.merge(r.statusCode(), 1, Integer::sum));
        assertThat(answered).as("the intake's answers").containsKeys(201, 200, 400, 404, 413, 415, 429);

        Scrape after = scrape();
        answered.forEach((status, count) -> {
            String tag = String.valueOf(status);
            assertThat(after.value("portal_leads_received_total", "status", tag)
                    - before.value("portal_leads_received_total", "status", tag)).as("leads received with " + tag)
                    .isEqualTo(count.doubleValue());
            assertThat(after.value("portal_leads_intake_seconds_count", "status", tag)
                    - before.value("portal_leads_intake_seconds_count", "status", tag)).as("intake timings with " + tag)
                    .isEqualTo(count.doubleValue());
        });
        assertThat(after.value("portal_leads_received_total") - before.value("portal_leads_received_total"))
                .as("nothing counted that was not answered").isEqualTo((double) responses.size());
        assertThat(after.value("portal_leads_intake_seconds_sum", "status", "201")).isPositive();
    }

    @Test
    void exportsCountTheirRowsByFormatAndTemplateChecksTheirVerdicts() throws Exception {
        Scrape before = scrape();
        HttpResponse<String> csv = report("");
        assertThat(csv.statusCode()).isEqualTo(200);
        int rows = CSVFormat.RFC4180.parse(new StringReader(csv.body().substring(1))).getRecords().size() - 1;
        assertThat(rows).isPositive();
        assertThat(report("&format=xlsx").statusCode()).isEqualTo(200);
        assertThat(report("&format=pdf").statusCode()).as("refused before any export").isEqualTo(400);

        HttpResponse<String> ok = check(template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE));
        HttpResponse<String> error = check(template(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE));
        HttpResponse<String> rejected = check("not a template");
        HttpResponse<String> throttled = check(template(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE));
        assertThat(List.of(ok.statusCode(), error.statusCode(), rejected.statusCode(), throttled.statusCode()))
                .containsExactly(200, 200, 400, 429);
        assertThat(ok.body()).contains("\"verdict\":\"ok\"");
        assertThat(error.body()).contains("\"verdict\":\"error\"");

        Scrape after = scrape();
        for (String format : List.of("csv", "xlsx")) {
            assertThat(delta(before, after, "portal_exports_seconds_count", "format", format, "outcome", "completed"))
                    .as(format + " exports completed").isEqualTo(1);
            assertThat(delta(before, after, "portal_exports_seconds_count", "format", format, "outcome", "failed")).isZero();
            assertThat(delta(before, after, "portal_exports_rows_count", "format", format)).isEqualTo(1);
            assertThat(delta(before, after, "portal_exports_rows_sum", "format", format))
                    .as("rows of the %s export", format).isEqualTo(rows);
        }
        assertThat(after.value("portal_exports_seconds_sum", "format", "xlsx", "outcome", "completed")).isPositive();
        assertThat(after.matching("portal_exports_seconds_count", "outcome", "cancelled")).as("known before it happens").hasSize(2);

        assertThat(delta(before, after, "portal_attribution_checks_total", "verdict", "ok")).isEqualTo(1);
        assertThat(delta(before, after, "portal_attribution_checks_total", "verdict", "error")).isEqualTo(1);
        assertThat(delta(before, after, "portal_attribution_checks_total", "verdict", "rejected")).isEqualTo(1);
        assertThat(delta(before, after, "portal_attribution_checks_total", "verdict", "too_many_requests")).isEqualTo(1);
        assertThat(delta(before, after, "portal_attribution_checks_total")).isEqualTo(4);
        assertThat(after.matching("portal_attribution_checks_total", "verdict", "at_capacity")).hasSize(1);
        assertThat(after.matching("portal_attribution_checks_running")).as("scraped").hasSize(1);
        assertThat(after.value("portal_attribution_checks_running")).as("places held once every check answered").isZero();
    }

    static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    @Test
    void failedSignInsAndTheLockoutTheyCauseAreCountedAndSignedInSessionsShow() throws Exception {
        Scrape before = scrape();
        int failures = PortalAuthenticationProvider.MAX_FAILURES;
        for (int i = 0; i < failures; i++) {
            assertThatThrownBy(() -> HttpSession.signIn(port, "developer@fabrikam.example", "not-the-password"))
                    .hasMessageContaining("not signed in");
        }
        HttpSession signedIn = HttpSession.signIn(port, "owner@contoso.example", AccountDemoData.PASSWORD);
        assertThat(signedIn.get("/").statusCode()).isEqualTo(200);

        Scrape after = scrape();
        assertThat(delta(before, after, "portal_signin_failures_total", "reason", "bad_credentials")).isEqualTo(failures);
        assertThat(delta(before, after, "portal_signin_failures_total")).isEqualTo(failures);
        assertThat(delta(before, after, "portal_signin_lockouts_total")).as("the last failure locks").isEqualTo(1);
        assertThat(after.matching("portal_ui_sessions_active")).hasSize(1);
        assertThat(delta(before, after, "portal_ui_sessions_active")).as("the signed-in session, at least").isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOverdueGaugeFollowsTheReviewQueueAsItsClockPassesTheDueDates() throws Exception {
        signIn.as("reviewer@portal.example");
        int overdue = reviews.count(new QueueFilter(null, null, null, ClockStatus.OVERDUE));
        int waiting = reviews.count(QueueFilter.all());
        assertThat(overdue).as("the demo queue has items overdue and items still on time").isPositive().isLessThan(waiting);
        awaitValue(() -> scrapeValue("portal_review_overdue"), overdue);

        var now = clock.instant();
        try {
            clock.advance(Duration.ofDays(120));
            assertThat(reviews.count(new QueueFilter(null, null, null, ClockStatus.OVERDUE))).isEqualTo(waiting);
            awaitValue(() -> scrapeValue("portal_review_overdue"), waiting);
        } finally {
            clock.set(now);
        }
    }

    double scrapeValue(String name) {
        try {
            List<Sample> found = scrape().matching(name);
            assertThat(found).as(name).hasSize(1);
            return found.getFirst().value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitValue(DoubleSupplier value, double expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        double seen = value.getAsDouble();
        while (seen != expected && System.nanoTime() < until) {
            Thread.sleep(100);
            seen = value.getAsDouble();
        }
        assertThat(seen).isCloseTo(expected, within(0.0));
    }

    @Test
    void thePoolGaugesComeFromBootAndTheMetricsAreOnlyOnTheManagementPort() throws Exception {
        Scrape scrape = scrape();
        assertThat(scrape.matching("hikaricp_connections_active")).isNotEmpty();
        assertThat(scrape.matching("hikaricp_connections_pending")).isNotEmpty();
        assertThat(scrape.matching("hikaricp_connections_max")).singleElement()
                .satisfies(s -> assertThat(s.value()).isPositive());

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        for (String path : List.of("/actuator/prometheus", "/actuator/health")) {
            HttpResponse<byte[]> web = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(web.body(), StandardCharsets.UTF_8);
            assertThat(body).as("%s on the web port (%d)", path, web.statusCode())
                    .doesNotContain("portal_leads_received").doesNotContain("# TYPE").doesNotContain("\"status\":\"UP\"");
        }
    }
}
