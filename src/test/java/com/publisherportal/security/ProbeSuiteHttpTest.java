package com.publisherportal.security;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.leads.Lead;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP probe suite of issue 13 (item 7), against a running portal with the demo data.
 * <ul>
 *   <li>Cross-tenant: Fabrikam's API key and Fabrikam's signed-in session against Contoso's ids
 *       (offer ids and addresses, SKUs, GUIDs, lead e-mails, media ids, the intake) in every API
 *       ({@code /api/account}, {@code /api/leads}, {@code /api/reports/*}, {@code /api/attribution/check}),
 *       every media URL and the pages that take an id: 4xx or Fabrikam's own data, never Contoso's.
 *       (Export links are Vaadin download URLs bound to the page that shows them: probed in
 *       {@code browser.ProbeSuiteBrowserTest}.)</li>
 *   <li>Roles: a key acts with its creator's current role on every API (the matrix below), a
 *       publisher's session gets no staff or administrator page, and no session or key at all gets
 *       401 problem JSON on every API, never a redirect to the sign-in page.</li>
 *   <li>Every page, as anyone and signed in, and every API and intake answer carries the
 *       Content-Security-Policy (no inline script without the page's nonce), Referrer-Policy and
 *       Permissions-Policy; the intake takes nothing but {@code application/json}.</li>
 * </ul>
 * Its own context (a property of its own): the users, keys and leads it adds reach no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
@org.springframework.test.context.TestPropertySource(properties = "portal.probe-suite=http")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbeSuiteHttpTest {

    static final List<String> REPORTS = List.of("orders", "usage", "customers", "insights", "deployments");
    static final String TEMPLATE = """
            {"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion":"1.0.0.0","resources":[
              {"type":"Microsoft.Resources/deployments","apiVersion":"2021-04-01",
               "name":"pid-%s-partnercenter","properties":{"mode":"Incremental",
               "template":{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
               "contentVersion":"1.0.0.0","resources":[]}}}]}""";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SignIn signIn;
    @Autowired PublisherAccountRepository accounts;
    @Autowired AccountService accountService;
    @Autowired ApiKeyService apiKeys;
    @Autowired LeadService leads;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** What only Contoso's data holds: its offers' names and ids, its customers' and leads' e-mail addresses. */
    final List<String> contosoMarkers = new ArrayList<>();
    long contoso;
    long fabrikam;
    HttpSession fabrikamSession;
    int probes;

    @BeforeAll
    void contosoIds() throws Exception {
        contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        fabrikam = accounts.findByPublisherId("fabrikam").orElseThrow().id();
        contosoMarkers.addAll(List.of("contoso", "Contoso"));
        signIn.as("owner@fabrikam.example");
        List<String> fabrikamEmails = leads.find(fabrikam, LeadFilter.all(), List.of(SortKey.desc("receivedAt")),
                RowWindow.of(0, 500)).stream().map(Lead::email).toList();
        signIn.as("owner@contoso.example");
        leads.find(contoso, LeadFilter.all(), List.of(SortKey.desc("receivedAt")), RowWindow.of(0, 500)).stream()
                .map(Lead::email).filter(e -> e != null && !e.isBlank() && !fabrikamEmails.contains(e))
                .forEach(contosoMarkers::add);
        SignIn.out();
        // Contoso's customers' subscriptions (no other tenant has them), as every report row names one or an offer.
        contosoMarkers.addAll(jdbc.sql("""
                        SELECT azure_subscription_id FROM insight_customer WHERE account_id = :a
                        AND azure_subscription_id NOT IN (SELECT azure_subscription_id FROM insight_customer WHERE account_id <> :a)""")
                .param("a", contoso).query(String.class).list());
        assertThat(contosoMarkers).hasSizeGreaterThan(20);
        fabrikamSession = HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path, String key, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        probes++;
        return http.send(request.build(), TEXT);
    }

    /** The body as text, an XLSX (zip) body as the text of its parts, so that a probe sees the cells. */
    static final HttpResponse.BodyHandler<String> TEXT = info -> HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofByteArray(), ProbeSuiteHttpTest::text);

    static String text(byte[] body) {
        if (body.length < 2 || body[0] != 'P' || body[1] != 'K') {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
            while (zip.getNextEntry() != null) {
                text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    HttpResponse<String> check(String key, String guid) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/attribution/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE.formatted(guid)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        probes++;
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void assertNoContosoData(HttpResponse<String> response, String where) {
        assertThat(response.body()).as(where + ": Contoso's data").doesNotContain(contosoMarkers);
    }

    static void assertProblem(HttpResponse<String> response, int status, String where) {
        assertThat(response.statusCode()).as(where + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(where)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).as(where).isEmpty();
    }

    List<Long> contosoOfferIds() {
        return jdbc.sql("SELECT id FROM offer WHERE account_id = :a ORDER BY id").param("a", contoso).query(Long.class).list();
    }

    List<String> contosoOfferAddresses() {
        return jdbc.sql("SELECT offer_id FROM offer WHERE account_id = :a ORDER BY id").param("a", contoso).query(String.class).list();
    }

    // ------------------------------------------------------------------------------------------
    // Cross-tenant

    @Test
    void fabrikamsKeyGetsOnlyFabrikamsAccountAndLeads() throws Exception {
        HttpResponse<String> account = get("/api/account", AccountDemoData.FABRIKAM_API_KEY);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("fabrikam");
        assertNoContosoData(account, "/api/account");
        for (String query : List.of("", "?format=json", "?format=csv", "?format=xlsx", "?status=NEW,CONTACTED",
                "?from=2000-01-01&to=2999-01-01", "?includeTestLeads=false")) {
            HttpResponse<String> answer = get("/api/leads" + query, AccountDemoData.FABRIKAM_API_KEY);
            assertThat(answer.statusCode()).as("/api/leads" + query).isEqualTo(200);
            assertNoContosoData(answer, "/api/leads" + query);
        }
        // The same calls with Contoso's key do show Contoso's leads: the markers are real.
        HttpResponse<String> own = get("/api/leads?format=csv", AccountDemoData.CONTOSO_API_KEY);
        assertThat(own.body()).contains(contosoMarkers.get(2));
        assertThat(get("/api/leads?format=xlsx", AccountDemoData.CONTOSO_API_KEY).body()).contains(contosoMarkers.get(2));
    }

    @Test
    void fabrikamsKeyGetsNoContosoReportRowsWhateverOfferSkuOrSearchItNames() throws Exception {
        String key = AccountDemoData.FABRIKAM_API_KEY;
        List<String> contosoSkus = jdbc.sql("""
                        SELECT DISTINCT sku FROM insight_order WHERE account_id = :a AND sku IS NOT NULL""")
                .param("a", contoso).query(String.class).list();
        for (String report : REPORTS) {
            String path = "/api/reports/" + report + "?range=12";
            HttpResponse<String> plain = get(path, key);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertNoContosoData(plain, path);
            // Contoso's own key does get Contoso's rows: the markers are real.
            HttpResponse<String> own = get(path, AccountDemoData.CONTOSO_API_KEY);
            assertThat(own.body()).as(path + " for Contoso").containsAnyOf(contosoMarkers.toArray(String[]::new));
            HttpResponse<String> unknownOffer = get(path + "&offer=no-such-offer", key);
            for (String offer : contosoOfferAddresses()) {
                HttpResponse<String> answer = get(path + "&offer=" + offer, key);
                // Answered exactly like an offer that does not exist: nothing to tell them apart.
                assertThat(answer.statusCode()).as(path + "&offer=" + offer).isIn(400, 403, 404)
                        .isEqualTo(unknownOffer.statusCode());
                assertThat(answer.body().replace(offer, "no-such-offer")).as(path + "&offer=" + offer)
                        .isEqualTo(unknownOffer.body());
                assertNoContosoData(answer, path + "&offer=" + offer);
            }
            for (long id : contosoOfferIds()) {
                HttpResponse<String> answer = get(path + "&offer=" + id, key);
                assertThat(answer.statusCode()).as(path + "&offer=" + id).isIn(400, 403, 404);
                assertNoContosoData(answer, path + "&offer=" + id);
            }
            for (String sku : contosoSkus) {
                HttpResponse<String> answer = get(path + "&sku=" + java.net.URLEncoder.encode(sku, java.nio.charset.StandardCharsets.UTF_8), key);
                assertThat(answer.statusCode()).as(path + "&sku=" + sku).isEqualTo(200);
                assertNoContosoData(answer, path + "&sku=" + sku);
            }
            for (String format : List.of("csv", "xlsx")) {
                HttpResponse<String> answer = get(path + "&search=Contoso&format=" + format, key);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertNoContosoData(answer, path + "&search=Contoso&format=" + format);
            }
        }
    }

    @Test
    void fabrikamsKeyCheckingContososGuidsLearnsNothingOfContoso() throws Exception {
        List<String> contosoGuids = jdbc.sql("SELECT guid FROM tracking_guid WHERE account_id = :a")
                .param("a", contoso).query(String.class).list();
        assertThat(contosoGuids).contains(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        for (String guid : contosoGuids) {
            HttpResponse<String> answer = check(AccountDemoData.FABRIKAM_API_KEY, guid);
            assertThat(answer.statusCode()).as(guid + " " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as(guid).contains("\"registration\":\"not-registered-to-you\"")
                    .contains("\"offerId\":null,\"offerName\":null");
            assertNoContosoData(answer, "check " + guid);
        }
        // Contoso's own key sees its GUID registered, to its offer.
        HttpResponse<String> own = check(AccountDemoData.CONTOSO_API_KEY, AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        assertThat(own.body()).doesNotContain("not-registered-to-you").contains("\"offerName\":\"Contoso");
    }

    @Test
    void contososMediaThatIsNotLiveIsNotFoundForFabrikamAnyKeyOrNoSession() throws Exception {
        record Media(long id, boolean live) {
        }
        List<Media> media = jdbc.sql("""
                        SELECT m.id, r.state, o.status FROM listing_media m JOIN listing_revision r ON r.id = m.revision_id
                        JOIN offer o ON o.id = r.offer_id WHERE o.account_id = :a ORDER BY m.id""")
                .param("a", contoso)
                .query((row, n) -> new Media(row.getLong(1), "LIVE".equals(row.getString(2)) && "LIVE".equals(row.getString(3))))
                .list();
        assertThat(media).anyMatch(Media::live).anyMatch(m -> !m.live());
        HttpSession contosoSession = HttpSession.signIn(port, "developer@contoso.example", AccountDemoData.PASSWORD);
        for (Media m : media) {
            String path = "/media/" + m.id();
            HttpResponse<String> own = contosoSession.get(path);
            assertThat(own.statusCode()).as(path + " for Contoso").isEqualTo(200);
            List<HttpResponse<String>> foreign = List.of(fabrikamSession.get(path), get(path, AccountDemoData.FABRIKAM_API_KEY),
                    get(path, null), get(path, null, "X-Api-Key", AccountDemoData.FABRIKAM_API_KEY));
            probes += 2;
            for (HttpResponse<String> answer : foreign) {
                if (m.live()) {
                    // The live storefront's media are public, as the product page is.
                    assertThat(answer.statusCode()).as(path + " (live)").isEqualTo(200);
                } else {
                    assertThat(answer.statusCode()).as(path + " (not live)").isEqualTo(404);
                    assertThat(answer.body()).as(path).doesNotContain(own.body().substring(0, Math.min(20, own.body().length())));
                }
            }
        }
        // Ids that do not exist answer the same 404.
        assertThat(fabrikamSession.get("/media/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void fabrikamsSignedInSessionIsNoKeyForTheApis() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(fabrikamSession.get("/api/account"));
        answers.add(fabrikamSession.get("/api/leads"));
        for (String report : REPORTS) {
            answers.add(fabrikamSession.get("/api/reports/" + report));
            answers.add(fabrikamSession.get("/api/reports/" + report + "?offer=contoso-analytics"));
        }
        answers.add(fabrikamSession.send(HttpRequest.newBuilder(uri("/api/attribution/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE.formatted(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE)))));
        for (HttpResponse<String> answer : answers) {
            assertProblem(answer, 401, "session on " + answer.uri());
            assertNoContosoData(answer, "session on " + answer.uri());
            probes++;
        }
    }

    @Test
    void fabrikamsSessionOnContososPagesGetsNoContosoData() throws Exception {
        for (long id : contosoOfferIds()) {
            for (String page : List.of("/offers/" + id, "/offers/" + id + "/listing", "/offers/" + id + "/preview",
                    "/offers/" + id + "/go-to-market", "/offers/" + id + "/technical", "/offers/" + id + "/preview-audience", "/staff/review/certification/" + id)) {
                HttpResponse<String> answer = fabrikamSession.get(page, "Accept", "text/html");
                probes++;
                assertThat(answer.statusCode()).as(page).isIn(200, 302, 403, 404);
                assertNoContosoData(answer, page);
            }
        }
        // A Contoso offer that is not live has no public page, for Fabrikam as for anyone.
        for (String address : List.of("contoso-edge", "contoso-secure-vm", "contoso-insights-pbi")) {
            HttpResponse<String> answer = fabrikamSession.get("/marketplace/product/contoso." + address, "Accept", "text/html");
            probes++;
            assertThat(answer.statusCode()).as(address).isEqualTo(404);
            HttpResponse<String> testDrive = fabrikamSession.get("/marketplace/product/contoso." + address + "/test-drive",
                    "Accept", "text/html");
            probes++;
            assertThat(testDrive.statusCode()).as(address + " test drive").isEqualTo(404);
        }
    }

    @Test
    void aLeadPostedToFabrikamsIntakeForAContosoOfferStaysFabrikamsAndLinksToNoContosoOffer() throws Exception {
        String email = "cross-" + System.nanoTime() + "@tenant.example";
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/intake/leads/" + LeadDemoData.FABRIKAM_INTAKE_TOKEN))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace-INS|contoso.contoso-analytics",
                         "UserDetails":{"FirstName":"Cross","LastName":"Tenant","Email":"%s"}}""".formatted(email))).build(),
                HttpResponse.BodyHandlers.ofString());
        probes++;
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        signIn.as("owner@fabrikam.example");
        Lead lead = leads.find(fabrikam, LeadFilter.all(), List.of(SortKey.desc("receivedAt")), RowWindow.of(0, 50)).stream()
                .filter(l -> email.equals(l.email())).findFirst().orElseThrow();
        assertThat(lead.offerRef()).as("the lead's offer").isNotIn(contosoOfferIds().toArray());
        signIn.as("owner@contoso.example");
        assertThat(leads.find(contoso, LeadFilter.all(), List.of(SortKey.desc("receivedAt")), RowWindow.of(0, 50)))
                .noneMatch(l -> email.equals(l.email()));
    }

    // ------------------------------------------------------------------------------------------
    // Roles

    /** A key made by a new manager of Contoso who then takes the role; the key acts with that role. */
    String keyOfA(AccountRole role) {
        String email = "probe-" + role.name().toLowerCase() + "-" + System.nanoTime() + "@contoso.example";
        signIn.as("owner@contoso.example");
        Member member = accountService.addUser(contoso, email, "Probe " + role, AccountRole.MANAGER).member();
        signIn.as(email);
        String key = apiKeys.create(contoso, "Probe " + role, EnumSet.allOf(ApiScope.class)).plainText();
        if (role != AccountRole.MANAGER) {
            signIn.as("owner@contoso.example");
            Member now = accountService.members(contoso).stream().filter(m -> m.userId() == member.userId()).findFirst().orElseThrow();
            accountService.changeRole(contoso, member.userId(), role, now.version());
        }
        SignIn.out();
        return key;
    }

    @Test
    void everyApiAnswersAKeyAsItsCreatorsCurrentRoleAllows() throws Exception {
        // What each role may do through the APIs (README, ApiScope, the reports' definitions).
        Map<String, EnumSet<AccountRole>> allowed = new LinkedHashMap<>();
        EnumSet<AccountRole> money = EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL);
        allowed.put("GET /api/account", EnumSet.allOf(AccountRole.class));
        allowed.put("GET /api/leads", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER));
        allowed.put("GET /api/reports/orders", money);
        allowed.put("GET /api/reports/usage", money);
        allowed.put("GET /api/reports/customers", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER));
        allowed.put("GET /api/reports/insights", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER));
        allowed.put("GET /api/reports/deployments", EnumSet.allOf(AccountRole.class));
        allowed.put("POST /api/attribution/check", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER));
        allowed.put("POST /api/saas/usage", EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER));
        List<String> outcomes = new ArrayList<>();
        for (AccountRole role : AccountRole.values()) {
            String key = keyOfA(role);
            for (Map.Entry<String, EnumSet<AccountRole>> api : allowed.entrySet()) {
                String path = api.getKey().substring(api.getKey().indexOf(' ') + 1);
                HttpResponse<String> answer = api.getKey().equals("POST /api/saas/usage")
                        ? http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"events\":[{\"subscriptionId\":\"probe\",\"dimension\":\"api-calls\",\"quantity\":1,"
                                                + "\"effectiveStartTime\":\"" + java.time.Instant.now() + "\"}]}")).build(),
                                HttpResponse.BodyHandlers.ofString())
                        : api.getKey().startsWith("POST")
                        ? check(key, AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE) : get(path, key);
                int expected = api.getValue().contains(role) ? 200 : 403;
                outcomes.add(role + " " + api.getKey() + " " + answer.statusCode());
                assertThat(answer.statusCode()).as(role + " " + api.getKey() + " " + answer.body()).isEqualTo(expected);
                if (expected == 403) {
                    assertProblem(answer, 403, role + " " + api.getKey());
                }
            }
        }
        System.out.println("probe role matrix: " + outcomes);
    }

    @Test
    void noKeyABadKeyOrAWrongMethodGetsProblemJsonNeverARedirect() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/api/account", "/api/leads", "/api/leads?format=csv", "/api/nope",
                "/api/reports/nope", "/api/saas/usage"));
        REPORTS.forEach(r -> paths.add("/api/reports/" + r));
        for (String path : paths) {
            for (String accept : List.of("application/json", "text/html", "*/*")) {
                assertProblem(get(path, null, "Accept", accept), 401, "no key " + path + " " + accept);
                assertProblem(get(path, "ppk_contosodemo01_NotTheRightSecretAtAll2026", "Accept", accept), 401, "bad key " + path);
            }
            assertProblem(get(path, null, "X-Api-Key", "garbage"), 401, "garbage key " + path);
        }
        assertProblem(check(null, AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE), 401, "no key POST check");
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/leads"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(anonymous, 401, "anonymous " + method);
            HttpResponse<String> withKey = http.send(HttpRequest.newBuilder(uri("/api/leads"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(withKey, 405, "key " + method);
            probes += 2;
        }
        HttpResponse<String> getCheck = get("/api/attribution/check", AccountDemoData.CONTOSO_API_KEY, "Accept", "text/html");
        assertProblem(getCheck, 405, "GET on the checker");
    }

    @Test
    void aPublishersSessionGetsNoStaffOrAdministratorPageAndAStaffMemberNoAdministratorPage() throws Exception {
        List<String> staffPages = List.of("/staff/accounts", "/staff/queue", "/staff/audit", "/staff/holidays", "/staff/markets",
                "/staff/benefits", "/staff/review/nomination/1", "/staff/review/registration/1", "/admin/staff", "/admin/outbox",
                "/admin/agreements");
        for (String email : List.of("owner@contoso.example", "developer@contoso.example", "owner@fabrikam.example")) {
            HttpSession publisher = HttpSession.signIn(port, email, AccountDemoData.PASSWORD);
            for (String page : staffPages) {
                HttpResponse<String> answer = publisher.get(page, "Accept", "text/html");
                probes++;
                assertThat(answer.statusCode()).as(email + " " + page).isIn(200, 302, 403, 404);
                assertThat(answer.body()).as(email + " " + page).doesNotContain("Woodgrove", "Litware", "Rita Reviewer",
                        "reviewer@portal.example");
            }
        }
        HttpSession reviewer = HttpSession.signIn(port, "reviewer@portal.example", AccountDemoData.PASSWORD);
        HttpResponse<String> admin = reviewer.get("/admin/staff", "Accept", "text/html");
        probes++;
        assertThat(admin.body()).doesNotContain("admin@portal.example", "Adam Admin");
    }

    // ------------------------------------------------------------------------------------------
    // Headers and the intake's content types

    static void assertSecurityHeaders(HttpResponse<String> answer, String where) {
        String csp = answer.headers().firstValue("Content-Security-Policy").orElse(null);
        assertThat(csp).as(where + " Content-Security-Policy").isNotNull();
        String scripts = java.util.Arrays.stream(csp.split(";")).map(String::trim)
                .filter(d -> d.startsWith("script-src") || d.startsWith("default-src")).collect(java.util.stream.Collectors.joining("; "));
        assertThat(scripts).as(where + " " + csp).doesNotContain("'unsafe-inline'", "*", "data:", "http:");
        assertThat(answer.headers().firstValue("Referrer-Policy")).as(where + " Referrer-Policy").isPresent();
        assertThat(answer.headers().firstValue("Permissions-Policy")).as(where + " Permissions-Policy").isPresent();
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
    }

    @Test
    void everyPageAndEveryApiAnswerCarriesTheSecurityHeaders() throws Exception {
        List<String> publicPages = List.of("/login", "/signup", "/marketplace/product/contoso.contoso-analytics",
                "/marketplace/product/unknown.thing", "/marketplace/product/contoso.contoso-edge",
                "/marketplace/product/contoso.contoso-analytics/test-drive", "/", "/leads", "/nope");
        for (String page : publicPages) {
            assertSecurityHeaders(get(page, null, "Accept", "text/html"), "anonymous " + page);
        }
        HttpSession owner = HttpSession.signIn(port, "owner@contoso.example", AccountDemoData.PASSWORD);
        for (String page : List.of("/", "/leads", "/leads/intake", "/offers", "/insights", "/insights/orders", "/attribution",
                "/attribution/check", "/campaigns", "/account/users", "/account/api-keys", "/account/activity", "/profile",
                "/onboarding", "/staff/accounts", "/admin/staff", "/login", "/marketplace/product/contoso.contoso-analytics")) {
            HttpResponse<String> answer = owner.get(page, "Accept", "text/html");
            probes++;
            assertSecurityHeaders(answer, "owner " + page);
        }
        for (String api : List.of("/api/account", "/api/leads", "/api/reports/orders", "/api/nope")) {
            assertSecurityHeaders(get(api, null), "anonymous " + api);
            assertSecurityHeaders(get(api, AccountDemoData.CONTOSO_API_KEY), "key " + api);
        }
    }

    @Test
    void theIntakeTakesNothingButJson() throws Exception {
        for (String type : List.of("*/*", "application/*", "text/plain", "application/x-www-form-urlencoded",
                "text/html", "application/xml", "multipart/form-data; boundary=x")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/intake/leads/" + LeadDemoData.FABRIKAM_INTAKE_TOKEN))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("""
                            {"ActionCode":"INS","OfferTitle":"T","LeadSource":"AzureMarketplace",
                             "UserDetails":{"FirstName":"Type","Email":"type@probe.example"}}""")).build(), TEXT);
            probes++;
            assertProblem(answer, 415, "intake as " + type);
            assertSecurityHeaders(answer, "intake as " + type);
        }
        for (String type : List.of("application/json", "application/json; charset=UTF-8", "Application/JSON;charset=utf-8")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/intake/leads/" + LeadDemoData.FABRIKAM_INTAKE_TOKEN))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("""
                            {"ActionCode":"INS","OfferTitle":"T","LeadSource":"AzureMarketplace",
                             "UserDetails":{"FirstName":"Type","Email":"type-%d@probe.example"}}""".formatted(System.nanoTime()))).build(), TEXT);
            probes++;
            assertThat(answer.statusCode()).as("intake as " + type + " " + answer.body()).isEqualTo(201);
        }
    }

    @org.junit.jupiter.api.AfterAll
    void count() {
        System.out.println("probe HTTP requests: " + probes);
    }
}
