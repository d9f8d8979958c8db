package com.publisherportal.operations;

import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.testsupport.Chromium;
import com.publisherportal.testsupport.HaProxy;
import com.publisherportal.testsupport.LeadPoster;
import com.publisherportal.testsupport.PortalProcess;
import com.publisherportal.testsupport.ScratchPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two production jars on one PostgreSQL database behind HAProxy with sticky sessions, as
 * docker/compose.yaml runs them, each on the context Spring AOT worked out at build time (as the
 * image runs it: the demo-data switch is read at start, not fixed by the build). Both nodes start
 * together on an empty database (one seeds the demo data, the other waits for it). Then:
 * <ul>
 *   <li>the same leads posted to both nodes at once are each stored once;</li>
 *   <li>in Chromium, Contoso's owner, pinned to node 1, changes a lead's status and edits a listing, a
 *       reviewer pinned to node 2 certifies an offer, and each side sees the other's writes (Contoso's owner signs in on node 2 too);</li>
 *   <li>node 1 is stopped while the owner is on a page: their next click lands on node 2, which
 *       sends them to sign in again, and after signing in they find everything saved before;</li>
 *   <li>the storefront feed, scheduled every 2 s on both nodes, ran on one node at a time.</li>
 * </ul>
 * Needs the production jar ({@code PORTAL_PRODUCTION_JAR}, built by .ci/run), HAProxy, PostgreSQL
 * and Chromium; skipped without them unless {@code PORTAL_REQUIRE_CLUSTER=true} (CI).
 */
class TwoNodeClusterBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodeClusterBrowserTest.class);

    @TempDir Path temp;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final ScratchPostgres database = new ScratchPostgres("_cluster");

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    private static Path productionJar() {
        String jar = System.getenv("PORTAL_PRODUCTION_JAR");
        boolean present = jar != null && Files.isRegularFile(Path.of(jar));
        if (!present && "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_CLUSTER"))) {
            throw new IllegalStateException("PORTAL_REQUIRE_CLUSTER=true but PORTAL_PRODUCTION_JAR names no jar: " + jar);
        }
        Assumptions.assumeTrue(present, "PORTAL_PRODUCTION_JAR is not set (.ci/run builds it)");
        return Path.of(jar);
    }

    private PortalProcess node(Path jar, String name) throws Exception {
        List<String> args = new ArrayList<>(database.springArgs());
        args.addAll(List.of("--portal.node-name=" + name, "--portal.data-dir=" + temp.resolve(name),
                "--portal.demo-data.enabled=true",
                // The feed runs often, so the test sees which node ran each period.
                "--portal.storefront-feed.delay=PT2S", "--portal.storefront-feed.lock-at-least=PT1S",
                "--portal.leads.intake.rate-per-second=100000", "--portal.leads.intake.burst=100000"));
        PortalProcess node = PortalProcess.launchProductionJar(jar, temp.resolve(name + ".log"), args);
        running.add(node);
        return node;
    }

    @Test
    void twoNodesShareTheirWritesAndAUserFindsEverythingAfterTheirNodeStops() throws Exception {
        Path jar = productionJar();
        HaProxy.assumeInstalled();
        database.recreate();

        long t0 = System.nanoTime();
        PortalProcess node1 = node(jar, "node-1");
        PortalProcess node2 = node(jar, "node-2");
        node1.awaitReady(Duration.ofMinutes(3));
        node2.awaitReady(Duration.ofMinutes(3));
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(List.of(node1.logText(), node2.logText())).as("both nodes on the build's AOT context")
                .allMatch(log -> log.contains("Starting AOT-processed Application"));
        assertThat(scalar("SELECT COUNT(*) FROM publisher_account WHERE publisher_id = 'contoso'"))
                .as("the demo data seeded once by two nodes starting together").isEqualTo(1L);

        Map<String, PortalProcess> nodes = new LinkedHashMap<>();
        nodes.put("node-1", node1);
        nodes.put("node-2", node2);
        HaProxy proxy = HaProxy.start(temp.resolve("haproxy"), nodes);
        running.add(proxy);

        int[] leadCounts = sameLeadsToBothNodesAtOnce(node1, node2);

        long leadId = scalar("SELECT MIN(l.id) FROM sales_lead l JOIN publisher_account a ON a.id = l.account_id"
                + " WHERE a.publisher_id = 'contoso' AND l.status = 'NEW' AND l.company IS NOT NULL"
                + " AND l.email NOT LIKE 'cluster-%'");
        String company = text("SELECT company FROM sales_lead WHERE id = " + leadId);
        long analytics = scalar("SELECT id FROM offer WHERE offer_id = 'contoso-analytics'");
        long secureVm = scalar("SELECT id FROM offer WHERE offer_id = 'contoso-secure-vm'");
        String summary = "Checked on two nodes " + Long.toHexString(System.nanoTime());

        try (Chromium owner = Chromium.start(proxy.port()); Chromium reviewer = Chromium.start(proxy.port())) {
          try {
            pin(owner, "node-1");
            pin(reviewer, "node-2");

            // Node 1: Contoso's owner moves a lead on and edits a listing.
            owner.signIn("owner@contoso.example", AccountDemoData.PASSWORD);
            assertPinned(owner, "node-1");
            markContacted(owner, company);
            awaitValue("SELECT status FROM sales_lead WHERE id = " + leadId, "CONTACTED");
            editSummary(owner, analytics, summary);
            awaitValue("SELECT COUNT(*) FROM listing_revision WHERE summary = '" + summary + "'", "1");

            // Node 2: the reviewer certifies Contoso's submitted offer, then, as Contoso's owner,
            // sees the writes made through node 1.
            reviewer.signIn("reviewer@portal.example", AccountDemoData.PASSWORD);
            assertPinned(reviewer, "node-2");
            certify(reviewer, secureVm);
            awaitValue("SELECT status FROM offer WHERE id = " + secureVm, "PREVIEW");
            signOut(reviewer);
            reviewer.signIn("owner@contoso.example", AccountDemoData.PASSWORD);
            assertPinned(reviewer, "node-2");
            assertLeadShowsContacted(reviewer, company);
            assertSummary(reviewer, analytics, summary);
            reviewer.screenshot("cluster-node2-sees-node1.png");

            // Node 1 sees the reviewer's decision made through node 2.
            owner.open("offers/" + secureVm);
            owner.waiting().until(d -> d.findElements(By.cssSelector("span.portal-badge")).stream()
                    .anyMatch(badge -> badge.getText().equals("Preview")));

            // Node 1 stops while the owner is on the lead inbox; their next click lands on node 2.
            owner.open("leads");
            owner.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
            long stopping = System.nanoTime();
            int exit = node1.stop();
            double stopSeconds = (System.nanoTime() - stopping) / 1e9;
            assertThat(exit).as("node 1's exit code on SIGTERM").isIn(0, 143);
            owner.driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(item -> "offers".equals(item.getDomAttribute("path"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Offers menu item")).click();
            owner.waiting().until(d -> d.getCurrentUrl().contains("/login"));
            owner.screenshot("cluster-node1-stopped-sign-in-again.png");
            owner.submitSignIn("owner@contoso.example", AccountDemoData.PASSWORD);
            // Signed in again, they are back on the page they were on when node 1 stopped.
            owner.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lead-grid")));
            assertPinned(owner, "node-2");
            assertLeadShowsContacted(owner, company);
            assertSummary(owner, analytics, summary);

            List<String[]> runs = feedRuns();
            String report = ("two nodes ready %.1f s after launch; %d leads posted to both nodes at once -> %d stored, "
                    + "%d answers 201 and %d answers 200; node 1 stopped in %.1f s; storefront feed runs: %d (%s)")
                    .formatted(startSeconds, leadCounts[0], leadCounts[1], leadCounts[2], leadCounts[3], stopSeconds,
                            runs.size(), runs.stream().map(r -> r[0]).distinct().sorted().toList());
            log.info(report);
            System.out.println("[cluster-test] " + report);
          } catch (Throwable failure) {
            owner.screenshot("cluster-failure-owner.png");
            reviewer.screenshot("cluster-failure-reviewer.png");
            throw new AssertionError("owner at " + owner.driver().getCurrentUrl() + ", reviewer at "
                    + reviewer.driver().getCurrentUrl(), failure);
          }
        } finally {
            Files.copy(temp.resolve("node-1.log"), Path.of("target", "cluster-node-1.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(temp.resolve("node-2.log"), Path.of("target", "cluster-node-2.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertFeedRanOnOneNodeAtATime();
    }

    /** Posts each of 200 leads to both nodes at the same moment; returns {posted, stored, 201s, 200s}. */
    private int[] sameLeadsToBothNodesAtOnce(PortalProcess node1, PortalProcess node2) throws Exception {
        String path = "/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN;
        LeadPoster toNode1 = new LeadPoster(node1.url(path), "cluster");
        LeadPoster toNode2 = new LeadPoster(node2.url(path), "cluster");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int created = 0;
        int repeated = 0;
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String email = "cluster-" + i + "@both-nodes.example";
                emails.add(email);
                Callable<HttpResponse<String>> one = () -> toNode1.post(email);
                Callable<HttpResponse<String>> two = () -> toNode2.post(email);
                answers.add(pool.submit(one));
                answers.add(pool.submit(two));
            }
            for (int i = 0; i < answers.size(); i += 2) {
                HttpResponse<String> a = answers.get(i).get();
                HttpResponse<String> b = answers.get(i + 1).get();
                assertThat(List.of(a.statusCode(), b.statusCode())).as(emails.get(i / 2) + ": " + a.body() + " / " + b.body())
                        .allMatch(status -> status == 200 || status == 201);
                assertThat(LeadPoster.id(a.body())).as("both nodes name the same lead for " + emails.get(i / 2))
                        .isEqualTo(LeadPoster.id(b.body()));
                for (HttpResponse<String> answer : List.of(a, b)) {
                    if (answer.statusCode() == 201) {
                        created++;
                    } else {
                        repeated++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long stored = scalar("SELECT COUNT(*) FROM sales_lead WHERE email LIKE 'cluster-%@both-nodes.example'");
        long distinct = scalar("SELECT COUNT(DISTINCT email) FROM sales_lead WHERE email LIKE 'cluster-%@both-nodes.example'");
        assertThat(stored).as("leads stored").isEqualTo(200).isEqualTo(distinct);
        assertThat(created).as("201 answers: one per lead").isEqualTo(200);
        return new int[]{200, (int) stored, created, repeated};
    }

    /** Sends the browser's requests to one node: HAProxy honours a PORTALNODE cookie it finds. */
    private static void pin(Chromium browser, String node) {
        browser.open("login");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie(HaProxy.STICKY_COOKIE, node, "/"));
    }

    private static void assertPinned(Chromium browser, String node) {
        Cookie sticky = browser.driver().manage().getCookieNamed(HaProxy.STICKY_COOKIE);
        assertThat(sticky).as("the sticky-session cookie").isNotNull();
        assertThat(sticky.getValue()).as("the node this browser's session lives on").isEqualTo(node);
    }

    private static void signOut(Chromium browser) {
        // A new session on the same node: forget the session cookie, keep the node's.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }

    private static void search(Chromium browser, String company) {
        browser.open("leads");
        WebElement search = browser.waiting().until(d -> d.findElement(By.cssSelector("#lead-search input")));
        search.sendKeys(company, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-grid"), company));
    }

    private static void markContacted(Chromium browser, String company) {
        search(browser, company);
        WebElement cell = browser.driver().findElement(By.id("lead-grid"))
                .findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(company)).findFirst().orElseThrow();
        // The company column may lie beyond the grid's visible width.
        clickInView(browser, cell);
        clickInView(browser, browser.waiting().until(d -> d.findElement(By.id("lead-status-CONTACTED"))));
    }

    /** Clicks an element after scrolling it into view (a wide grid's cell, a button low in a dialog). */
    private static void clickInView(Chromium browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void assertLeadShowsContacted(Chromium browser, String company) {
        search(browser, company);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-grid"), "Contacted"));
    }

    private static void editSummary(Chromium browser, long offerId, String summary) {
        browser.open("offers/" + offerId + "/listing");
        WebElement field = browser.waiting().until(d -> d.findElement(By.cssSelector("#listing-summary input")));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(summary, Keys.TAB);
        clickInView(browser, browser.driver().findElement(By.id("save-listing")));
    }

    private static void assertSummary(Chromium browser, long offerId, String summary) {
        browser.open("offers/" + offerId + "/listing");
        browser.waiting().until(d -> summary.equals(
                d.findElement(By.cssSelector("#listing-summary input")).getDomProperty("value")));
    }

    private static void certify(Chromium browser, long offerId) {
        WebDriver driver = browser.driver();
        browser.open("staff/review/certification/" + offerId);
        clickInView(browser, browser.waiting().until(d -> d.findElement(By.id("claim"))));
        for (String point : List.of("cert-global", "cert-platform", "cert-image", "cert-malware", "cert-billing")) {
            // The first choice of each point: "Pass".
            clickInView(browser, browser.waiting().until(d -> d.findElement(By.cssSelector("#" + point + " vaadin-radio-button > label"))));
        }
        driver.findElement(By.cssSelector("#cert-report textarea")).sendKeys("Everything checked on node 2.", Keys.TAB);
        clickInView(browser, driver.findElement(By.id("record-certification")));
    }

    private void awaitValue(String sql, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = text(sql);
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(last).as(sql).isEqualTo(expected);
    }

    /** [node, started, finished] of every storefront-feed run. */
    private List<String[]> feedRuns() throws Exception {
        List<String[]> runs = new ArrayList<>();
        try (Connection connection = database.connect(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT node, started_at, finished_at FROM scheduled_job_run"
                     + " WHERE job_name = 'storefront-feed' ORDER BY started_at, id")) {
            while (rows.next()) {
                runs.add(new String[]{rows.getString(1), rows.getTimestamp(2).toInstant().toString(),
                        rows.getTimestamp(3).toInstant().toString()});
            }
        }
        return runs;
    }

    /**
     * Both nodes schedule the feed every 2 s; the lock (held at least 1 s) lets one run per period:
     * no two runs overlap, consecutive runs start at least the lock's minimum apart, and the lock's
     * row names the node that ran last.
     */
    private void assertFeedRanOnOneNodeAtATime() throws Exception {
        List<String[]> runs = feedRuns();
        assertThat(runs).as("storefront feed runs").hasSizeGreaterThanOrEqualTo(5);
        assertThat(runs.stream().map(r -> r[0]).distinct()).as("nodes that ran the feed").isSubsetOf("node-1", "node-2");
        for (int i = 1; i < runs.size(); i++) {
            Instant previousStart = Instant.parse(runs.get(i - 1)[1]);
            Instant previousEnd = Instant.parse(runs.get(i - 1)[2]);
            Instant start = Instant.parse(runs.get(i)[1]);
            assertThat(start).as("run %d (%s) starts after run %d (%s) ended", i, runs.get(i)[0], i - 1, runs.get(i - 1)[0])
                    .isAfterOrEqualTo(previousEnd);
            assertThat(Duration.between(previousStart, start)).as("time between the starts of runs %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
        String lockedBy = text("SELECT locked_by FROM shedlock WHERE name = 'storefront-feed'");
        assertThat(lockedBy).isIn("node-1", "node-2");
    }

    private long scalar(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws Exception {
        try (Connection connection = database.connect(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
