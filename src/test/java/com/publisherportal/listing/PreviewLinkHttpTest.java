package com.publisherportal.listing;

import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview link over real HTTP, without signing in: 200 and the offer for a good token, 404 for a bad one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class PreviewLinkHttpTest {

    @LocalServerPort int port;
    @Autowired OfferService offers;
    @Autowired PreviewAudienceService audiences;
    @Autowired SignIn signIn;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What Vaadin's client asks for after the page load: a UI (init), then the navigation to the
     * route (a ui-navigate event); the answer is the page's components as JSON, with their texts.
     */
    private String rendered(String route) throws Exception {
        String init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=").body();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init);
        java.util.regex.Matcher ui = java.util.regex.Pattern.compile("\"v-uiId\":(\\d+)").matcher(init);
        assertThat(key.find() && ui.find()).as(init).isTrue();
        String body = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(key.group(1), route);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aGoodTokenOpensThePreviewAndABadOrRevokedOneIs404() throws Exception {
        signIn.as("owner@contoso.example");
        long analytics = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        String token = audiences.audience(analytics).token();
        SignIn.out();

        HttpResponse<String> page = get("/preview/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(rendered("preview/" + token)).contains("Contoso Analytics").contains("preview-banner");

        assertThat(get("/preview/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get("/preview/nonsense").statusCode()).isEqualTo(404);
        assertThat(rendered("preview/" + "A".repeat(43))).contains("not-found").doesNotContain("Contoso Analytics");

        signIn.as("owner@contoso.example");
        audiences.revokeLink(analytics);
        SignIn.out();
        assertThat(get("/preview/" + token).statusCode()).isEqualTo(404);
    }
}
