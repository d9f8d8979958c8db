package com.publisherportal.browser;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.listing.GeneratedArtwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do most, in Debian's Chromium, at desktop (1440×900) and phone (390×844) size, in
 * English and French: a publisher from sign-up to a live offer (with the reviewer who approves
 * it), an owner triaging a lead and exporting the inbox, a financial user slicing insights and
 * exporting Excel, a reviewer working the queue, and a visitor pressing "Contact me" on the
 * storefront. Every step is looked at (see {@link Journey}); screenshots stay under
 * {@code target/screenshots/journey-*} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A portal of its own (a fresh database with the demo data): the journeys change leads, languages
        // and accounts, and must neither see other tests' changes nor leave theirs in other tests' way.
        properties = "portal.test.context=journeys")
@ActiveProfiles("test")
class JourneyBrowserTest {

    static final List<Journey.Variant> variants = Journey.VARIANTS;
    /**
     * The longest journey (some 40 steps, about 100 s a variant on CI's two cores) in each language
     * and at each width once: English at desktop width, French on a phone, where French labels are
     * likeliest to be clipped. The other journeys, the module pages and the forms tests take the other
     * two combinations.
     */
    static final List<Journey.Variant> diagonal = List.of(Journey.VARIANTS.get(0), Journey.VARIANTS.get(3));

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    private final List<Journey> open = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        open.forEach(Journey::close);
        undo.forEach(Runnable::run);
    }

    private Journey journey(Journey.Variant variant, String name) throws Exception {
        Journey journey = Journey.start(port, variant, name, this::peoplesWords);
        open.add(journey);
        return journey;
    }

    /** Every word people wrote into the portal: their names, e-mail addresses, offers, listings, plans, configurations, messages and leads. */
    private Set<String> peoplesWords() {
        Set<String> words = new HashSet<>();
        for (String query : List.of("SELECT display_name, email FROM app_user", "SELECT display_name, legal_name FROM publisher_account",
                "SELECT name FROM offer", "SELECT * FROM listing_revision", "SELECT * FROM sales_lead", "SELECT * FROM nomination",
                "SELECT plan_id, name, summary, description FROM plan", "SELECT * FROM vm_image_version",
                "SELECT * FROM technical_configuration", "SELECT body FROM review_message")) {
            jdbc.sql(query).query((java.sql.ResultSet rs) -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof String text) {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
                        while (m.find()) {
                            words.add(m.group().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            });
        }
        return words;
    }

    /** A demo user who reads the portal in the variant's language for this journey, as they would after choosing it. */
    private void speaks(String email, Journey.Variant variant) {
        String before = jdbc.sql("SELECT preferred_language FROM app_user WHERE email = ?").param(email).query(String.class).single();
        jdbc.sql("UPDATE app_user SET preferred_language = ? WHERE email = ?").params(variant.language(), email).update();
        undo.add(() -> jdbc.sql("UPDATE app_user SET preferred_language = ? WHERE email = ?").params(before, email).update());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("diagonal")
    void aPublisherGoesFromSignUpToALiveOffer(Journey.Variant variant) throws Exception {
        String suffix = variant.language() + variant.width() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
        String publisherId = "journey" + suffix;
        String displayName = "Journey " + suffix;
        String email = "owner@" + publisherId + ".example";
        Journey publisher = journey(variant, "publisher");
        speaks("reviewer@portal.example", variant);
        Journey reviewer = journey(variant, "publisher-reviewer");

        publisher.open("signup");
        publisher.look("sign-up");
        publisher.type("legal-name", displayName + " SAS");
        publisher.type("display-name", displayName);
        publisher.type("publisher-id", publisherId);
        publisher.choose("country", "France");
        publisher.type("owner-name", "Olivia Owner");
        publisher.type("email", email);
        publisher.type("password", "journey passphrase 2026");
        publisher.look("sign-up-filled");
        publisher.click("sign-up");
        publisher.signIn(email, "journey passphrase 2026");
        publisher.look("dashboard");

        publisher.open("onboarding/nomination");
        publisher.look("nomination");
        publisher.type("nomination-product", displayName + " Secure VM");
        publisher.select("nomination-type", 0);
        publisher.type("nomination-description", "A hardened VM image for toy shops.");
        publisher.select("nomination-relation", 0);
        publisher.type("nomination-service", "Virtual Machines");
        publisher.type("nomination-customers", "Toy retailers");
        publisher.type("nomination-website", "https://" + publisherId + ".example");
        publisher.click("nomination-submit");
        publisher.look("nominated");

        reviewer.signIn("reviewer@portal.example", AccountDemoData.PASSWORD);
        approve(reviewer, displayName, "nomination");

        publisher.open("onboarding/registration");
        publisher.look("registration");
        publisher.type("registration-legalName", displayName + " SAS");
        publisher.type("registration-addressLine", "3 place Bellecour");
        publisher.type("registration-city", "Lyon");
        publisher.type("registration-postalCode", "69002");
        publisher.choose("registration-country", "France");
        publisher.type("registration-taxId", "FR40303265045");
        publisher.type("registration-iban", "FR76 3000 6000 0112 3456 7890 189");
        publisher.type("registration-supportEmail", "help@" + publisherId + ".example");
        for (String agreement : List.of("policiesAccepted", "termsAccepted", "privacyAccepted", "certificationAccepted")) {
            publisher.tick("registration-" + agreement);
        }
        publisher.look("registration-filled");
        publisher.click("registration-submit");
        publisher.look("registered");

        approve(reviewer, displayName, "registration");

        publisher.open("offers");
        publisher.look("offers");
        publisher.click("create-offer");
        publisher.type("new-offer-id", "secure-vm");
        publisher.type("new-offer-name", displayName + " Secure VM");
        publisher.selectLabelled("new-offer-type", publisher.say("Virtual machine", "Machine virtuelle"));
        publisher.look("new-offer");
        publisher.click("save-offer");
        publisher.look("offer");
        String offerPath = publisher.currentPath();
        assertThat(offerPath).matches("offers/\\d+");

        publisher.open(offerPath + "/listing");
        publisher.look("listing");
        publisher.type("listing-name", displayName + " Secure VM");
        publisher.type("listing-summary", "A hardened server for toy shops");
        publisher.tab("listing-tabs", 1);
        publisher.type("listing-description", "Hardened and patched every week.");
        publisher.choose("listing-categories", publisher.say("Security", "Sécurité"));
        publisher.type("listing-keywords-1", "hardened");
        publisher.look("listing-details");
        publisher.tab("listing-tabs", 2);
        publisher.upload("upload-LOGO_SMALL", "logo-small.png", GeneratedArtwork.png(48, 48, Color.ORANGE, "T"));
        publisher.upload("upload-LOGO_LARGE", "logo-large.png", GeneratedArtwork.png(216, 216, Color.ORANGE, "T"));
        publisher.upload("upload-DOCUMENT", "datasheet.pdf", GeneratedArtwork.pdf("Datasheet"));
        publisher.look("listing-media");
        publisher.tab("listing-tabs", 3);
        publisher.type("listing-privacyUrl", "https://" + publisherId + ".example/privacy");
        publisher.type("listing-supportName", "Support");
        publisher.type("listing-supportEmail", "help@" + publisherId + ".example");
        publisher.type("listing-engineeringName", "Engineering");
        publisher.type("listing-engineeringEmail", "eng@" + publisherId + ".example");
        publisher.click("save-listing");
        publisher.look("listing-saved");

        publisher.open(offerPath + "/plans");
        publisher.look("plans");
        publisher.type("new-plan-id", "hardened");
        publisher.type("new-plan-name", "Hardened image");
        publisher.type("new-plan-summary", "Hardened and patched every week");
        publisher.type("new-plan-description", "Bring the licence you bought from us.");
        publisher.click("create-plan");
        publisher.look("plan");
        publisher.open(offerPath + "/plans/hardened?tab=pricing");
        publisher.clickText("#pricing-model vaadin-radio-button > label",
                publisher.say("Bring your own licence", "Licence apportée par le client"));
        publisher.click("save-pricing");
        publisher.open(offerPath + "/plans/hardened?tab=markets");
        publisher.click("select-all-markets");
        publisher.click("save-markets");
        publisher.look("plan-markets");

        // Each plan of a virtual machine needs its image before the offer is submitted.
        publisher.open(offerPath + "/technical");
        publisher.look("technical");
        publisher.type("technical-imageVersion-hardened", "1.0.0");
        publisher.select("technical-osFamily-hardened", 1);
        publisher.type("technical-osName-hardened", "Ubuntu Server 24.04 LTS");
        publisher.type("technical-galleryImageId-hardened", "/subscriptions/5b0a7f9e-3c1d-4e2f-9a8b-1c2d3e4f5a6b/resourceGroups/images"
                + "/providers/Microsoft.Compute/galleries/toys/images/hardened/versions/1.0.0");
        publisher.click("technical-add-image-hardened");
        publisher.look("technical-image");

        publisher.open(offerPath);
        publisher.tab("offer-tabs", 1);
        List<String> prerequisites = publisher.chromium().driver().findElements(By.cssSelector("vaadin-checkbox[id^='prerequisite-']"))
                .stream().map(box -> box.getAttribute("id")).toList();
        prerequisites.forEach(publisher::tick);
        publisher.look("prerequisites");
        publisher.tab("offer-tabs", 0);
        publisher.click("submit-offer");
        publisher.look("submitted");

        reviewer.open("staff/queue");
        reviewer.clickText("vaadin-grid-cell-content", displayName);
        reviewer.look("certification");
        reviewer.click("claim");
        for (String point : List.of("cert-global", "cert-platform", "cert-image", "cert-malware", "cert-billing")) {
            reviewer.pick(point, 0);
        }
        reviewer.look("certification-checked");
        reviewer.click("record-certification");
        reviewer.look("certified");

        publisher.open(offerPath);
        publisher.look("preview");
        publisher.click("go-live");
        publisher.look("live");
        publisher.open("marketplace/product/" + publisherId + ".secure-vm");
        publisher.look("storefront");
        assertThat(publisher.chromium().driver().findElement(By.tagName("h1")).getText()).isEqualTo(displayName + " Secure VM");

        publisher.assertNothingWrong();
        reviewer.assertNothingWrong();
    }

    /** The reviewer opens the account's item of the queue and approves it. */
    private static void approve(Journey reviewer, String displayName, String kind) throws Exception {
        reviewer.open("staff/queue");
        reviewer.look("queue-" + kind);
        reviewer.clickText("vaadin-grid-cell-content", displayName);
        reviewer.look(kind);
        reviewer.click("claim");
        reviewer.click("approve");
        reviewer.look(kind + "-approved");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("variants")
    void anOwnerTriagesALeadAndExportsTheInbox(Journey.Variant variant) throws Exception {
        String email = variant.french() ? "manager@contoso.example" : "owner@contoso.example";
        Journey owner = journey(variant, "leads");
        owner.signIn(email, AccountDemoData.PASSWORD);
        owner.look("dashboard");
        owner.open("leads");
        owner.look("inbox");
        if (!owner.chromium().driver().findElements(By.cssSelector(".filter-panel-toggle")).isEmpty()
                && owner.chromium().driver().findElement(By.cssSelector(".filter-panel-toggle")).isDisplayed()) {
            owner.chromium().driver().findElement(By.cssSelector(".filter-panel-toggle")).click();
            owner.look("filters-shown");
        }
        owner.choose("lead-filter-status", owner.say("New", "Nouveau"));
        owner.look("new-leads");
        // The first new lead that may be contacted (one that asked not to be is opened, read and closed).
        for (int row = 0; ; row++) {
            owner.clickRow("lead-grid", row);
            owner.find("lead-detail");
            owner.look("lead-" + row);
            if (!owner.chromium().driver().findElements(By.id("lead-status-CONTACTED")).isEmpty()) {
                break;
            }
            owner.clickText("vaadin-button", owner.say("Close", "Fermer"));
        }
        owner.click("lead-status-CONTACTED");
        owner.look("lead-contacted");
        assertThat(owner.text("lead-detail")).contains(owner.say("Contacted", "Contacté"));
        owner.clickText("vaadin-button", owner.say("Close", "Fermer"));
        owner.look("lead-closed");
        // The inbox still shows new leads: the export has them, by the status's name a person reads.
        assertThat(new String(download(owner, "export-csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("," + owner.say("New", "Nouveau") + ",").doesNotContain(",NEW,");
        assertThat(new String(download(owner, "export-xlsx"), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        owner.look("exported");
        owner.assertNothingWrong();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("variants")
    void aFinancialUserSlicesInsightsAndExportsExcel(Journey.Variant variant) throws Exception {
        speaks("finance@contoso.example", variant);
        Journey finance = journey(variant, "insights");
        finance.signIn("finance@contoso.example", AccountDemoData.PASSWORD);
        finance.open("insights");
        finance.look("overview");
        finance.open("insights/orders");
        finance.look("orders");
        finance.open("insights/usage");
        finance.look("usage");
        finance.open("insights/marketplace");
        finance.look("marketplace");
        finance.open("insights/customers");
        finance.look("customers");
        assertThat(new String(download(finance, "export-xlsx"), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        finance.assertNothingWrong();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("variants")
    void aReviewerWorksTheQueue(Journey.Variant variant) throws Exception {
        speaks("reviewer@portal.example", variant);
        Journey reviewer = journey(variant, "reviewer");
        reviewer.signIn("reviewer@portal.example", AccountDemoData.PASSWORD);
        reviewer.look("dashboard");
        reviewer.open("staff/queue");
        reviewer.look("queue");
        reviewer.select("queue-kind", 0);
        reviewer.look("queue-filtered");
        // The queue as the reviewer reads it, due dates with their weekday in the reviewer's language.
        String queue = new String(download(reviewer, "export-csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(queue.lines().count()).isGreaterThan(1);
        assertThat(queue).containsPattern(variant.french() ? "(lun|mar|mer|jeu|ven|sam|dim)\\. " : "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ");
        reviewer.clickRow("queue-grid", 0);
        reviewer.find("review-item");
        reviewer.look("item");
        reviewer.open("staff/holidays");
        reviewer.look("holidays");
        reviewer.assertNothingWrong();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("variants")
    void aVisitorPressesContactMeOnTheStorefront(Journey.Variant variant) throws Exception {
        Journey visitor = journey(variant, "storefront");
        visitor.open("marketplace/product/contoso.contoso-analytics");
        visitor.look("product");
        visitor.click("cta-CONTACT_ME");
        visitor.look("contact-form");
        visitor.type("cta-first-name", "Jade");
        visitor.type("cta-last-name", "Journey " + variant);
        visitor.type("cta-email", "jade." + variant + "@northwind.example");
        visitor.type("cta-company", "Northwind Traders");
        visitor.choose("cta-country", visitor.say("Germany", "Allemagne"));
        visitor.type("cta-title", "Head of data");
        visitor.tick("cta-consent");
        visitor.click("cta-send");
        visitor.look("sent");
        assertThat(visitor.text("cta-dialog")).contains("Contoso");
        visitor.assertNothingWrong();
    }

    /** Downloads what an export link offers, with the journey's own session. */
    private byte[] download(Journey journey, String linkId) throws Exception {
        String href = journey.waiting().until(d -> d.findElement(By.id(linkId)).getAttribute("href"));
        Cookie session = journey.chromium().driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(linkId).isEqualTo(200);
        return response.body();
    }
}
