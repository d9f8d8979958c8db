package com.publisherportal.browser;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.listing.ListingRepository;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS in Debian's Chromium: text anyone can write (a lead posted to the intake, the
 * storefront's "Contact me" form, a sign-up's display name, a listing's name and summary) is
 * shown as text when the page that shows it is opened directly by URL (a bookmark, a reload,
 * a notification's link), no script runs, and the Content-Security-Policy reports nothing on
 * those pages. Skipped like {@link BrowserSignInTest} when the browser is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoredXssBrowserTest {

    static final String IMG = "</script><img src=x onerror=window.__pwned=1>";
    static final String SCRIPT = "</script><script>window.__pwned=2</script>";

    @LocalServerPort int port;
    @Autowired OfferService offers;
    @Autowired ListingRepository revisions;
    @Autowired JdbcClient jdbc;
    private Chromium chromium;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = Chromium.start(port);
        chromium.recordCspViolations();
        driver = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void type(String css, CharSequence... keys) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(keys);
    }

    /** Types the country into a combo box and takes the one item the filter leaves. */
    private void chooseFrance(String id) {
        type("#" + id + " input", "France");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById(arguments[0]);"
                        + "return c.opened && !c.loading && (c.filteredItems || []).length === 1;", id)));
        type("#" + id + " input", Keys.ENTER);
        wait.until(d -> !"".equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).value || ''", id)));
    }

    /** No planted script ran on this page, the text is on it as text, and the CSP saw nothing to block. */
    private void assertShownAsText(String where, String... texts) {
        for (String text : texts) {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return typeof window.__pwned")).as(where).isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).as(where).isEqualTo(0L);
        assertThat(chromium.cspViolations()).as(where).isEmpty();
    }

    @Test
    void textAnyoneCanWriteStaysTextOnTheFirstLoadOfThePagesThatShowIt() throws Exception {
        long offer = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        long revision = revisions.findByOfferIdAndState(offer, RevisionState.LIVE).orElseThrow().id();
        String[] original = jdbc.sql("SELECT name, summary FROM listing_revision WHERE id = :id").param("id", revision)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).single();
        String offerName = jdbc.sql("SELECT name FROM offer WHERE id = :id").param("id", offer).query(String.class).single();
        try {
            jdbc.sql("UPDATE listing_revision SET name = :name, summary = :summary WHERE id = :id")
                    .param("name", IMG).param("summary", SCRIPT).param("id", revision).update();
            jdbc.sql("UPDATE offer SET name = :name WHERE id = :id").param("name", IMG).param("id", offer).update();
            plantedEverywhereThenOpenedByUrl();
        } finally {
            jdbc.sql("UPDATE listing_revision SET name = :name, summary = :summary WHERE id = :id")
                    .param("name", original[0]).param("summary", original[1]).param("id", revision).update();
            jdbc.sql("UPDATE offer SET name = :name WHERE id = :id").param("name", offerName).param("id", offer).update();
        }
    }

    private void plantedEverywhereThenOpenedByUrl() throws Exception {
        // The marketplace's HTTPS intake (anyone holding the URL).
        String lead = """
                {"ActionCode":"PLT","OfferTitle":"T","LeadSource":"AzureMarketplace",
                 "UserDetails":{"FirstName":"%s","LastName":"%s","Email":"xss-browser@b.example"}}"""
                .formatted(SCRIPT.replace("\"", "\\\""), IMG.replace("\"", "\\\""));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(lead)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(201);

        // The public product page, whose name and summary are the payloads; then its "Contact me" form, no sign-in.
        driver.get(url("marketplace/product/contoso.contoso-analytics"));
        assertShownAsText("product page", IMG, SCRIPT);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cta-CONTACT_ME"))).click();
        type("#cta-first-name input", "Eve");
        type("#cta-last-name input", "Example");
        type("#cta-email input", "eve-browser@xss.example");
        type("#cta-company input", IMG);
        chooseFrance("cta-country");
        driver.findElement(By.id("cta-consent")).click();
        driver.findElement(By.id("cta-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cta-dialog"), "Thank you"));
        assertShownAsText("product page after contact me");

        // Self-service sign-up, no sign-in.
        driver.get(url("signup"));
        type("#legal-name input", "Xss Browser Ltd");
        type("#display-name input", IMG);
        type("#publisher-id input", "xss-browser-" + System.nanoTime() % 100_000);
        chooseFrance("country");
        type("#owner-name input", "Eve Browser");
        type("#email input", "eve-" + System.nanoTime() + "@xss-browser.example");
        type("#password input", "a-strong-passphrase-42", Keys.TAB);
        driver.findElement(By.id("sign-up")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertShownAsText("sign-up");

        // The owner opens the inbox directly (a bookmark, a reload, a notification's link).
        chromium.signIn("owner@contoso.example", AccountDemoData.PASSWORD);
        driver.get(url("leads"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-grid"), SCRIPT));
        assertShownAsText("/leads", SCRIPT, IMG);
        assertThat(driver.findElement(By.id("lead-grid")).getText()).contains("Eve", IMG);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-grid"), SCRIPT));
        assertShownAsText("/leads reloaded", SCRIPT, IMG);
        // The offer filter lists the account's offers by the names their publisher typed.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('lead-filter-offer').opened = true;");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return [...document.querySelectorAll('vaadin-combo-box-item')]
                    .some(i => i.textContent.trim() === arguments[0] && i.checkVisibility());""", IMG)));
        assertShownAsText("/leads offer filter opened");

        // Staff and administrators open the publishers list directly.
        driver.manage().deleteAllCookies();
        chromium.signIn("admin@portal.example", AccountDemoData.PASSWORD);
        driver.get(url("staff/accounts"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publishers-grid"), IMG));
        assertShownAsText("/staff/accounts", IMG);
        chromium.screenshot("stored-xss-staff-accounts.png");
        // The dashboard's recent activity names the new publisher, as markup the portal wrote.
        driver.get(url(""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent-activity"), IMG));
        assertShownAsText("dashboard", IMG);
    }

    @Test
    void anUnknownProductPageShowsNotFoundWithoutViolations() {
        driver.get(url("marketplace/product/unknown.thing"));
        assertShownAsText("unknown product page", "This product was not found");
        driver.get(url("login"));
        wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
        assertShownAsText("/login");
    }

    @Test
    void aProductPageVisitKeepsTheReferrerOfThePageLoad() {
        // 127.0.0.1 and localhost are different sites to the browser: the visit comes from elsewhere.
        driver.get("http://127.0.0.1:" + port + "/login");
        wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
        long offer = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        long before = lastVisit(offer);
        ((JavascriptExecutor) driver).executeScript("location.href = arguments[0]",
                url("marketplace/product/contoso.contoso-analytics"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cta-CONTACT_ME")));
        wait.until(d -> lastVisit(offer) > before);
        assertThat(jdbc.sql("SELECT referral_domain FROM storefront_visit WHERE id = :id").param("id", lastVisit(offer))
                .query((row, n) -> Optional.ofNullable(row.getString(1))).single()).hasValue("127.0.0.1");
        assertShownAsText("product page from elsewhere");
    }

    private long lastVisit(long offer) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM storefront_visit WHERE offer_id = :offer").param("offer", offer)
                .query(Long.class).single();
    }
}
