package com.publisherportal.listing;

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

import java.net.http.HttpResponse;

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
