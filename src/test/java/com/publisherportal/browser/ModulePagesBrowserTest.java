package com.publisherportal.browser;

import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that other modules fill, loaded directly by URL in a real browser: the dashboard
 * (cards contributed by accounts, onboarding, leads, go-to-market, API keys and the audit log) and
 * an offer's pages (its overview with go-to-market's launch progress, the listing editor, the
 * go-to-market page), at desktop and phone width, in English (Alice) and French (Marc). Keeps the
 * screenshots under target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModulePagesBrowserTest {

    @LocalServerPort int port;
    @Autowired OfferRepository offers;
    private Chromium chromium;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = Chromium.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
            "owner@contoso.example, 1440, 900, en, New leads, Launch checklist, Recent activity",
            "owner@contoso.example, 390, 844, en, New leads, Launch checklist, Recent activity",
            "manager@contoso.example, 1440, 900, fr, Nouveaux prospects, Liste de lancement, Activité récente",
            "manager@contoso.example, 390, 844, fr, Nouveaux prospects, Liste de lancement, Activité récente"})
    void dashboardAndOfferPagesShowWhatTheModulesContribute(String email, int width, int height, String language,
                                                             String leadsCard, String launchWord, String activityHeading) throws Exception {
        WebDriver driver = chromium.driver();
        chromium.signInAt(email, width, height);
        String shot = language + "-" + width;

        chromium.open("");
        chromium.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".portal-card"), 5));
        String dashboard = driver.findElement(By.id("dashboard")).getText();
        assertThat(dashboard).contains(leadsCard);
        assertThat(dashboard).contains(activityHeading);
        chromium.screenshot("modules-dashboard-" + shot + ".png");

        long live = offers.findByPublisherIdAndOfferId("contoso", "contoso-analytics").orElseThrow().id();
        chromium.openUntil("offers/" + live, By.id("launch-progress"));
        assertThat(driver.findElement(By.id("launch-progress")).getText()).containsIgnoringCase(launchWord);
        chromium.screenshot("modules-offer-" + shot + ".png");

        chromium.openUntil("offers/" + live + "/listing", By.id("listing-tabs"));
        chromium.screenshot("modules-listing-" + shot + ".png");

        chromium.openUntil("offers/" + live + "/go-to-market", By.id("gtm-tabs"));
        chromium.screenshot("modules-go-to-market-" + shot + ".png");

        chromium.open("offers/999999");
        chromium.waiting().until(d -> !d.findElements(By.tagName("body")).isEmpty());
        assertThat(driver.findElements(By.id("offer-view"))).isEmpty();
    }

    /** Every other view this change moved or rewired, loaded by URL: it renders inside the layout, titled, not as "not found". */
    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
            "owner@contoso.example, 1440, 900, en, attribution attribution/check campaigns account/activity account/users account/api-keys leads leads/intake insights insights/orders insights/usage insights/customers insights/marketplace insights/deployments profile",
            "owner@contoso.example, 390, 844, en, attribution attribution/check campaigns account/activity account/api-keys leads insights insights/orders",
            "manager@contoso.example, 1440, 900, fr, attribution attribution/check campaigns account/activity account/users account/api-keys leads insights insights/orders profile",
            "manager@contoso.example, 390, 844, fr, attribution attribution/check campaigns account/activity account/api-keys leads insights",
            "admin@portal.example, 1440, 900, en, staff/audit staff/accounts admin/staff",
            "admin@portal.example, 390, 844, en, staff/audit staff/accounts"})
    void movedViewsRenderInTheLayoutWhenLoadedByUrl(String email, int width, int height, String language, String routes)
            throws Exception {
        WebDriver driver = chromium.driver();
        chromium.signInAt(email, width, height);
        for (String route : routes.split(" ")) {
            chromium.open(route);
            chromium.waiting().until(d -> !d.findElement(By.cssSelector("h1.portal-view-title")).getText().isBlank());
            assertThat(driver.findElement(By.tagName("body")).getText()).as(route).doesNotContain("Could not navigate");
            chromium.screenshot("modules-" + route.replace('/', '-') + "-" + email.substring(0, email.indexOf('@'))
                    + "-" + language + "-" + width + ".png");
        }
    }

    /** The public pages (sign-in, sign-up, a live product page), loaded by URL in both languages at both widths. */
    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"en-US, 1440, 900, Sign in", "en-US, 390, 844, Sign in", "fr-FR, 1440, 900, Connexion", "fr-FR, 390, 844, Connexion"})
    void publicPagesRenderInTheBrowsersLanguage(String language, int width, int height, String signInWord) throws Exception {
        chromium.close();
        chromium = Chromium.start(port, language);
        WebDriver driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(width, height));
        String shot = language.substring(0, 2) + "-" + width;
        chromium.open("login");
        chromium.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(signInWord));
        chromium.screenshot("public-login-" + shot + ".png");
        chromium.open("signup");
        chromium.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-text-field")).isEmpty());
        chromium.screenshot("public-signup-" + shot + ".png");
        chromium.open("marketplace/product/contoso.contoso-analytics");
        chromium.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Contoso Analytics"));
        chromium.screenshot("public-product-" + shot + ".png");
    }
}
