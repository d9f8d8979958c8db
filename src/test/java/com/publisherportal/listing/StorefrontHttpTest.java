package com.publisherportal.listing;

import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The public product page and media over HTTP, without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class StorefrontHttpTest {

    @LocalServerPort int port;
    @Autowired ListingRepository revisions;
    @Autowired MediaRepository media;
    @Autowired OfferService offers;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long mediaOf(String publisherId, String offerId, RevisionState state, MediaKind kind) {
        long offer = offers.findByAddress(publisherId, offerId).orElseThrow().id();
        long revision = revisions.findByOfferIdAndState(offer, state).orElseThrow().id();
        return media.forRevision(revision).stream().filter(m -> m.kind() == kind).findFirst().orElseThrow().id();
    }

    @Test
    void aLiveOffersPageIsPublicAndUnknownOrNonLiveOnesAre404() throws Exception {
        assertThat(get("/marketplace/product/contoso.contoso-analytics").statusCode()).isEqualTo(200);
        assertThat(get("/marketplace/product/contoso.no-such-offer").statusCode()).isEqualTo(404);
        assertThat(get("/marketplace/product/contoso.contoso-insights-pbi").statusCode()).isEqualTo(404);
        assertThat(get("/marketplace/product/nodot").statusCode()).isEqualTo(404);
    }

    @Test
    void liveMediaIsServedWithItsTypeNosniffAndAName() throws Exception {
        HttpResponse<byte[]> logo = get("/media/" + mediaOf("contoso", "contoso-analytics", RevisionState.LIVE, MediaKind.LOGO_LARGE));
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(logo.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("inline", "logo-216.png"));
        HttpResponse<byte[]> pdf = get("/media/" + mediaOf("contoso", "contoso-analytics", RevisionState.LIVE, MediaKind.DOCUMENT));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void draftMediaIsNotFoundForAnonymousVisitors() throws Exception {
        assertThat(get("/media/" + mediaOf("contoso", "contoso-insights-pbi", RevisionState.DRAFT, MediaKind.LOGO_SMALL)).statusCode())
                .isEqualTo(404);
        assertThat(get("/media/999999").statusCode()).isEqualTo(404);
    }
}
