package com.publisherportal.browser;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One walk through the real portal in Debian's Chromium: sign in as a demo publisher, see the
 * dashboard, switch to French, and keep a screenshot under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSignInTest {

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
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
        // Alice chose French here; the other browser tests sharing this portal read her pages in English.
        jdbc.sql("UPDATE app_user SET preferred_language = 'en' WHERE email = 'owner@contoso.example'").update();
    }

    @Test
    void aPublisherSignsInSeesTheDashboardAndSwitchesToFrench() throws Exception {
        WebDriver driver = chromium.driver();
        WebDriverWait wait = chromium.waiting();
        chromium.open("");
        wait.until(ExpectedConditions.urlContains("/login"));
        chromium.signIn("owner@contoso.example", AccountDemoData.PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Welcome, Alice Owner"));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Users");

        // The user menu's entries exist while it is open: profile, the language in use ticked, sign-out.
        assertThat(driver.findElements(By.id("language-fr"))).isEmpty();
        driver.findElement(By.id("user-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out")));
        assertThat(driver.findElement(By.id("user-menu")).getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.id("user-profile")).getText()).isEqualTo("Profile and password");
        assertThat(driver.findElement(By.id("language-en")).getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.findElement(By.id("language-fr")).getDomAttribute("aria-pressed")).isEqualTo("false");
        driver.findElement(By.id("language-fr")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Bienvenue, Alice Owner"));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Utilisateurs");
        assertThat(Files.size(chromium.screenshot("dashboard-fr.png"))).isPositive();
    }
}
