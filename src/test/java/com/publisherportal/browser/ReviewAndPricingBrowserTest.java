package com.publisherportal.browser;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's workbench and the plan's markets and prices, opened by their address in a real
 * browser at desktop and phone width, in English and in French: everything to judge is on the
 * review page (listing, plans, technical configuration, checks, the conversation), the pricing
 * workbook's panel is under the market grid, and neither page scrolls sideways. Keeps the
 * screenshots under target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewAndPricingBrowserTest {


    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void englishAgain() {
        jdbc.sql("UPDATE app_user SET preferred_language = 'en' WHERE email = 'reviewer@portal.example'").update();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1440", "en, 390", "fr, 1440", "fr, 390"})
    void theReviewPageAndThePlansPricesReadWellOnEveryScreen(String language, int width) throws Exception {
        jdbc.sql("UPDATE app_user SET preferred_language = :l WHERE email = 'reviewer@portal.example'").param("l", language).update();
        long secureVm = jdbc.sql("SELECT id FROM offer WHERE offer_id = 'contoso-secure-vm'").query(Long.class).single();
        long analytics = jdbc.sql("SELECT id FROM offer WHERE offer_id = 'contoso-analytics'").query(Long.class).single();
        boolean french = language.equals("fr");

        try (Chromium chromium = Chromium.start(port)) {
            WebDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(width, 900));
            chromium.signIn("reviewer@portal.example", AccountDemoData.PASSWORD);
            chromium.openUntil("staff/review/certification/" + secureVm, By.id("workbench"));
            for (String part : new String[]{"review-listing", "review-plans", "review-technical", "review-prerequisites",
                    "review-checks", "conversation", "due-state"}) {
                assertThat(driver.findElements(By.id(part))).as(part).isNotEmpty();
            }
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains(french ? "Prérequis" : "Prerequisites")
                    .contains(french ? "Plans et prix" : "Plans and prices")
                    .contains(french ? "Échanges avec l’éditeur" : "Conversation with the publisher");
            Thread.sleep(800);
            assertNoSidewaysScroll(driver, width);
            chromium.screenshot("review-" + language + "-" + width + ".png");
        }

        // The plan's markets and prices, by Contoso's owner (English) or manager (French).
        try (Chromium chromium = Chromium.start(port)) {
            WebDriver driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(width, 900));
            chromium.signIn(french ? "manager@contoso.example" : "owner@contoso.example", AccountDemoData.PASSWORD);
            chromium.openUntil("offers/" + analytics + "/plans/standard?tab=markets", By.id("pricing-workbook"));
            assertThat(driver.findElement(By.id("pricing-download")).getText())
                    .isEqualTo(french ? "Télécharger le classeur des prix (.xlsx)" : "Download the pricing workbook (.xlsx)");
            Thread.sleep(800);
            assertNoSidewaysScroll(driver, width);
            chromium.screenshot("plan-markets-" + language + "-" + width + ".png");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('pricing-workbook').scrollIntoView()");
            Thread.sleep(300);
            chromium.screenshot("plan-workbook-" + language + "-" + width + ".png");
        }
    }

    /**
     * Neither the page nor anything on it reaches past the screen's right edge (which would scroll
     * the view sideways); grids and tab strips scroll inside themselves, with their own arrows.
     */
    private static void assertNoSidewaysScroll(WebDriver driver, int width) {
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(width);
        Object wide = ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('.portal-page *')]
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.closest('vaadin-grid') && !e.closest('vaadin-tabs'))
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ');""");
        assertThat(wide).as("elements past the right edge").isEqualTo("");
    }
}
