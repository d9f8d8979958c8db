package com.publisherportal.campaigns;

import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import com.publisherportal.testsupport.VaadinUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
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
    private HttpSession visitor;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @BeforeEach
    void visit() {
        visitor = HttpSession.anonymous(port);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return visitor.get(path, "Accept", "text/html");
    }

    private String rendered(String route) throws Exception {
        return VaadinUi.rendered(visitor, route);
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
