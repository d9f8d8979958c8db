package com.publisherportal.security;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.SignUpService;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.listing.ListingRepository;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS through the first load of a page, over real HTTP: text anyone can write (a lead
 * posted to the intake, a sign-up's display name, a listing's name and summary) must not reach
 * the HTML of a page's first response, where eager server load used to put it into an inline
 * script without escaping {@code </}. Also the real 404 of unknown product pages that eager
 * loading used to give, and the security headers on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class StoredXssHttpTest {

    static final String SCRIPT_PAYLOAD = "</script><script>window.__pwned=1</script>";
    static final String IMG_PAYLOAD = "</script><img src=x onerror=window.__pwned=2>";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort int port;
    @Autowired SignUpService signUps;
    @Autowired OfferService offers;
    @Autowired ListingRepository revisions;
    @Autowired JdbcClient jdbc;

    /** A browser-like client: its own cookies, redirects not followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form, with its CSRF token, as a browser would. */
    private HttpClient signedIn(String email) throws Exception {
        HttpClient client = browser();
        Matcher csrf = CSRF.matcher(get(client, "/login").body());
        assertThat(csrf.find()).as("CSRF token on /login").isTrue();
        String form = Map.of("username", email, "password", AccountDemoData.PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
        return client;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The first response is the page itself: 200, no planted text anywhere in it, every script with the nonce. */
    private static void assertFirstLoadIsClean(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("__pwned").doesNotContain("onerror");
        assertEveryScriptCarriesTheNonce(page);
    }

    private static void assertEveryScriptCarriesTheNonce(HttpResponse<String> page) {
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        Document document = Jsoup.parse(page.body());
        assertThat(document.select("script")).isNotEmpty().allSatisfy(script ->
                assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce.group(1)));
    }

    @Test
    void aLeadPostedToTheIntakeDoesNotReachTheFirstLoadOfTheInbox() throws Exception {
        String lead = """
                {"ActionCode":"PLT","OfferTitle":"T","LeadSource":"AzureMarketplace",
                 "UserDetails":{"FirstName":%s,"LastName":%s,"Company":%s,"Email":"xss-http@b.example"}}"""
                .formatted(json(SCRIPT_PAYLOAD), json(IMG_PAYLOAD), json(IMG_PAYLOAD));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        uri("/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(lead)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(201);

        HttpClient owner = signedIn("owner@contoso.example");
        assertFirstLoadIsClean(get(owner, "/leads"));
        assertFirstLoadIsClean(get(owner, "/"));
    }

    @Test
    void aSignUpDisplayNameDoesNotReachTheFirstLoadOfTheStaffPublisherList() throws Exception {
        signUps.signUp(new SignUpService.SignUp("Xss Http Ltd", IMG_PAYLOAD, "xss-http-" + System.nanoTime() % 100_000,
                "FR", "Eve Http", "eve-" + System.nanoTime() + "@xss-http.example", "a-strong-passphrase-42", "en"));
        HttpClient admin = signedIn("admin@portal.example");
        assertFirstLoadIsClean(get(admin, "/staff/accounts"));
    }

    @Test
    void aListingsNameAndSummaryDoNotReachTheFirstLoadOfTheProductPage() throws Exception {
        long offer = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        long revision = revisions.findByOfferIdAndState(offer, RevisionState.LIVE).orElseThrow().id();
        String[] original = jdbc.sql("SELECT name, summary FROM listing_revision WHERE id = :id").param("id", revision)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).single();
        try {
            jdbc.sql("UPDATE listing_revision SET name = :name, summary = :summary WHERE id = :id")
                    .param("name", IMG_PAYLOAD).param("summary", SCRIPT_PAYLOAD).param("id", revision).update();
            assertFirstLoadIsClean(get(browser(), "/marketplace/product/contoso.contoso-analytics"));
            assertFirstLoadIsClean(get(browser(), "/marketplace/product/contoso.contoso-analytics?src=linkedin&mktcmpid=x1"));
        } finally {
            jdbc.sql("UPDATE listing_revision SET name = :name, summary = :summary WHERE id = :id")
                    .param("name", original[0]).param("summary", original[1])
                    .param("id", revision).update();
        }
    }

    @Test
    void unknownOrNonLiveProductPagesAnswer404OnTheFirstRequestAndLiveOnes200() throws Exception {
        HttpClient anonymous = browser();
        assertThat(get(anonymous, "/marketplace/product/contoso.contoso-analytics").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, "/marketplace/product/contoso.contoso-analytics?src=x&mktcmpid=y").statusCode()).isEqualTo(200);
        for (String missing : List.of("unknown.thing", "contoso.no-such-offer", "contoso.contoso-insights-pbi", "nodot", ".x")) {
            HttpResponse<String> page = get(anonymous, "/marketplace/product/" + missing);
            assertThat(page.statusCode()).as(missing).isEqualTo(404);
            // Still Vaadin's page (it shows "not found"), with the same headers as any other.
            assertEveryScriptCarriesTheNonce(page);
        }
        HttpResponse<Void> head = anonymous.send(HttpRequest.newBuilder(uri("/marketplace/product/unknown.thing"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageCarriesTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        HttpClient anonymous = browser();
        HttpClient owner = signedIn("owner@contoso.example");
        Map<String, HttpResponse<String>> pages = Map.of(
                "/login", get(anonymous, "/login"),
                "/signup", get(anonymous, "/signup"),
                "storefront", get(anonymous, "/marketplace/product/contoso.contoso-analytics"),
                "storefront 404", get(anonymous, "/marketplace/product/unknown.thing"),
                "/leads", get(owner, "/leads"),
                "/insights", get(owner, "/insights"),
                "stylesheet", get(anonymous, "/styles/portal.css"));
        pages.forEach((name, page) -> {
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(name).contains("default-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                    "form-action 'self'");
            String scriptSrc = directive(csp, "script-src");
            assertThat(scriptSrc).as(name).contains("'self'", "'nonce-").doesNotContain("'unsafe-inline'", "*", "data:", "http");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(name).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(name)
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()", "microphone=()", "geolocation=()"));
            // Tomcat 11 used to drop Spring Security's headers on Vaadin's forwarded pages.
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(name).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(name).hasValue("DENY");
        });
        // A fresh nonce per response.
        assertThat(nonce(get(anonymous, "/login"))).isNotEqualTo(nonce(get(anonymous, "/login")));

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/account"))
                .header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    private static String directive(String csp, String name) {
        return List.of(csp.split(";")).stream().map(String::trim).filter(d -> d.startsWith(name + " "))
                .findFirst().orElse("");
    }
}
