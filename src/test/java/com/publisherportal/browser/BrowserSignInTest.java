package com.publisherportal.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One walk through the real portal in Debian's Chromium: sign in as a demo publisher, see the
 * dashboard, switch to French, and keep a screenshot under target/. The browser and driver
 * come from Debian packages ({@code .ci/run} installs them); nothing is downloaded. Without
 * them the test is skipped, unless {@code PORTAL_REQUIRE_BROWSER=true} (as in CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSignInTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort int port;
    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("PORTAL_REQUIRE_BROWSER=true but chromium/chromium-driver are not installed");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPublisherSignsInSeesTheDashboardAndSwitchesToFrench() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username = wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys("owner@contoso.example");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("portal-demo-2026");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Welcome, Alice Owner"));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Users");

        driver.findElement(By.cssSelector("vaadin-menu-bar.portal-user-menu vaadin-menu-bar-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .anyMatch(e -> e.getText().contains("Language"))).booleanValue();
        driver.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(e -> e.getText().contains("Language")).findFirst().orElseThrow().click();
        WebElement french = wait.until(ExpectedConditions.elementToBeClickable(By.id("language-fr")));
        french.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Bienvenue, Alice Owner"));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Utilisateurs");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "dashboard-fr.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }
}
