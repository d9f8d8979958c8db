package com.publisherportal.browser;

import com.publisherportal.onboarding.AgreementKind;
import com.publisherportal.onboarding.AgreementService;
import com.publisherportal.testsupport.AgreementsReset;
import com.publisherportal.testsupport.Chromium;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning guide and the agreements page in a real browser at desktop and phone width: the
 * timeline fits a 390 px screen, and an agreement's text written by staff shows as text (its tags
 * neither render nor run). Screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignIn.class)
class OnboardingGuideBrowserTest {

    private static final String SCRIPT = "<script>window.__agreementRan = 1</script>";
    private static final String IMG = "<img src=x onerror=\"window.__agreementRan = 2\">";

    @LocalServerPort int port;
    @Autowired AgreementService agreements;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    private Chromium chromium;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = Chromium.start(port);
    }

    @AfterEach
    void stopBrowser() {
        AgreementsReset.acceptCurrentEverywhere(jdbc);
        SignIn.out();
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest(name = "at {0}px")
    @CsvSource({"1440, 900", "390, 844"})
    void thePlanAndTheAgreementsFitTheScreenAndShowStaffTextAsText(int width, int height) throws Exception {
        signIn.as("admin@portal.example");
        agreements.publish(AgreementKind.PRIVACY_STATEMENT, new AgreementService.AgreementDraft("Privacy " + IMG,
                "Confidentialité", "Line one.\n" + SCRIPT, "Ligne un.", "Changed: " + IMG, "Changé."));
        SignIn.out();

        WebDriver driver = chromium.driver();
        chromium.signInAt("owner@litware.example", width, height);
        chromium.openUntil("onboarding/plan", By.id("plan-stage-REGISTRATION"));
        assertThat(driver.findElement(By.id("plan-stage-REGISTRATION")).getAttribute("data-state")).isEqualTo("CURRENT");
        assertThat(driver.findElement(By.id("plan-here")).getText()).contains("Seller registration");
        assertNoSidewaysScroll(driver, "plan");
        chromium.screenshot("onboarding-plan-" + width + ".png");

        chromium.openUntil("onboarding/agreements", By.id("agreement-changes-PRIVACY_STATEMENT"));
        assertThat(driver.findElement(By.id("agreement-changes-PRIVACY_STATEMENT")).getText()).isEqualTo("Changed: " + IMG);
        assertThat(driver.findElement(By.id("agreement-PRIVACY_STATEMENT")).getText()).contains("Privacy " + IMG);
        assertThat(driver.findElement(By.id("agreement-text-PRIVACY_STATEMENT")).getText()).contains(SCRIPT);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__agreementRan === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#agreement-PRIVACY_STATEMENT img"))).isEmpty();
        assertNoSidewaysScroll(driver, "agreements");
        chromium.screenshot("onboarding-agreements-" + width + ".png");
    }

    private static void assertNoSidewaysScroll(WebDriver driver, String where) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(where + " scrolls sideways").isLessThanOrEqualTo(0);
        // Nor does the page inside the layout (its content area scrolls on its own).
        Object inside = ((JavascriptExecutor) driver).executeScript(
                "const p = document.querySelector('.portal-page'); return p.scrollWidth - p.clientWidth;");
        Object widest = ((JavascriptExecutor) driver).executeScript("""
                const right = document.querySelector('.portal-page').getBoundingClientRect().right;
                return [...document.querySelectorAll('.portal-page *')].filter(e => e.getBoundingClientRect().right > right + 1)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(', ');""");
        assertThat(((Number) inside).intValue()).as(where + " content scrolls sideways: " + widest).isLessThanOrEqualTo(0);
    }
}
