package com.publisherportal.browser;

import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Scratch screenshots (never committed). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScratchScreensBrowserTest {
    @LocalServerPort int port;
    @Autowired OfferRepository offers;
    private Chromium chromium;


    @AfterEach
    void stop() { if (chromium != null) chromium.close(); }

    @ParameterizedTest
    @CsvSource({"owner@contoso.example, 1440, en", "owner@contoso.example, 390, en",
            "manager@contoso.example, 1440, fr", "manager@contoso.example, 390, fr"})
    void shots(String email, int width, String lang) throws Exception {
        chromium = Chromium.start(port, lang);
        WebDriver driver = chromium.driver();
        int height = Integer.getInteger("scratch.height", 1000);
        driver.manage().window().setSize(new Dimension(width, height));
        String pages = System.getProperty("scratch.pages", "");
        long analytics = offers.findByPublisherIdAndOfferId("contoso", "contoso-analytics").orElseThrow().id();
        String signedIn = null;
        int n = 0;
        for (String page : pages.split(";")) {
            n++;
            String who = email;
            if (page.startsWith("staff:")) { who = "reviewer@portal.example"; page = page.substring(6); }
            if (!who.equals(signedIn)) {
                if (signedIn != null) { chromium.open("logout"); Thread.sleep(500); driver.manage().deleteAllCookies(); }
                chromium.signIn(who, "portal-demo-2026");
                signedIn = who;
            }
            String[] parts = page.split("\\|", 2);
            chromium.open(parts[0].replace("{analytics}", String.valueOf(analytics)));
            Thread.sleep(1500);
            if (parts.length > 1) { ((JavascriptExecutor) driver).executeScript(parts[1]); Thread.sleep(1000); }
            Object sideways = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            System.out.println("SCRATCH " + n + " " + parts[0] + " " + lang + " " + width + " sideways=" + sideways);
            chromium.screenshot("scratch-" + n + "-" + lang + "-" + width + ".png");
        }
    }
}
