package com.publisherportal.security;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.Member;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API key acts with its creator's CURRENT rights: 403 for what the creator's role no longer
 * allows, 401 once the creator is deactivated or no longer a member. Same context as ApiKeyHttpTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class ApiKeyCreatorRightsHttpTest {

    private static final String TEMPLATE = """
            {"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion":"1.0.0.0","resources":[]}""";

    @LocalServerPort int port;
    @Autowired ApiKeyService apiKeys;
    @Autowired AccountService accountService;
    @Autowired SignIn signIn;
    @Autowired PublisherAccountRepository accounts;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    int get(String path, String key) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        }
        return response.statusCode();
    }

    int check(String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/attribution/check"))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    long contoso() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    /** A new manager of Contoso, signed in as the owner who added them. */
    Member newManager(String email) {
        signIn.as("owner@contoso.example");
        return accountService.addUser(contoso(), email, "Kim Keymaker", AccountRole.MANAGER).member();
    }

    void changeRole(long userId, AccountRole role) {
        signIn.as("owner@contoso.example");
        Member member = accountService.members(contoso()).stream().filter(m -> m.userId() == userId).findFirst().orElseThrow();
        accountService.changeRole(contoso(), userId, role, member.version());
    }

    void setEnabled(long userId, boolean enabled) {
        signIn.as("owner@contoso.example");
        accountService.setEnabled(contoso(), userId, enabled);
    }

    @Test
    void aDemotedCreatorsKeyGets403ForWhatTheNewRoleDoesNotAllowAndADeactivatedCreators401() throws Exception {
        String email = "keymaker-" + System.nanoTime() + "@contoso.example";
        Member manager = newManager(email);
        signIn.as(email);
        String key = apiKeys.create(contoso(), "Manager's CRM", EnumSet.allOf(ApiScope.class)).plainText();
        SignIn.out();
        assertThat(get("/api/reports/orders", key)).isEqualTo(200);
        assertThat(get("/api/reports/usage", key)).isEqualTo(200);
        assertThat(get("/api/leads", key)).isEqualTo(200);

        assertThat(status(key).state()).isEqualTo(ApiKeyStatus.State.ACTIVE);

        changeRole(manager.userId(), AccountRole.DEVELOPER);
        ApiKeyStatus developer = status(key);
        assertThat(developer.state()).isEqualTo(ApiKeyStatus.State.PARTLY_SUSPENDED);
        assertThat(developer.reason()).isEqualTo(ApiKeyStatus.Reason.CREATOR_ROLE);
        assertThat(developer.creatorRole()).isEqualTo(AccountRole.DEVELOPER);
        assertThat(developer.suspendedScopes()).containsExactly(ApiScope.LEADS_READ);
        assertThat(developer.limitedScopes()).containsExactly(ApiScope.REPORTS_READ);
        assertThat(get("/api/reports/orders", key)).isEqualTo(403);
        assertThat(get("/api/reports/usage", key)).isEqualTo(403);
        assertThat(get("/api/reports/customers", key)).isEqualTo(403);
        assertThat(get("/api/leads", key)).isEqualTo(403);
        // What a developer may still do, the key still does.
        assertThat(get("/api/reports/deployments", key)).isEqualTo(200);
        assertThat(check(key)).isEqualTo(200);
        assertThat(get("/api/account", key)).isEqualTo(200);

        changeRole(manager.userId(), AccountRole.FINANCIAL);
        assertThat(get("/api/reports/orders", key)).isEqualTo(200);
        assertThat(get("/api/leads", key)).isEqualTo(403);
        assertThat(check(key)).isEqualTo(403);

        setEnabled(manager.userId(), false);
        assertThat(status(key).state()).isEqualTo(ApiKeyStatus.State.SUSPENDED);
        assertThat(status(key).reason()).isEqualTo(ApiKeyStatus.Reason.CREATOR_DEACTIVATED);
        assertThat(status(key).creatorName()).isEqualTo("Kim Keymaker");
        assertThat(get("/api/account", key)).isEqualTo(401);
        assertThat(get("/api/reports/deployments", key)).isEqualTo(401);
        assertThat(get("/api/reports/orders", key)).isEqualTo(401);

        setEnabled(manager.userId(), true);
        changeRole(manager.userId(), AccountRole.MANAGER);
        assertThat(get("/api/leads", key)).isEqualTo(200);
        assertThat(status(key).state()).isEqualTo(ApiKeyStatus.State.ACTIVE);
    }

    @Test
    void aKeyWhoseCreatorLeftTheAccountGets401() throws Exception {
        String email = "leaver-" + System.nanoTime() + "@contoso.example";
        Member manager = newManager(email);
        signIn.as(email);
        String key = apiKeys.create(contoso(), "Leaver's key", EnumSet.of(ApiScope.REPORTS_READ)).plainText();
        SignIn.out();
        assertThat(get("/api/reports/orders", key)).isEqualTo(200);
        jdbc.sql("DELETE FROM membership WHERE user_id = :userId AND account_id = :accountId")
                .param("userId", manager.userId()).param("accountId", contoso()).update();
        assertThat(get("/api/reports/orders", key)).isEqualTo(401);
        assertThat(get("/api/account", key)).isEqualTo(401);
        assertThat(status(key).state()).isEqualTo(ApiKeyStatus.State.SUSPENDED);
        assertThat(status(key).reason()).isEqualTo(ApiKeyStatus.Reason.CREATOR_REMOVED);
    }

    @Test
    void theSuspended401SaysWhy() throws Exception {
        String email = "explained-" + System.nanoTime() + "@contoso.example";
        Member manager = newManager(email);
        signIn.as(email);
        String key = apiKeys.create(contoso(), "Explained", EnumSet.of(ApiScope.LEADS_READ)).plainText();
        setEnabled(manager.userId(), false);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads"))
                .header("X-Api-Key", key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("suspended");
        assertThat(status(key).state()).isEqualTo(ApiKeyStatus.State.SUSPENDED);
    }

    /** The key's status as the API keys page shows it (read as Contoso's owner). */
    ApiKeyStatus status(String plainKey) {
        signIn.as("owner@contoso.example");
        try {
            return apiKeys.statuses(contoso()).stream().filter(s -> plainKey.startsWith("ppk_" + s.key().keyId() + "_"))
                    .findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }
}
