package com.publisherportal.shell;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.webcomponent.WebComponentConfigurationRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown pages and pages of what the user may not see, over real HTTP: the page load answers 404
 * (never a bare 403, never a route list). What the page then shows is checked in a browser
 * ({@code browser.NotFoundBrowserTest}), since Vaadin builds it in later requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class NotFoundHttpTest {


    @LocalServerPort int port;
    @Autowired OfferService offers;
    @Autowired WebApplicationContext web;

    /** The page load, as a browser asks for it. */
    private static HttpResponse<String> page(HttpSession session, String path) throws Exception {
        return session.get(path, "Accept", "text/html");
    }

    private static void assertNoRouteList(String body) {
        assertThat(body).doesNotContain("Available routes").doesNotContain("Could not navigate")
                .doesNotContain("admin/staff").doesNotContain("staff/queue");
    }

    /** The running portal's Vaadin lookup is the one that remembers misses (a per-request class-path scan otherwise). */
    @Test
    void vaadinsLookupRemembersWhatItDidNotFind() throws Exception {
        assertThat(page(HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD), "/offers").statusCode()).isEqualTo(200);
        Lookup lookup = new VaadinServletContext(web.getServletContext()).getAttribute(Lookup.class);
        assertThat(lookup).isInstanceOf(LookupMisses.class);
        assertThat(lookup.lookup(I18NProvider.class)).isNotNull();
        // What it remembers for the whole run is what Spring would give every time.
        assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(web.getBean(VaadinRolePrefixHolder.class))
                .isSameAs(lookup.lookup(VaadinRolePrefixHolder.class));
    }

    /** The running portal's web component registry answers its every-request question without a lock. */
    @Test
    void vaadinsWebComponentRegistryTakesNoLockPerRequest() throws Exception {
        assertThat(page(HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD), "/offers").statusCode()).isEqualTo(200);
        assertThat(WebComponentConfigurationRegistry.getInstance(new VaadinServletContext(web.getServletContext())))
                .isInstanceOf(UncontendedWebComponentRegistry.class)
                .returns(false, WebComponentConfigurationRegistry::hasConfigurations);
    }

    @Test
    void anUnknownAddressIsTheBranded404() throws Exception {
        HttpSession session = HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD);
        HttpResponse<String> page = page(session, "/no-such-page");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
        assertNoRouteList(page.body());
        // A known page still loads; a signed-out visitor is sent to sign in first.
        assertThat(page(session, "/offers").statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(session.origin() + "/no-such-page")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void anotherPublishersOfferIsTheSame404() throws Exception {
        long contosos = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        HttpSession fabrikam = HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD);
        for (String path : new String[] {"/offers/" + contosos, "/offers/" + contosos + "/listing",
                "/offers/" + contosos + "/go-to-market", "/offers/99999999"}) {
            HttpResponse<String> page = page(fabrikam, path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertNoRouteList(page.body());
            assertThat(page.body()).as(path).doesNotContain("Contoso");
        }
        HttpSession contoso = HttpSession.signIn(port, "owner@contoso.example", AccountDemoData.PASSWORD);
        assertThat(page(contoso, "/offers/" + contosos).statusCode()).isEqualTo(200);
    }
}
