package com.publisherportal.browser;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.SignUpService;
import com.publisherportal.attribution.DistributionChannel;
import com.publisherportal.attribution.TrackingGuidService;
import com.publisherportal.campaigns.GoToMarketService;
import com.publisherportal.campaigns.TestDrive;
import com.publisherportal.campaigns.TestDriveType;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.leads.Lead;
import com.publisherportal.leads.LeadFilter;
import com.publisherportal.leads.LeadService;
import com.publisherportal.listing.GeneratedArtwork;
import com.publisherportal.listing.ListingForm;
import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.ListingRepository;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.NominationService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.RegistrationService;
import com.publisherportal.onboarding.SellerRegistration;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.security.ApiScope;
import com.publisherportal.testsupport.Chromium;
import com.publisherportal.testsupport.HttpSession;
import com.publisherportal.testsupport.SignIn;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe suite of issue 13 (item 7) in Debian's Chromium. Script payloads are planted in every
 * field that a customer (intake, "Contact me", campaign parameters), an applicant (sign-up,
 * nomination, seller registration) or a publisher (listing texts and media names, user names,
 * lead notes, tracking GUID labels, test drives, API key names) can write, through the real HTTP
 * entry points where they exist and otherwise through the application services as the right
 * user. Then every role loads every route of Vaadin's registry by navigation (the menu, the pages'
 * own links, or a router link), and directly by URL every route whose page it opened and, of those
 * it was refused, the first of each area; no script may run, the
 * Content-Security-Policy may report nothing, the payloads show as text where they are shown,
 * publishers see nothing of staff pages or of another tenant, and one tenant's export links do not
 * serve another's session. Its own context (a property of its own), so the planted data reaches no
 * other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignIn.class)
@TestPropertySource(properties = "portal.probe-suite=browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProbeSuiteBrowserTest {

    static final String APPLICANT_PASSWORD = "a-strong-passphrase-42";

    /** Payload shapes: breaking out of a script block, an element, a double- and a single-quoted attribute. */
    static String img(String tag) {
        return tag + "</script><img src=x onerror=window.__pwned=1>";
    }

    static String svg(String tag) {
        return tag + "<svg onload=window.__pwned=2>";
    }

    static String script(String tag) {
        return tag + "\"><script>window.__pwned=3</script>";
    }

    static String quote(String tag) {
        return tag + "'><img src=x onerror=window.__pwned=4>";
    }

    /**
     * Every route template of the portal, with the paths this suite opens for it. A route added
     * to the portal and not listed here fails {@link #everyRouteOfTheRegistryIsProbed}.
     */
    static final Set<String> KNOWN_TEMPLATES = new TreeSet<>(List.of(
            "", "login", "signup", "change-password", "profile",
            "account/activity", "account/users", "account/api-keys",
            "admin/staff", "admin/outbox", "admin/agreements", "staff/accounts", "staff/audit", "staff/benefits", "staff/holidays",
            "staff/markets", "staff/queue", "staff/review/:kind([a-z_]+)/:id([0-9]+)",
            "leads", "leads/intake",
            "onboarding", "onboarding/nomination", "onboarding/registration", "onboarding/agreements", "onboarding/plan",
            "offers", "offers/:offerId([0-9]+)", "offers/:offerId([0-9]+)/preview",
            "offers/:offerId([0-9]+)/listing", "offers/:offerId([0-9]+)/go-to-market", "offers/:offerId([0-9]+)/technical",
            "offers/:offerId([0-9]+)/preview-audience", "offers/:offerId([0-9]+)/plans",
            "offers/:offerId([0-9]+)/plans/:planId", "preview/:token",
            "campaigns", "attribution", "attribution/guids/:___url_parameter(^[+-]?[0-9]{1,19}$)", "attribution/check",
            "insights", "insights/orders", "insights/usage", "insights/customers", "insights/marketplace",
            "insights/deployments", "insights/glossary", "subscriptions", "saas/landing/:___url_parameter(^[+-]?[0-9]{1,19}$)",
            "marketplace/product/:address", "marketplace/product/:address/test-drive"));

    @LocalServerPort int port;
    @Autowired WebApplicationContext context;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired PublisherAccountRepository accounts;
    @Autowired OfferService offers;
    @Autowired AccountService accountService;
    @Autowired SignUpService signUps;
    @Autowired NominationService nominations;
    @Autowired RegistrationService registrations;
    @Autowired ListingService listings;
    @Autowired ListingMediaService listingMedia;
    @Autowired ListingRepository revisions;
    @Autowired LeadService leads;
    @Autowired GoToMarketService goToMarket;
    @Autowired TrackingGuidService guids;
    @Autowired ApiKeyService apiKeys;

    /** The concrete paths of each template, filled once the payloads are planted. */
    final Map<String, List<String>> paths = new LinkedHashMap<>();
    /** Where a planted payload must show as text: path, and who sees it. */
    final List<Shown> shown = new ArrayList<>();
    final Map<String, Integer> counts = new ConcurrentHashMap<>();
    String applicantEmail;
    long liveOffer;
    long pbiOffer;
    long edgeOffer;

    record Shown(String role, String path, List<String> texts) {
    }

    record Role(String name, String email) {
        @Override
        public String toString() {
            return name;
        }
    }

    boolean staff(Role role) {
        return role.name.equals("reviewer") || role.name.equals("admin");
    }

    // ------------------------------------------------------------------------------------------
    // Planting

    @BeforeAll
    void plantPayloadsEverywhere() throws Exception {
        long contoso = accounts.findByPublisherId("contoso").orElseThrow().id();
        liveOffer = offers.findByAddress("contoso", "contoso-analytics").orElseThrow().id();
        pbiOffer = offers.findByAddress("contoso", "contoso-insights-pbi").orElseThrow().id();
        edgeOffer = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        long secureVm = offers.findByAddress("contoso", "contoso-secure-vm").orElseThrow().id();

        // A customer, through the marketplace's HTTPS intake.
        String lead = """
                {"ActionCode":"PLT","OfferTitle":"%s","LeadSource":"AzureMarketplace","Description":"%s",
                 "UserDetails":{"FirstName":"%s","LastName":"%s","Email":"probe-intake@b.example",
                 "Company":"%s","Title":"%s"}}"""
                .formatted(json(img("it")), json(svg("id")), json(img("if")), json(script("il")), json(quote("ic")),
                        json(svg("ij")));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(lead)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        // A customer on the storefront: campaign parameters and the "Contact me" form, no sign-in.
        try (Chromium anonymous = Chromium.start(port)) {
            WebDriver driver = anonymous.driver();
            WebDriverWait wait = anonymous.waiting();
            driver.get(url("marketplace/product/contoso.contoso-analytics?src="
                    + URLEncoder.encode(img("cs"), StandardCharsets.UTF_8) + "&mktcmpid="
                    + URLEncoder.encode(script("cm"), StandardCharsets.UTF_8)));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cta-CONTACT_ME"))).click();
            type(wait, "#cta-first-name input", img("sf"));
            type(wait, "#cta-last-name input", svg("sl"));
            type(wait, "#cta-email input", "probe-contact@xss.example");
            type(wait, "#cta-company input", quote("sc"));
            type(wait, "#cta-country input", "France");
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const c = document.getElementById('cta-country');"
                            + "return c.opened && !c.loading && (c.filteredItems || []).length === 1;")));
            type(wait, "#cta-country input", Keys.ENTER);
            driver.findElement(By.id("cta-consent")).click();
            driver.findElement(By.id("cta-send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cta-dialog"), "Thank you"));
        }

        // An applicant: sign-up, then nomination and seller registration.
        applicantEmail = "probe-applicant-" + System.nanoTime() + "@probe.example";
        PublisherAccount applicant = signUps.signUp(new SignUpService.SignUp(img("ua"), svg("ud"),
                "probe-" + System.nanoTime() % 100_000, "FR", script("uo"), applicantEmail, APPLICANT_PASSWORD, "en"))
                .orElseThrow();
        signIn.as(applicantEmail);
        Nomination nomination = nominations.submit(applicant.id(), new NominationService.NominationForm(img("np"),
                OfferType.SAAS, svg("nd"), PlatformRelation.RUNS_ON, script("ns"), quote("nc"), "https://probe.example"));
        SellerRegistration registration = registrations.submit(applicant.id(), new RegistrationService.RegistrationForm(
                img("rl"), svg("ra"), script("rc"), "75002", "FR", quote("rt"),
                "FR76 3000 6000 0112 3456 7890 189", "support@probe.example", null, true, true, true, true));

        // A publisher: listing texts and media names, user names, lead notes, GUID labels, test drives, API key names.
        signIn.as("owner@contoso.example");
        for (long offerId : List.of(pbiOffer, liveOffer)) {
            ListingRevision revision = listings.editorRevision(offerId);
            ListingForm form = ListingForm.of(revision);
            listings.save(offerId, new ListingForm(img("ln"), svg("ls"), "<p>" + script("lx").replace("<", "&lt;")
                    + "</p>" + svg("ly"), quote("lg"), form.categories(), form.industries(), form.productsUsed(),
                    List.of(img("k1"), svg("k2"), quote("k3")), form.privacyUrl(), form.supportName(),
                    form.supportEmail(), form.supportPhone(), form.engineeringName(), form.engineeringEmail(),
                    form.engineeringPhone(), form.consultingDuration(), form.consultingUnit(), form.consultingType()),
                    revision.id(), revision.version());
        }
        listingMedia.upload(pbiOffer, MediaKind.SCREENSHOT, img("ms") + ".png",
                new ByteArrayInputStream(GeneratedArtwork.png(1280, 720, Color.BLUE, "P")));
        listingMedia.addVideo(liveOffer, svg("mv"), "https://www.youtube.com/watch?v=probe", quote("mt") + ".png",
                new ByteArrayInputStream(GeneratedArtwork.png(1280, 720, Color.RED, "V")));
        listingMedia.upload(liveOffer, MediaKind.DOCUMENT, script("md") + ".pdf",
                new ByteArrayInputStream(GeneratedArtwork.pdf("Probe")));
        accountService.addUser(contoso, "probe-user-" + System.nanoTime() + "@contoso.example", img("un"),
                AccountRole.MARKETER);
        Lead planted = leads.find(contoso, LeadFilter.all(), List.of(SortKey.desc("receivedAt")), RowWindow.of(0, 50))
                .stream().filter(l -> "probe-intake@b.example".equals(l.email())).findFirst().orElseThrow();
        leads.addNote(contoso, planted.id(), svg("lo") + " " + img("lp"));
        int driveVersion = goToMarket.testDrive(pbiOffer).map(TestDrive::version).orElse(-1);
        goToMarket.saveTestDrive(pbiOffer, new GoToMarketService.TestDriveForm(TestDriveType.POWER_BI, 0, 0, 0, 2,
                        List.of(), new com.publisherportal.campaigns.TestDriveSettings(null, null, null, null,
                        "https://app.powerbi.com/view?r=probe"), img("td"), svg("ta")), quote("tm") + ".pdf",
                new ByteArrayInputStream(GeneratedArtwork.pdf("Manual")), driveVersion);
        apiKeys.create(contoso, img("ak"), EnumSet.of(ApiScope.LEADS_READ));
        signIn.as("developer@contoso.example");
        long guid = guids.register(contoso, new TrackingGuidService.Registration(null, secureVm,
                DistributionChannel.OTHER, img("gc"), "p1", svg("gd"))).guid().id();
        // A GUID outside the marketplace, without an offer: its description stands in for the offer's name.
        long quickstartGuid = guids.register(contoso, new TrackingGuidService.Registration(null, null,
                DistributionChannel.QUICKSTART_TEMPLATE, null, null, svg("gq"))).guid().id();
        SignIn.out();

        // The live listing as the storefront shows it (going live takes a certification: written directly).
        long live = revisions.findByOfferIdAndState(liveOffer, RevisionState.LIVE).orElseThrow().id();
        jdbc.sql("UPDATE listing_revision SET name = :name, summary = :summary, getting_started = :gs WHERE id = :id")
                .param("name", img("vn")).param("summary", script("vs")).param("gs", quote("vg"))
                .param("id", live).update();

        // The paths each template is opened at.
        paths.put("", List.of(""));
        for (String simple : KNOWN_TEMPLATES) {
            if (!simple.isEmpty() && !simple.contains(":")) {
                paths.put(simple, List.of(simple));
            }
        }
        paths.put("staff/review/:kind([a-z_]+)/:id([0-9]+)", List.of("staff/review/nomination/" + nomination.id(),
                "staff/review/registration/" + registration.id(), "staff/review/certification/" + secureVm));
        paths.put("offers/:offerId([0-9]+)", List.of("offers/" + liveOffer, "offers/" + pbiOffer, "offers/" + edgeOffer));
        paths.put("offers/:offerId([0-9]+)/preview", List.of("offers/" + liveOffer + "/preview", "offers/" + pbiOffer + "/preview"));
        paths.put("offers/:offerId([0-9]+)/listing", List.of("offers/" + liveOffer + "/listing", "offers/" + pbiOffer + "/listing"));
        paths.put("offers/:offerId([0-9]+)/go-to-market", List.of("offers/" + liveOffer + "/go-to-market",
                "offers/" + pbiOffer + "/go-to-market"));
        paths.put("offers/:offerId([0-9]+)/technical", List.of("offers/" + liveOffer + "/technical",
                "offers/" + secureVm + "/technical", "offers/" + pbiOffer + "/technical"));
        paths.put("offers/:offerId([0-9]+)/plans", List.of("offers/" + liveOffer + "/plans", "offers/" + pbiOffer + "/plans"));
        paths.put("offers/:offerId([0-9]+)/plans/:planId", List.of("offers/" + liveOffer + "/plans/standard"));
        paths.put("offers/:offerId([0-9]+)/preview-audience", List.of("offers/" + liveOffer + "/preview-audience",
                "offers/" + pbiOffer + "/preview-audience"));
        paths.put("preview/:token", List.of("preview/" + "A".repeat(43)));
        paths.put("attribution/guids/:___url_parameter(^[+-]?[0-9]{1,19}$)", List.of("attribution/guids/" + guid,
                "attribution/guids/" + quickstartGuid));
        paths.put("saas/landing/:___url_parameter(^[+-]?[0-9]{1,19}$)", List.of("saas/landing/" + liveOffer + "?token=probe"));
        paths.put("marketplace/product/:address", List.of("marketplace/product/contoso.contoso-analytics",
                "marketplace/product/contoso.contoso-edge"));
        // The planted test drive is on an offer that is not live: its public page is "not found", as for one without.
        paths.put("marketplace/product/:address/test-drive", List.of("marketplace/product/contoso.contoso-insights-pbi/test-drive",
                "marketplace/product/contoso.contoso-analytics/test-drive"));

        // Where the payloads must show as text (a representative set of the views that show them).
        shown.add(new Shown("anonymous", "marketplace/product/contoso.contoso-analytics", List.of(img("vn"), script("vs"))));
        shown.add(new Shown("contoso-owner", "leads", List.of(img("if"), script("il"))));
        shown.add(new Shown("contoso-manager", "leads", List.of(img("if"), script("il"))));
        shown.add(new Shown("contoso-owner", "account/users", List.of(img("un"))));
        shown.add(new Shown("contoso-owner", "account/api-keys", List.of(img("ak"))));
        shown.add(new Shown("contoso-owner", "offers/" + liveOffer + "/preview", List.of(img("ln"), svg("ls"))));
        shown.add(new Shown("contoso-developer", "attribution", List.of(img("gc"))));
        shown.add(new Shown("contoso-developer", "attribution/guids/" + guid, List.of(svg("gd"))));
        shown.add(new Shown("contoso-developer", "attribution/guids/" + quickstartGuid, List.of(svg("gq"))));
        shown.add(new Shown("applicant", "onboarding/nomination", List.of(img("np"))));
        shown.add(new Shown("reviewer", "staff/accounts", List.of(svg("ud"))));
        shown.add(new Shown("admin", "staff/accounts", List.of(svg("ud"))));
        shown.add(new Shown("reviewer", "staff/review/nomination/" + nomination.id(), List.of(img("np"), svg("nd"))));
        shown.add(new Shown("reviewer", "staff/review/registration/" + registration.id(), List.of(img("rl"))));
        shown.add(new Shown("reviewer", "staff/queue", List.of(svg("ud"))));
        // Positive controls of the role probes below: what staff pages show those who may see them.
        shown.add(new Shown("admin", "admin/staff", List.of("reviewer@portal.example", "admin@portal.example")));
        shown.add(new Shown("reviewer", "staff/accounts", List.of("Woodgrove", "Litware")));
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static void type(WebDriverWait wait, String css, CharSequence... keys) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(keys);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    // ------------------------------------------------------------------------------------------
    // The routes

    @Test
    @Order(1)
    void everyRouteOfTheRegistryIsProbed() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()))
                .getRegisteredRoutes();
        Set<String> registered = routes.stream().map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).as("routes of the registry; list a new one in KNOWN_TEMPLATES with the paths to open")
                .isEqualTo(KNOWN_TEMPLATES);
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(KNOWN_TEMPLATES);
    }

    static Stream<Role> roles() {
        return Stream.of(
                new Role("anonymous", null),
                new Role("contoso-owner", "owner@contoso.example"),
                new Role("contoso-manager", "manager@contoso.example"),
                new Role("contoso-developer", "developer@contoso.example"),
                new Role("contoso-marketer", "marketer@contoso.example"),
                new Role("contoso-financial", "finance@contoso.example"),
                new Role("fabrikam-owner", "owner@fabrikam.example"),
                new Role("applicant", "applicant"),
                new Role("reviewer", "reviewer@portal.example"),
                new Role("admin", "admin@portal.example"));
    }

    List<String> allPaths() {
        return paths.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The probe itself fails on what it looks for: markup of a payload that reached the page as
     * HTML (even when the Content-Security-Policy stops its script), and a script that ran.
     */
    @Test
    @Order(1)
    void theProbeFailsOnAPayloadThatBecameMarkup() throws Exception {
        try (Chromium chromium = Chromium.start(port)) {
            chromium.recordCspViolations();
            Probe probe = new Probe(chromium, new Role("self-test", null));
            probe.byUrl("login");
            probe.js.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0])", img("st"));
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> !chromium.cspViolations().isEmpty()
                    || !"undefined".equals(probe.js.executeScript("return typeof window.__pwned")));
            probe.js.executeScript("document.querySelectorAll('img[src=\"x\"]').forEach(e => e.remove())");
            // Removed again, and the violation already read: only the script that ran is left to notice.
            probe.js.executeScript("window.__pwned = 3");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> probe.check("login", "self-test"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("a planted script ran");
            probe.js.executeScript("delete window.__pwned");
            probe.js.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0])", svg("st"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> probe.check("login", "self-test"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("planted elements");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Every role, every route, by URL and by navigation

    /**
     * Every role's probes, two browsers at a time (one browser and one session per role); each
     * role's outcome is a test of its own.
     */
    @TestFactory
    @Order(2)
    Stream<DynamicTest> noPlantedScriptRunsOnAnyRouteForAnyRole() throws Exception {
        List<Role> roles = roles().toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Role, Future<?>> outcomes = new LinkedHashMap<>();
        try {
            for (Role role : roles) {
                outcomes.put(role, pool.submit(() -> {
                    probeRole(role);
                    return null;
                }));
            }
            for (Future<?> outcome : outcomes.values()) {
                try {
                    outcome.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    // reported by the role's own test below
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().name, () -> {
            try {
                e.getValue().get();
            } catch (ExecutionException failure) {
                throw failure.getCause();
            }
        }));
    }

    void probeRole(Role role) throws Exception {
        long started = System.nanoTime();
        try (Chromium chromium = Chromium.start(port)) {
            chromium.recordCspViolations();
            Probe probe = new Probe(chromium, role);
            if (role.email != null) {
                chromium.signIn(role.email.equals("applicant") ? applicantEmail : role.email,
                        role.email.equals("applicant") ? APPLICANT_PASSWORD : AccountDemoData.PASSWORD);
            }
            long signedIn = System.nanoTime();
            // By navigation: from the dashboard (or the sign-in page), through the menu, the pages' links or a router link.
            probe.byUrl(role.email == null ? "login" : "");
            @SuppressWarnings("unchecked")
            List<String> menu = (List<String>) probe.js.executeScript(
                    "return [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.path)");
            probe.menu.addAll(menu);
            for (String path : allPaths()) {
                probe.byNavigation(path);
            }
            // Every entry of the role's menu was followed from the menu, and led to its page.
            System.out.println("probe " + role.name + " menu " + menu + ", followed " + probe.viaMenu);
            assertThat(probe.viaMenu).as(role.name + ": menu entries followed").containsAll(menu);
            long byNavigation = System.nanoTime();
            // Directly by URL (a bookmark, a reload, a notification's link): every page the role opened by navigation,
            // and of the pages it was refused, the first of each area (offers, staff, admin, ...), so that the refusal
            // of a first load is probed too (the sign-in redirect, the denied page). A refused page is the same page
            // whichever route refused it, and a full load costs this machine's browser about three times a navigation.
            Set<String> refusedAreas = new TreeSet<>();
            for (String path : allPaths()) {
                if (probe.opened.contains(path) || refusedAreas.add(path.split("/")[0])) {
                    probe.byUrl(path);
                }
            }
            System.out.printf("probe %s: %d by URL, %d by navigation (%d menu, %d page link, %d router link), %d texts;"
                            + " start %d ms, by URL %d ms, by navigation %d ms%n",
                    role.name, counts.getOrDefault(role.name + ":url", 0), counts.getOrDefault(role.name + ":nav", 0),
                    counts.getOrDefault(role.name + ":menu", 0), counts.getOrDefault(role.name + ":link", 0),
                    counts.getOrDefault(role.name + ":router", 0), counts.getOrDefault(role.name + ":text", 0),
                    (signedIn - started) / 1_000_000, (System.nanoTime() - byNavigation) / 1_000_000,
                    (byNavigation - signedIn) / 1_000_000);
        }
    }

    /**
     * The export links (Vaadin download URLs) of Contoso's owner, while the page that holds them is
     * open: they download for the owner's session, and give another tenant's, another role's, staff's
     * or no session nothing.
     */
    @Test
    @Order(3)
    void anotherSessionGetsNothingFromContososExportLinks() throws Exception {
        Map<String, HttpSession> others = new LinkedHashMap<>();
        others.put("fabrikam-owner", HttpSession.signIn(port, "owner@fabrikam.example", AccountDemoData.PASSWORD));
        others.put("contoso-developer", HttpSession.signIn(port, "developer@contoso.example", AccountDemoData.PASSWORD));
        others.put("reviewer", HttpSession.signIn(port, "reviewer@portal.example", AccountDemoData.PASSWORD));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int probed = 0;
        try (Chromium chromium = Chromium.start(port)) {
            chromium.signIn("owner@contoso.example", AccountDemoData.PASSWORD);
            Probe probe = new Probe(chromium, new Role("contoso-owner", "owner@contoso.example"));
            String ownSession = chromium.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String path : List.of("leads", "insights", "insights/orders", "insights/customers", "insights/usage",
                    "insights/marketplace", "insights/deployments", "campaigns")) {
                probe.byUrl(path);
                List<String> ids = path.equals("insights") ? List.of("export-trend") : List.of("export-csv", "export-xlsx");
                chromium.waiting().until(d -> d.findElement(By.id(ids.getFirst())).getAttribute("href") != null);
                for (String id : ids) {
                    String href = chromium.driver().findElement(By.id(id)).getAttribute("href");
                    String where = path + " " + id + " " + href;
                    assertThat(href).as(where).startsWith(url(""));
                    for (Map.Entry<String, HttpSession> other : others.entrySet()) {
                        HttpResponse<String> answer = other.getValue().get(href);
                        assertNothingServed(answer, where + " as " + other.getKey());
                    }
                    assertNothingServed(http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                            HttpResponse.BodyHandlers.ofString()), where + " without a session");
                    // The owner's own session downloads it: the link is real.
                    HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(href))
                            .header("Cookie", "JSESSIONID=" + ownSession).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(own.statusCode()).as(where + " as the owner").isEqualTo(200);
                    assertThat(own.headers().firstValue("Content-Disposition")).as(where).isPresent();
                    probed++;
                }
            }
        }
        System.out.println("probe export links: " + probed + " links x " + (others.size() + 1) + " foreign sessions");
    }

    static void assertNothingServed(HttpResponse<String> answer, String where) {
        assertThat(answer.statusCode()).as(where).isNotEqualTo(200).isBetween(300, 499);
        assertThat(answer.headers().firstValue("Content-Disposition")).as(where).isEmpty();
        assertThat(answer.body()).as(where).doesNotContain("probe-intake@b.example", "Contoso");
    }

    /** One browser's probes. */
    final class Probe {
        final Chromium chromium;
        final Role role;
        final JavascriptExecutor js;
        final Set<String> viaMenu = new TreeSet<>();
        /** The paths whose own page the role saw by navigation (not the sign-in page, nor the denied or not-found page). */
        final Set<String> opened = new TreeSet<>();
        final List<String> menu = new ArrayList<>();

        Probe(Chromium chromium, Role role) {
            this.chromium = chromium;
            this.role = role;
            this.js = (JavascriptExecutor) chromium.driver();
        }

        void count(String what) {
            counts.merge(role.name + ":" + what, 1, Integer::sum);
        }

        void byUrl(String path) {
            chromium.driver().get(url(path));
            settle();
            check(path, "by URL");
            count("url");
        }

        void byNavigation(String path) {
            String how = navigate(path);
            settle();
            if (how.equals("menu")) {
                // The role's own menu leads to its page.
                assertThat(currentPath()).as(role.name + " " + path + " by the menu").isEqualTo(path);
                viaMenu.add(path);
            }
            check(path, "by navigation (" + how + ")");
            boolean toSignIn = currentPath().equals("login") && !path.equals("login");
            if (!toSignIn && chromium.driver().findElements(By.id("not-found")).isEmpty()) {
                opened.add(path);
            }
            count("nav");
            count(how);
        }

        /** Follows the menu entry, else a link on the page that leads there, else a router link as RouterLink renders it. */
        String navigate(String path) {
            String parent = parent(path);
            if (parent != null && !currentPath().equals(parent) && menuItem(parent) != null) {
                clickMenu(parent);
                settle();
            }
            if (menu.contains(path) && menuItem(path) == null) {
                // A page without the menu (sign-in, sign-up, a product page): back to the dashboard first.
                chromium.driver().get(url(""));
                settle();
            }
            WebElement item = menuItem(path);
            if (item != null) {
                clickMenu(path);
                return "menu";
            }
            if (parent != null && clickVisibleLink(path)) {
                return "link";
            }
            js.executeScript("""
                    const a = document.createElement('a');
                    a.setAttribute('router-link', '');
                    a.href = arguments[0];
                    a.textContent = 'probe';
                    document.body.appendChild(a);
                    a.click();
                    a.remove();""", path);
            return "router";
        }

        /**
         * Clicks the page's first visible link to the path, if it has one. A page that re-renders
         * (a grid refreshing, a chart redrawn) replaces its links between finding one and using it,
         * so the whole find, look and click is tried again on a stale element.
         */
        boolean clickVisibleLink(String path) {
            for (int attempt = 1; ; attempt++) {
                try {
                    List<WebElement> links = chromium.driver().findElements(By.cssSelector("a[href='" + path + "']"));
                    if (links.isEmpty() || !links.getFirst().isDisplayed()) {
                        return false;
                    }
                    links.getFirst().click();
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                    if (attempt == 5) {
                        throw rerendered;
                    }
                }
            }
        }

        String parent(String path) {
            if (path.matches("offers/\\d+/.+")) {
                return path.substring(0, path.lastIndexOf('/'));
            }
            if (path.matches("offers/\\d+")) {
                return "offers";
            }
            if (path.startsWith("onboarding/")) {
                return "onboarding";
            }
            if (path.startsWith("insights/")) {
                return "insights";
            }
            if (path.startsWith("attribution/guids/")) {
                return "attribution";
            }
            if (path.startsWith("staff/review/")) {
                return "staff/queue";
            }
            return null;
        }

        String currentPath() {
            String current = chromium.driver().getCurrentUrl();
            String base = url("");
            return current.startsWith(base) ? current.substring(base.length()).replaceFirst("[?#].*", "") : current;
        }

        WebElement menuItem(String path) {
            List<WebElement> items = chromium.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='" + path + "']"));
            return items.isEmpty() ? null : items.getFirst();
        }

        /**
         * Clicks the menu entry and waits (up to 10 s) until the address shows its page: the
         * router's round trip starts a moment after the click, so waiting for the server to be
         * idle alone can look before it has begun.
         */
        void clickMenu(String path) {
            js.executeScript("arguments[0].shadowRoot.querySelector('a').click()", menuItem(path));
            try {
                new WebDriverWait(chromium.driver(), Duration.ofSeconds(10), Duration.ofMillis(50))
                        .until(d -> currentPath().equals(path));
            } catch (org.openqa.selenium.TimeoutException notThere) {
                // The caller's own assertion says where it ended up.
            }
        }

        /** The page is loaded and the server has answered every request the page made. */
        void settle() {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(js.executeScript("""
                    if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;
                    const clients = Object.values(window.Vaadin.Flow.clients).filter(c => c.isActive);
                    if (clients.length === 0 || clients.some(c => c.isActive())) return false;
                    return [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading);""")));
        }

        void check(String path, String how) {
            String where = role.name + " " + path + " " + how;
            Map<?, ?> page = (Map<?, ?>) js.executeScript("""
                    const found = [];
                    const walk = root => root.querySelectorAll('*').forEach(e => {
                        if (e.hasAttribute('onerror') || e.hasAttribute('onload')
                                || (e.tagName === 'IMG' && e.getAttribute('src') === 'x')
                                || (e.tagName === 'SCRIPT' && (e.textContent || '').includes('__pwned'))) {
                            found.push(e.outerHTML);
                        }
                        if (e.shadowRoot) walk(e.shadowRoot);
                    });
                    walk(document);
                    return {found: found, pwned: typeof window.__pwned, text: document.body.innerText};""");
            assertThat((List<?>) page.get("found")).as(where + ": planted elements").isEmpty();
            assertThat(page.get("pwned")).as(where + ": a planted script ran").isEqualTo("undefined");
            assertThat(chromium.cspViolations()).as(where + ": CSP violations").isEmpty();
            String body = (String) page.get("text");
            assertThat(body).as(where + ": a failure").doesNotContain("There was an exception while trying to navigate")
                    .doesNotContain("Internal error");
            if (role.email != null && !staff(role) && (path.startsWith("staff/") || path.startsWith("admin/"))) {
                // A publisher sees nothing of the staff pages: no other publisher, no staff member.
                assertThat(body).as(where + ": staff data").doesNotContain("Woodgrove", "Litware", "Rita Reviewer");
            }
            if (role.name.equals("reviewer") && path.startsWith("admin/")) {
                // Staff who are not administrators see nothing of the administrators' pages.
                assertThat(body).as(where + ": administrator data").doesNotContain("admin@portal.example");
            }
            if (role.name.equals("fabrikam-owner") && !path.startsWith("marketplace/")) {
                assertThat(body).as(where + ": Contoso's data").doesNotContain("Contoso", "contoso");
            }
            for (Shown s : shown) {
                if (s.role.equals(role.name) && s.path.equals(path)) {
                    for (String text : s.texts) {
                        try {
                            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(
                                    d -> d.findElement(By.tagName("body")).getText().contains(text));
                        } catch (org.openqa.selenium.TimeoutException e) {
                            assertThat(chromium.driver().findElement(By.tagName("body")).getText())
                                    .as(where + ": the payload as text").contains(text);
                        }
                    }
                    count("text");
                }
            }
        }
    }

    @AfterAll
    void report() {
        System.out.println("probe counts: " + new TreeSet<>(counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
}
