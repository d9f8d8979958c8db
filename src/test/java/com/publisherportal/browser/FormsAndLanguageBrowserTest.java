package com.publisherportal.browser;

import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people see of the fixes from the real-browser walkthrough, at desktop and phone width, in
 * English (owner) and French (manager): the "not found" page (unknown address, another
 * publisher's offer), the listing editor refusing an over-long summary, a French date picker
 * opened, the upload in the user's language, and the offer page. Screenshots stay under
 * target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormsAndLanguageBrowserTest {

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

    private String body() {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
            "owner@contoso.example, 1440, 900, en, This page was not found, Today, Upload a file…",
            "owner@contoso.example, 390, 844, en, This page was not found, Today, Upload a file…",
            "manager@contoso.example, 1440, 900, fr, Cette page est introuvable, Aujourd’hui, Téléverser un fichier…",
            "manager@contoso.example, 390, 844, fr, Cette page est introuvable, Aujourd’hui, Téléverser un fichier…"})
    void notFoundListingDatePickerAndUploadInTheUsersLanguage(String email, int width, int height, String language,
                                                              String notFound, String today, String upload) throws Exception {
        WebDriver driver = chromium.driver();
        chromium.signInAt(email, width, height);
        String shot = language + "-" + width;

        chromium.open("no-such-page");
        chromium.waiting().until(d -> body().contains(notFound));
        assertThat(body()).doesNotContain("Available routes").doesNotContain("Could not navigate")
                .doesNotContain("admin/staff");
        assertThat(driver.findElements(By.id("not-found-dashboard"))).hasSize(1);
        chromium.screenshot("forms-not-found-" + shot + ".png");

        long fabrikams = offers.findByPublisherIdAndOfferId("fabrikam", "fabrikam-backup").orElseThrow().id();
        chromium.open("offers/" + fabrikams);
        chromium.waiting().until(d -> body().contains(notFound));
        assertThat(body()).doesNotContain("Available routes").doesNotContain("Fabrikam Backup");
        chromium.screenshot("forms-not-found-other-offer-" + shot + ".png");

        long edge = offers.findByPublisherIdAndOfferId("contoso", "contoso-edge").orElseThrow().id();
        chromium.openUntil("offers/" + edge, By.id("offer-view"));
        chromium.screenshot("forms-offer-" + shot + ".png");

        chromium.openUntil("offers/" + edge + "/listing", By.id("listing-tabs"));
        WebElement summary = chromium.waiting().until(d -> d.findElement(By.cssSelector("#listing-summary input")));
        summary.sendKeys("x".repeat(163));
        chromium.waiting().until(d -> "true".equals(d.findElement(By.id("listing-summary")).getDomAttribute("invalid"))
                || d.findElement(By.id("listing-summary")).getDomAttribute("invalid") != null);
        assertThat(summary.getDomProperty("value")).hasSize(163);
        // Every keystroke went to the server (the counter and the advice follow the typing), and the advice
        // makes the page taller than the window: wait for the answers, then bring the button into view
        // (Selenium does not scroll the layout's own scroller).
        chromium.settle();
        WebElement save = driver.findElement(By.id("save-listing"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        chromium.waiting().until(d -> body().contains("163 / 100"));
        chromium.screenshot("forms-listing-too-long-" + shot + ".png");

        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('#listing-tabs').shadowRoot; "
                        + "document.querySelectorAll('vaadin-tab')[2].click();");
        chromium.waiting().until(d -> body().contains(upload));
        chromium.screenshot("forms-upload-" + shot + ".png");

        chromium.openUntil("leads", By.id("lead-more-filters"));
        // On a phone the filters are folded behind one button; the dates are among "More filters".
        var toggle = driver.findElements(By.cssSelector(".filter-panel-toggle"));
        if (!toggle.isEmpty() && toggle.getFirst().isDisplayed()) {
            toggle.getFirst().click();
            chromium.waiting().until(d -> d.findElement(By.id("lead-more-filters")).isDisplayed());
        }
        driver.findElement(By.id("lead-more-filters")).click();
        chromium.waiting().until(d -> d.findElement(By.id("lead-filter-from")).isDisplayed());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('lead-filter-from').opened = true;");
        chromium.waiting().until(d -> body().contains(today)
                || (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!document.querySelector('vaadin-date-picker-overlay')"));
        Thread.sleep(700);
        chromium.screenshot("forms-date-picker-" + shot + ".png");

        for (String route : new String[] {"account/users", "account/activity", "attribution/check"}) {
            chromium.open(route);
            chromium.waiting().until(d -> !d.findElement(By.cssSelector("h1.portal-view-title")).getText().isBlank());
            Thread.sleep(500);
            chromium.screenshot("forms-" + route.replace('/', '-') + "-" + shot + ".png");
        }
    }
}
