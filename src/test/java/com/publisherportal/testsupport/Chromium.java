package com.publisherportal.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's Chromium driven by Selenium for the browser tests: nothing is downloaded. Without
 * the packages the test is skipped, unless {@code PORTAL_REQUIRE_BROWSER=true} (as in CI).
 */
public final class Chromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final int port;

    private Chromium(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    public static Chromium start(int port) throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("PORTAL_REQUIRE_BROWSER=true but chromium/chromium-driver are not installed");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking switches Chromium keeps trying hosts this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Chromium(new ChromeDriver(service, options), port);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    /** Signs in through the real login form and waits for the dashboard. */
    public void signIn(String email, String password) {
        open("login");
        waiting().until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
    }

    /** Keeps a screenshot under target/screenshots. */
    public Path screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
