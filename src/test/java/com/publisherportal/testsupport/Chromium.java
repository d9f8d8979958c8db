package com.publisherportal.testsupport;

import com.publisherportal.demo.AccountDemoData;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

/**
 * Debian's Chromium driven by Selenium for the browser tests: nothing is downloaded. Without
 * the packages the test is skipped, unless {@code PORTAL_REQUIRE_BROWSER=true} (as in CI).
 * <p>
 * A closed browser is kept, one per language, and handed to the next test that starts one, after
 * its cookies, storage, windows, size and console are cleared: starting Chromium takes about 3 s
 * on CI's two cores, and the suite starts it some 80 times. Browsers still kept are quit when the
 * test JVM ends.
 */
public final class Chromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Map<String, Chromium> KEPT = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> KEPT.values().forEach(kept -> kept.driver.quit())));
    }

    private final WebDriver driver;
    private final String language;
    private int port;
    private boolean recordingCsp;
    private boolean closed;

    private Chromium(WebDriver driver, String language, int port) {
        this.driver = driver;
        this.language = language;
        this.port = port;
    }

    public static Chromium start(int port) throws Exception {
        return start(port, "en-US");
    }

    /** A browser whose language (what it sends as Accept-Language) is {@code language}, e.g. "fr-FR". */
    public static Chromium start(int port, String language) throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("PORTAL_REQUIRE_BROWSER=true but chromium/chromium-driver are not installed");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        Chromium kept = KEPT.remove(language);
        if (kept != null) {
            kept.port = port;
            kept.closed = false;
            return kept;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking switches Chromium keeps trying hosts this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console, for tests that look for Content-Security-Policy violations.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Chromium(new ChromeDriver(service, options), language, port);
    }

    /**
     * From now on every page keeps the Content-Security-Policy violations it sees in
     * {@code window.__cspViolations}; read them with {@link #cspViolations()}.
     */
    public void recordCspViolations() {
        if (recordingCsp) {
            return;
        }
        recordingCsp = true;
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """));
    }

    /** The current page's CSP violations, as reported to the page and as logged to the console since the last call. */
    public List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        Object reported = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || []");
        if (reported instanceof List<?> list) {
            list.forEach(v -> violations.add(String.valueOf(v)));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Permissions-Policy")) {
                violations.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return violations;
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

    /**
     * Waits until Vaadin has answered every request the page made (e.g. one per keystroke in a
     * field that sends as the person types), so the next click lands where the page has settled.
     */
    public void settle() {
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());""")));
    }

    /** Signs in through the real login form and waits for the dashboard. */
    public void signIn(String email, String password) {
        open("login");
        submitSignIn(email, password);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
    }

    /** Signs a demo account in (its password is the demo one) with the window at a desktop's or a phone's size. */
    public void signInAt(String email, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        signIn(email, AccountDemoData.PASSWORD);
    }

    /** Loads a page by its URL and waits until the element shows. */
    public void openUntil(String path, By shown) {
        open(path);
        waiting().until(ExpectedConditions.presenceOfElementLocated(shown));
    }

    /** Fills in and submits the sign-in form of the page shown now, without waiting for where it leads. */
    public void submitSignIn(String email, String password) {
        waiting().until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Keeps a screenshot under target/screenshots. */
    public Path screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Keeps the browser, cleared, for the next test (one per language); quits it if one is kept already or it fails. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.getFirst());
            ChromeDriver chrome = (ChromeDriver) driver;
            java.net.URI shown = java.net.URI.create(driver.getCurrentUrl());
            if (shown.getScheme() != null && shown.getScheme().startsWith("http")) {
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                        shown.getScheme() + "://" + shown.getAuthority(),
                        "storageTypes", "local_storage,session_storage,indexeddb,service_workers,cache_storage"));
            }
            driver.get("about:blank");
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
            driver.manage().logs().get(LogType.BROWSER);
            if (KEPT.putIfAbsent(language, this) == null) {
                return;
            }
        } catch (RuntimeException unusable) {
            // A browser that cannot be cleared is not kept.
        }
        driver.quit();
    }
}
