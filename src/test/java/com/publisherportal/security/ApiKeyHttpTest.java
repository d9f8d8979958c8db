package com.publisherportal.security;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP APIs' key check: 401 without a valid key, 403 without the scope, and only the key's own account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class ApiKeyHttpTest {

    @LocalServerPort int port;
    @Autowired ApiKeyService apiKeys;
    @Autowired SignIn signIn;
    @Autowired PublisherAccountRepository accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutAValidKeyTheAnswerIs401() throws Exception {
        HttpResponse<String> none = get("/api/account", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(get("/api/account", "ppk_contosodemo01_NotTheRightSecretAtAll2026").statusCode()).isEqualTo(401);
        assertThat(get("/api/account", "garbage").statusCode()).isEqualTo(401);
        assertThat(get("/api/leads", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyReachesOnlyItsOwnAccount() throws Exception {
        HttpResponse<String> contoso = get("/api/account", AccountDemoData.CONTOSO_API_KEY);
        assertThat(contoso.statusCode()).isEqualTo(200);
        assertThat(contoso.body()).contains("\"publisherId\":\"contoso\"").doesNotContain("fabrikam");
        HttpResponse<String> fabrikam = get("/api/account", AccountDemoData.FABRIKAM_API_KEY);
        assertThat(fabrikam.body()).contains("\"publisherId\":\"fabrikam\"").doesNotContain("contoso");
    }

    @Test
    void aKeyWithoutTheScopeGets403AndARevokedKey401() throws Exception {
        signIn.as("owner@contoso.example");
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        var leadsOnly = apiKeys.create(contoso, "CRM", EnumSet.of(ApiScope.LEADS_READ));
        assertThat(get("/api/reports/orders", leadsOnly.plainText()).statusCode()).isEqualTo(403);
        assertThat(get("/api/attribution/check", leadsOnly.plainText()).statusCode()).isEqualTo(403);
        assertThat(get("/api/account", leadsOnly.plainText()).statusCode()).isEqualTo(200);
        apiKeys.revoke(contoso, leadsOnly.key().id());
        assertThat(get("/api/account", leadsOnly.plainText()).statusCode()).isEqualTo(401);
        assertThat(apiKeys.list(contoso)).filteredOn(k -> k.id().equals(leadsOnly.key().id()))
                .singleElement().satisfies(k -> assertThat(k.lastUsedAt()).isNotNull());
    }

    @Test
    void theBrowserUiStillRedirectsAnonymousUsersToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/account/users", null);
        assertThat(response.statusCode()).isIn(200, 302);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/login"));
        }
    }
}
