package com.publisherportal.campaigns;

import com.publisherportal.listing.GeneratedArtwork;
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

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test drive's public page over real HTTP, without signing in: 404 unless the offer is live
 * with a test drive; the publisher's description arrives as text (never markup), and neither the
 * access information nor the kind's settings reach the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, SignIn.class})
class TestDrivePageHttpTest {

    private static final String PAYLOAD = "<img src=x onerror=alert('td')><script>alert(1)</script>";

    @LocalServerPort int port;
    @Autowired OfferService offers;
    @Autowired GoToMarketService goToMarket;
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

    /** What Vaadin's client asks for after the page load: a UI (init), then the navigation to the route. */
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
    void theTestDrivePageOfALiveOfferShowsTheKindAndTheDescriptionAsTextAndNothingSecret() throws Exception {
        String page = "/marketplace/product/fabrikam.fabrikam-backup/test-drive";
        assertThat(get(page).statusCode()).as("no test drive yet").isEqualTo(404);
        signIn.as("owner@fabrikam.example");
        long backup = offers.findByAddress("fabrikam", "fabrikam-backup").orElseThrow().id();
        goToMarket.saveTestDrive(backup, new GoToMarketService.TestDriveForm(TestDriveType.AZURE_RESOURCE_MANAGER, 1, 1, 2,
                        6, List.of("westeurope", "eastus"), TestDriveSettings.none(), "Line one\n" + PAYLOAD,
                        "SECRET-ACCESS-Password123"), "manual.pdf",
                new ByteArrayInputStream(GeneratedArtwork.pdf("Manual")), -1);
        SignIn.out();
        try {
            assertThat(get(page).statusCode()).isEqualTo(200);
            String ui = rendered(page.substring(1));
            assertThat(ui).contains("test-drive-request", "Azure Resource Manager template", "westeurope, eastus")
                    .contains("you have 6 hours".substring(4));
            // The payload arrives as a text node's value (JSON-escaped), never as HTML to parse.
            assertThat(ui).contains("onerror=alert('td')").doesNotContain("innerHTML");
            assertThat(ui).doesNotContain("SECRET-ACCESS");
            assertThat(get("/marketplace/product/fabrikam.fabrikam-backup").statusCode()).isEqualTo(200);
            assertThat(rendered("marketplace/product/fabrikam.fabrikam-backup")).contains("test-drive-page-link");
        } finally {
            signIn.as("owner@fabrikam.example");
            goToMarket.removeTestDrive(backup);
            SignIn.out();
        }
        assertThat(get(page).statusCode()).isEqualTo(404);
    }

    @Test
    void anOfferNotLiveOrUnknownHasNoTestDrivePage() throws Exception {
        assertThat(get("/marketplace/product/contoso.contoso-secure-vm/test-drive").statusCode()).isEqualTo(404);
        assertThat(get("/marketplace/product/contoso.no-such-offer/test-drive").statusCode()).isEqualTo(404);
        assertThat(get("/marketplace/product/contoso.contoso-analytics/test-drive").statusCode()).as("live, no test drive")
                .isEqualTo(404);
        // An address under the product page that is no route is an unknown page: sign-in first, as any other.
        assertThat(get("/marketplace/product/contoso.contoso-analytics/other").statusCode()).isIn(302, 404);
        assertThat(rendered("marketplace/product/contoso.contoso-analytics/test-drive")).contains("not-found");
    }
}
