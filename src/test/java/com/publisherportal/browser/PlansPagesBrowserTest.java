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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans pages in a real browser, at desktop and phone width, in English and French: the
 * offer's plans, the plan editor's pricing and markets, and the staff's markets. The page itself
 * never scrolls sideways (wide grids scroll inside themselves). Keeps the screenshots under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlansPagesBrowserTest {

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
            "owner@contoso.example, 1440, 900, en, Plans and pricing",
            "owner@contoso.example, 390, 844, en, Plans and pricing",
            "manager@contoso.example, 1440, 900, fr, Plans et tarification",
            "manager@contoso.example, 390, 844, fr, Plans et tarification"})
    void thePlansPagesFitTheScreen(String email, int width, int height, String language, String title) throws Exception {
        WebDriver driver = chromium.driver();
        chromium.signInAt(email, width, height);
        String shot = language + "-" + width;
        long analytics = offers.findByPublisherIdAndOfferId("contoso", "contoso-analytics").orElseThrow().id();

        chromium.openUntil("offers/" + analytics + "/plans", By.id("plan-card-standard"));
        assertThat(driver.findElement(By.cssSelector("h1.portal-view-title")).getText()).isEqualTo(title);
        assertNoSidewaysScroll(driver, "plans");
        chromium.screenshot("plans-list-" + shot + ".png");

        chromium.openUntil("offers/" + analytics + "/plans/enterprise", By.id("plan-tabs"));
        chromium.screenshot("plans-editor-listing-" + shot + ".png");
        for (int tab : new int[]{1, 2, 3, 4}) {
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelectorAll('#plan-tabs vaadin-tab')[arguments[0]].click()", tab);
            Thread.sleep(700);
            assertNoSidewaysScroll(driver, "plan tab " + tab);
            chromium.screenshot("plans-editor-tab" + tab + "-" + shot + ".png");
        }
        // The live plan's announced increase, on its Price changes tab and on the storefront.
        assertThat(driver.findElement(By.id("price-changes")).getText()).contains(
                language.equals("fr") ? "Publiés, pas encore en vigueur" : "Published, not in effect yet", "→");
        chromium.openUntil("marketplace/product/contoso.contoso-analytics?market=DE", By.id("plan-enterprise"));
        assertThat(driver.findElement(By.cssSelector("#plan-enterprise .portal-product-price-change")).getText())
                .startsWith(language.equals("fr") ? "À partir du" : "From");
        assertNoSidewaysScroll(driver, "product page");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('plan-enterprise').scrollIntoView()");
        Thread.sleep(300);
        chromium.screenshot("plans-product-" + shot + ".png");

        chromium.openUntil("offers/" + analytics + "/plans/partner-private", By.id("plan-tabs"));
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('#plan-tabs vaadin-tab')[1].click()");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-grid")));
        Thread.sleep(500);
        assertNoSidewaysScroll(driver, "private plan");
        chromium.screenshot("plans-editor-private-" + shot + ".png");
    }

    @ParameterizedTest(name = "at {0}px")
    @CsvSource({"1440, 900", "390, 844"})
    void staffSeeTheMarkets(int width, int height) throws Exception {
        WebDriver driver = chromium.driver();
        chromium.signInAt("reviewer@portal.example", width, height);
        chromium.openUntil("staff/markets", By.id("markets-grid"));
        Thread.sleep(500);
        assertNoSidewaysScroll(driver, "markets");
        chromium.screenshot("plans-staff-markets-" + width + ".png");
    }

    private static void assertNoSidewaysScroll(WebDriver driver, String where) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(where + " scrolls sideways").isLessThanOrEqualTo(0);
    }
}
