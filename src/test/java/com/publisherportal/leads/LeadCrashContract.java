package com.publisherportal.leads;

import com.publisherportal.demo.LeadDemoData;
import com.publisherportal.testsupport.LeadPoster;
import com.publisherportal.testsupport.PortalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost on a crash or a stop: the portal runs as its own JVM with its production database
 * settings, leads are posted to the intake continuously from a few threads, the JVM is killed with
 * SIGKILL (or stopped with SIGTERM) mid-stream, and it is started again on the same data. Then
 * <ul>
 *   <li>the database opens without repair: Flyway validates, the portal starts, and its log holds
 *       no error and no word of recovery, repair or corruption;</li>
 *   <li>every lead that got a 201 is there: posted again with its idempotency key, it answers 200
 *       with the same id (a lost lead would be created anew: 201);</li>
 *   <li>a lead that got no answer (it was in flight at the kill), posted again, is stored or
 *       recognised, never duplicated;</li>
 *   <li>after a clean stop, the database itself holds every one of these leads exactly once, and
 *       no other lead of the run.</li>
 * </ul>
 * Subclasses say which database: the H2 file in a temporary directory or a PostgreSQL database.
 */
abstract class LeadCrashContract {

    private static final Logger log = LoggerFactory.getLogger(LeadCrashContract.class);
    private static final Duration START = Duration.ofSeconds(120);
    /** What must not appear in the log of the start after the crash. */
    private static final Pattern REPAIR = Pattern.compile("(?i)\\b(ERROR|corrupt\\w*|recover\\w*|repair\\w*)\\b");

    @TempDir Path temp;
    private final List<PortalProcess> started = new ArrayList<>();

    /** The Spring arguments that put the portal on this test's database (kept across the restart). */
    abstract List<String> databaseArgs();

    /** How many leads of each e-mail starting with {@code prefix} the database holds, read after a clean stop. */
    abstract Map<String, Integer> leadsByEmail(String prefix) throws Exception;

    /** What else to check on the restarted portal, on this database. */
    void afterRestart(PortalProcess portal) throws Exception {
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (PortalProcess portal : started) {
            portal.close();
        }
    }

    private PortalProcess start(String name) throws Exception {
        List<String> args = new ArrayList<>(databaseArgs());
        args.addAll(List.of("--portal.demo-data.enabled=true",
                // The per-token rate limit guards a real publisher's endpoint; this test floods it.
                "--portal.leads.intake.rate-per-second=1000000", "--portal.leads.intake.burst=1000000"));
        PortalProcess portal = PortalProcess.start(temp.resolve(name + ".log"), START, args,
                "/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN);
        started.add(portal);
        return portal;
    }

    @Test
    void everyAcknowledgedLeadSurvivesASigkillExactlyOnce() throws Exception {
        survives("SIGKILL", PortalProcess::kill);
    }

    /**
     * A graceful stop (SIGTERM): the intake requests under way finish with their 201, later ones are
     * refused cleanly (503 while the portal shuts down, or no connection), and none fails otherwise.
     */
    @Test
    void everyAcknowledgedLeadSurvivesAGracefulStopExactlyOnce() throws Exception {
        survives("SIGTERM", portal -> assertThat(portal.stop()).as("exit code of the graceful stop").isIn(0, 143));
    }

    private interface Stop {
        void stop(PortalProcess portal) throws Exception;
    }

    private void survives(String how, Stop stop) throws Exception {
        long t0 = System.nanoTime();
        PortalProcess first = start("first");
        long firstStarted = System.nanoTime();
        String intake = first.url("/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN);
        String prefix = "crash-" + Long.toHexString(System.nanoTime());

        LeadPoster poster = new LeadPoster(intake, prefix).start(4);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (poster.acknowledgedCount() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        // Somewhere in the stream, not on a boundary the test chose.
        Thread.sleep(ThreadLocalRandom.current().nextInt(50, 400));
        stop.stop(first);
        long killedAt = System.nanoTime();
        poster.stop();
        Map<String, LeadPoster.Ack> acknowledged = poster.acknowledged();
        Set<String> inDoubt = poster.inDoubt();
        double postingSeconds = (killedAt - firstStarted) / 1e9;
        assertThat(poster.failures().values()).as("answers other than 200/201 before the " + how
                + " (a portal shutting down may refuse with 503)").allMatch(failure -> failure.startsWith("503 "));
        assertThat(acknowledged).as("leads acknowledged before the kill").hasSizeGreaterThanOrEqualTo(300);

        PortalProcess second = start("second");
        String restartLog = second.logText();
        assertThat(restartLog).as("Flyway validated the migrations on the crashed database")
                .containsPattern("Successfully validated \\d+ migrations");
        assertThat(restartLog).as("the portal started").contains("Started Application");
        assertThat(REPAIR.matcher(restartLog).results().map(m -> lineAround(restartLog, m.start())).toList())
                .as("log lines of the restart about errors, recovery, repair or corruption").isEmpty();

        // Every acknowledged lead is there, with its id: posted again with its key, it is a repeat.
        LeadPoster again = new LeadPoster(second.url("/intake/leads/" + LeadDemoData.CONTOSO_INTAKE_TOKEN), prefix);
        Map<String, String> lost = new TreeMap<>();
        for (var entry : acknowledged.entrySet()) {
            HttpResponse<String> answer = again.post(entry.getKey());
            if (answer.statusCode() != 200 || LeadPoster.id(answer.body()) != entry.getValue().id()) {
                lost.put(entry.getKey(), "acknowledged as " + entry.getValue().id() + ", now " + answer.statusCode()
                        + " " + answer.body());
            }
        }
        // A lead in flight at the kill, posted again (a client's retry), is stored now or recognised.
        int inDoubtStored = 0;
        int inDoubtCreatedNow = 0;
        for (String email : inDoubt) {
            HttpResponse<String> answer = again.post(email);
            assertThat(answer.statusCode()).as("retry of " + email).isIn(200, 201);
            if (answer.statusCode() == 200) {
                inDoubtStored++;
            } else {
                inDoubtCreatedNow++;
            }
        }
        String report = ("%s, %s: %d leads acknowledged in %.1f s of posting (4 threads), %d in flight at the stop "
                + "(%d had been stored, %d created on retry), %d acknowledged but lost; starts %.1f s and %.1f s")
                .formatted(getClass().getSimpleName(), how, acknowledged.size(), postingSeconds, inDoubt.size(),
                        inDoubtStored, inDoubtCreatedNow, lost.size(), (firstStarted - t0) / 1e9,
                        (System.nanoTime() - killedAt) / 1e9);
        log.info(report);
        System.out.println("[crash-test] " + report);
        assertThat(lost.entrySet().stream().limit(10).toList())
                .as("acknowledged leads not found after the " + how + ", the first 10 (" + report + ")").isEmpty();

        afterRestart(second);
        assertThat(second.stop()).as("exit code of the clean stop").isIn(0, 143);
        Map<String, Integer> stored = leadsByEmail(prefix);
        Map<String, Integer> expected = new HashMap<>();
        acknowledged.keySet().forEach(email -> expected.put(email, 1));
        inDoubt.forEach(email -> expected.put(email, 1));
        assertThat(stored).as("leads of the run in the database, by e-mail: each acknowledged or retried lead exactly once")
                .isEqualTo(expected);
    }

    private static String lineAround(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
