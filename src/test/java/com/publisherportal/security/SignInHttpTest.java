package com.publisherportal.security;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.notification.PortalNotification;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form over real HTTP: no login CSRF (a post without the page's token, or from another
 * origin, signs nobody in), failed sign-ins throttled per client address on top of the per-account
 * lockout, and a locked-out user told in the portal when and from where. Its own context (a lower
 * per-address limit), so the throttling it provokes disturbs no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
@TestPropertySource(properties = "portal.sign-in.max-failures-per-address=8")
class SignInHttpTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SignIn signIn;
    @Autowired AccountService accountService;
    @Autowired PublisherAccountRepository accounts;
    @Autowired NotificationService notifications;
    @Autowired CallerRepository callers;

    /** A browser: keeps its cookies, does not follow redirects. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrfParameter;
        String csrfToken;

        Browser openLoginPage() throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher m = META.matcher(page.body());
            while (m.find()) {
                if (m.group(1).equals("_csrf")) {
                    csrfToken = m.group(2);
                } else {
                    csrfParameter = m.group(2);
                }
            }
            assertThat(csrfToken).as(page.body()).isNotNull();
            return this;
        }

        HttpResponse<String> post(Map<String, String> form, String... headers) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What the portal's own sign-in page sends: the fields, its token, and its origin. */
        HttpResponse<String> signIn(String email, String password) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(Map.of("username", email, "password", password));
            form.put(csrfParameter, csrfToken);
            return post(form, "Origin", origin());
        }
    }

    URI uri(String path) {
        return URI.create(origin() + path);
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && !location(response).contains("/login");
    }

    static void assertRefused(HttpResponse<String> response) {
        assertThat(signedIn(response)).as(response.statusCode() + " " + location(response)).isFalse();
        assertThat(response.statusCode() == 403 || location(response).contains("/login?error"))
                .as(response.statusCode() + " " + location(response)).isTrue();
    }

    @BeforeEach
    void freshWindow() {
        // Each test starts after any earlier test's throttling window.
        clock.advance(Duration.ofHours(2));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theRealFormSignsInWithThePagesTokenFromThePortalsOwnOrigin() throws Exception {
        Browser browser = new Browser().openLoginPage();
        assertThat(browser.csrfParameter).isEqualTo("_csrf");
        assertThat(browser.csrfToken).isNotBlank();
        HttpResponse<String> response = browser.signIn("finance@contoso.example", AccountDemoData.PASSWORD);
        assertThat(signedIn(response)).as(response.statusCode() + " " + location(response)).isTrue();
    }

    @Test
    void aPostWithoutThePagesTokenSignsNobodyIn() throws Exception {
        // The victim's browser has a session (it has seen the portal) but the forged form has no token.
        Browser victim = new Browser().openLoginPage();
        assertRefused(victim.post(Map.of("username", "finance@contoso.example", "password", AccountDemoData.PASSWORD)));
        assertRefused(victim.post(Map.of("username", "finance@contoso.example", "password", AccountDemoData.PASSWORD, "_csrf", "forged"),
                "Origin", origin()));
        // No session at all.
        assertRefused(new Browser().post(Map.of("username", "finance@contoso.example", "password", AccountDemoData.PASSWORD)));
    }

    @Test
    void aPostFromAnotherOriginSignsNobodyInEvenWithAToken() throws Exception {
        Browser browser = new Browser().openLoginPage();
        Map<String, String> form = Map.of("username", "finance@contoso.example", "password", AccountDemoData.PASSWORD,
                browser.csrfParameter, browser.csrfToken);
        assertRefused(browser.post(form, "Origin", "https://attacker.example"));
        assertRefused(browser.post(form, "Origin", "null"));
        assertRefused(browser.post(form, "Sec-Fetch-Site", "cross-site"));
        assertThat(signedIn(browser.signIn("finance@contoso.example", AccountDemoData.PASSWORD))).isTrue();
    }

    @Test
    void failedSignInsAreThrottledPerClientAddressAndThrottledAttemptsLockNoAccount() throws Exception {
        Browser attacker = new Browser().openLoginPage();
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> failed = attacker.signIn("nobody-" + i + "@nowhere.example", "wrong-password-" + i);
            assertThat(location(failed)).contains("/login?error");
        }
        // The address is throttled now: even a right password is refused, with the throttling message.
        HttpResponse<String> throttled = attacker.signIn("developer@contoso.example", AccountDemoData.PASSWORD);
        assertThat(signedIn(throttled)).isFalse();
        assertThat(location(throttled)).contains("/login?error=throttled");
        // Throttled attempts do not count against the account, so they cannot lock it out.
        for (int i = 0; i < 6; i++) {
            attacker.signIn("marketer@contoso.example", "wrong-password-" + i);
        }
        assertThat(callers.findLogin("marketer@contoso.example").orElseThrow().lockedUntil()).isNull();

        clock.advance(Duration.ofMinutes(16));
        assertThat(signedIn(new Browser().openLoginPage().signIn("developer@contoso.example", AccountDemoData.PASSWORD))).isTrue();
    }

    @Test
    void aLockedOutUserIsToldInThePortalWhenAndFromWhere() throws Exception {
        String email = "locked-" + System.nanoTime() + "@contoso.example";
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        String oneTimePassword = accountService.addUser(contoso, email, "Lou Locked", AccountRole.DEVELOPER).oneTimePassword();
        SignIn.out();

        Browser browser = new Browser().openLoginPage();
        for (int i = 0; i < PortalAuthenticationProvider.MAX_FAILURES; i++) {
            assertThat(signedIn(browser.signIn(email, "wrong-password-" + i))).isFalse();
        }
        assertThat(callers.findLogin(email).orElseThrow().lockedUntil()).isNotNull();
        assertThat(signedIn(browser.signIn(email, oneTimePassword))).isFalse();

        signIn.as(email);
        List<PortalNotification> mine = new ArrayList<>(notifications.mine(10));
        assertThat(mine).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.sign-in-locked");
            assertThat(n.arguments()).contains("127.0.0.1");
            assertThat(String.join(" ", n.arguments())).contains("UTC");
        });
    }
}
