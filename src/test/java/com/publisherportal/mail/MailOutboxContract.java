package com.publisherportal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailPreferences;
import com.publisherportal.account.EmailTopic;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.onboarding.CertificationChecklist;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.NominationService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.AccountRole;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail through the outbox to a real SMTP server (GreenMail on a free port): delivery in the
 * recipient's language with a plain-text part and a link, retries while the server refuses, no
 * second delivery after a sender stops mid-send, opt-out, and the outbox row living and dying with
 * the event's transaction. Its own Spring context (SMTP settings), on H2 and PostgreSQL.
 */
abstract class MailOutboxContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired NominationService nominations;
    @Autowired ReviewService reviews;
    @Autowired OfferLifecycle lifecycle;
    @Autowired OfferService offers;
    @Autowired EmailPreferenceService preferences;
    @Autowired MailOutbox outbox;
    @Autowired MailOutboxRepository repository;
    @Autowired OutboxSender sender;
    @Autowired JavaMailSender smtpSender;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        // The tests call the sender themselves.
        registry.add("portal.mail.send-interval", () -> "PT1H");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void emptyTheOutbox() throws Exception {
        // The demo data's decisions are queued too: send them first, so each test sees only its own e-mails.
        if (!smtp.isRunning()) {
            startSmtp();
        }
        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Fresh(long accountId, long ownerId, String ownerEmail) {
    }

    Fresh freshPublisher(String language) {
        String email = unique("owner") + "@mail.example";
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Mail Co " + email, "Mail Co",
                unique("mail"), "FR", "Maud Owner", email, "a-strong-passphrase-42", language)).orElseThrow();
        long userId = signIn.as(email).userId();
        return new Fresh(account.id(), userId, email);
    }

    Nomination nominate(Fresh publisher, String product) {
        signIn.as(publisher.ownerEmail());
        return nominations.submit(publisher.accountId(), new NominationService.NominationForm(product, OfferType.SAAS,
                "Widgets as a service", PlatformRelation.RUNS_ON, "App Service", "Retailers", "https://widgets.example"));
    }

    List<OutboxMail> rowsFor(long userId) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient_user_id = :userId ORDER BY id")
                .param("userId", userId).query(Long.class).list().stream()
                .map(id -> repository.find(id).orElseThrow()).toList();
    }

    List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String plainText(MimeMessage message) throws Exception {
        // SMTP carries lines ending in CRLF.
        return findPart(message.getContent(), "text/plain").replace("\r\n", "\n");
    }

    static String findPart(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String inner = findPart(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Queues one e-mail to the user, as a feature would inside its transaction. */
    long enqueue(long userId, String product) {
        transactions.executeWithoutResult(s -> outbox.toUser(userId, MailKind.NOMINATION_APPROVED, "onboarding", product, ""));
        return rowsFor(userId).getLast().id();
    }

    // ---- delivery

    @Test
    void aDecisionReachesThePublisherInFrenchWithAPlainTextPartAndALinkBack() throws Exception {
        Fresh publisher = freshPublisher("fr");
        Nomination nomination = nominate(publisher, "Widgets Cloud");
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), false, "Décrivez l’intégration à la plateforme.", reviews.claimNomination(nomination.id()).version());

        List<OutboxMail> rows = rowsFor(publisher.ownerId());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.QUEUED);
            assertThat(row.kind()).isEqualTo(MailKind.NOMINATION_REJECTED);
            assertThat(row.language()).isEqualTo("fr");
            assertThat(row.recipientAddress()).isEqualTo(publisher.ownerEmail());
        });

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(rowsFor(publisher.ownerId())).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.SENT);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.sentAt()).isNotNull();
        });
        MimeMessage message = received(publisher.ownerEmail()).getFirst();
        assertThat(received(publisher.ownerEmail())).hasSize(1);
        assertThat(message.getSubject()).isEqualTo("Votre nomination de Widgets Cloud n’est pas approuvée");
        String text = plainText(message);
        assertThat(text).contains("La place de marché n’a pas approuvé votre nomination de Widgets Cloud.")
                .contains("Décrivez l’intégration à la plateforme.")
                .contains("http://localhost:8080/onboarding")
                .contains("http://localhost:8080/profile");
        assertThat(findPart(message.getContent(), "text/html")).contains("<a href=\"http://localhost:8080/onboarding\">");
        assertThat(message.getMessageID()).isEqualTo("<outbox-" + rows.getFirst().id() + "@localhost>");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
    }

    @Test
    void aFailedCertificationSendsTheReportToThePublisher() throws Exception {
        signIn.as("reviewer@portal.example");
        Offer offer = lifecycle.claimForCertification(offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().id());
        lifecycle.certify(offer.id(), new CertificationChecklist(true, false, true, true, true),
                "The image lacks a security update.\nPatch it and resubmit.", offer.version());
        long fiona = jdbc.sql("SELECT id FROM app_user WHERE email = 'owner@fabrikam.example'").query(Long.class).single();
        assertThat(rowsFor(fiona)).extracting(OutboxMail::kind).containsExactly(MailKind.CERTIFICATION_FAILED);

        sender.sendDue();
        // Every member, each in their own language: Fiona reads French, Diego English.
        MimeMessage french = received("owner@fabrikam.example").getFirst();
        assertThat(french.getSubject()).endsWith("demande une action : rapport de certification");
        assertThat(plainText(french)).contains("n’a pas réussi la certification")
                .contains("The image lacks a security update.\nPatch it and resubmit.")
                .contains("http://localhost:8080/offers/" + offer.id());
        MimeMessage english = received("developer@fabrikam.example").getFirst();
        assertThat(english.getSubject()).endsWith("needs attention: certification report");
        assertThat(plainText(english)).contains("did not pass certification")
                .contains("The image lacks a security update.");
    }

    @Test
    void anEnglishReaderGetsTheEnglishTextAndTextIsNeverMarkup() throws Exception {
        Fresh publisher = freshPublisher("en");
        enqueue(publisher.ownerId(), "<b>Widgets</b> & Co");
        sender.sendDue();
        MimeMessage message = received(publisher.ownerEmail()).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your nomination of <b>Widgets</b> & Co is approved");
        assertThat(plainText(message)).contains("Good news: the marketplace approved your nomination of <b>Widgets</b> & Co.");
        assertThat(findPart(message.getContent(), "text/html")).contains("&lt;b&gt;Widgets&lt;/b&gt; &amp; Co")
                .doesNotContain("<b>Widgets");
    }

    @Test
    void theChosenLanguageWinsOverThePortalLanguage() throws Exception {
        Fresh publisher = freshPublisher("en");
        EmailPreferences mine = preferences.mine();
        preferences.changeMine(new EmailPreferences(mine.topics(), "fr", mine.version()));
        enqueue(publisher.ownerId(), "Widgets");
        sender.sendDue();
        assertThat(received(publisher.ownerEmail()).getFirst().getSubject())
                .isEqualTo("Votre nomination de Widgets est approuvée");
    }

    // ---- retries

    @Test
    void whileTheServerRefusesTheRowWaitsAndRetriesLaterThenIsSentOnce() throws Exception {
        Fresh publisher = freshPublisher("en");
        long id = enqueue(publisher.ownerId(), "Retry Widgets");
        smtp.stop();

        assertThat(sender.sendDue()).isZero();
        OutboxMail first = repository.find(id).orElseThrow();
        assertThat(first.state()).isEqualTo(OutboxState.RETRYING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).isNotBlank();

        // Not due yet: no attempt.
        sender.sendDue();
        assertThat(repository.find(id).orElseThrow().attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        OutboxMail second = repository.find(id).orElseThrow();
        assertThat(second.state()).isEqualTo(OutboxState.RETRYING);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        startSmtp();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        OutboxMail sent = repository.find(id).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(received(publisher.ownerEmail())).hasSize(1);
        sender.sendDue();
        assertThat(received(publisher.ownerEmail())).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheRowFailsAndAnAdministratorMaySendItAgain() throws Exception {
        Fresh publisher = freshPublisher("en");
        long id = enqueue(publisher.ownerId(), "Doomed Widgets");
        smtp.stop();
        for (int attempt = 1; attempt <= 8; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(2));
        }
        OutboxMail failed = repository.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(sender.backoff(7)).isEqualTo(Duration.ofHours(1));

        startSmtp();
        sender.sendDue();
        assertThat(received(publisher.ownerEmail())).isEmpty();
        signIn.as("admin@portal.example");
        assertThat(outbox.sendAgain(id).state()).isEqualTo(OutboxState.QUEUED);
        sender.sendDue();
        assertThat(received(publisher.ownerEmail())).hasSize(1);
    }

    // ---- exactly once

    @Test
    void aRowClaimedBySenderThatStoppedMidSendIsNotSentAgain() {
        Fresh publisher = freshPublisher("en");
        long id = enqueue(publisher.ownerId(), "Crash Widgets");
        // A sender on another node (or before a restart) claimed the row, then died before marking it sent.
        assertThat(repository.claim(id, "dead-node", clock.instant(), clock.instant().plus(Duration.ofMinutes(5)))).isTrue();
        // A second claim of the same row, by any sender, takes nothing.
        assertThat(repository.claim(id, "other-node", clock.instant(), clock.instant().plus(Duration.ofMinutes(5)))).isFalse();

        assertThat(sender.sendDue()).isZero();
        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENDING);

        clock.advance(Duration.ofMinutes(6));
        assertThat(sender.sendDue()).isZero();
        OutboxMail abandoned = repository.find(id).orElseThrow();
        assertThat(abandoned.state()).isEqualTo(OutboxState.FAILED);
        assertThat(abandoned.attempts()).isEqualTo(1);
        assertThat(abandoned.lastError()).isEqualTo(OutboxSender.ABANDONED);
        assertThat(received(publisher.ownerEmail())).isEmpty();
        // The dead sender's late "sent" does not overwrite the outcome.
        assertThat(repository.markSent(id, "dead-node", clock.instant())).isFalse();
    }

    @Test
    void aSenderWithoutSmtpSettingsLeavesTheOutboxQueued() throws Exception {
        // The production build's beans are chosen ahead of time as if SMTP were configured: the
        // sender exists there without spring.mail.host and must then send nothing.
        Fresh publisher = freshPublisher("en");
        enqueue(publisher.ownerId(), "Quiet Widgets");
        OutboxSender unconfigured = new OutboxSender(repository, smtpSender, clock, "node-c",
                new InternetAddress("Publisher Portal <no-reply@portal.example>"), "localhost", Duration.ofMinutes(5), 8,
                Duration.ofMinutes(1), Duration.ofHours(1), 3, false);
        unconfigured.run();
        assertThat(rowsFor(publisher.ownerId())).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.QUEUED);
            assertThat(row.attempts()).isZero();
        });
        assertThat(received(publisher.ownerEmail())).isEmpty();
        sender.run();
        assertThat(rowsFor(publisher.ownerId())).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(OutboxState.SENT));
    }

    @Test
    void twoSendersAtOnceDeliverEachEmailExactlyOnce() throws Exception {
        Fresh publisher = freshPublisher("en");
        for (int i = 0; i < 20; i++) {
            enqueue(publisher.ownerId(), "Busy Widgets " + i);
        }
        // Two nodes' senders, both running now (as if the scheduler lock had been lost between them).
        OutboxSender nodeB = new OutboxSender(repository, smtpSender, clock, "node-b",
                new InternetAddress("Publisher Portal <no-reply@portal.example>"), "localhost", Duration.ofMinutes(5), 8,
                Duration.ofMinutes(1), Duration.ofHours(1), 3, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(sender::sendDue);
            Future<Integer> b = pool.submit(nodeB::sendDue);
            assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        List<MimeMessage> arrived = received(publisher.ownerEmail());
        assertThat(arrived).hasSize(20);
        assertThat(arrived.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).doesNotHaveDuplicates();
        assertThat(rowsFor(publisher.ownerId())).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(OutboxState.SENT);
            assertThat(row.attempts()).isEqualTo(1);
        });
    }

    // ---- choices and transactions

    @Test
    void aUserWhoTurnedDecisionsOffGetsNoRow() {
        Fresh publisher = freshPublisher("en");
        EmailPreferences mine = preferences.mine();
        assertThat(mine.topics()).containsExactlyInAnyOrder(EmailTopic.DECISIONS, EmailTopic.CERTIFICATION_RESULTS,
                EmailTopic.MESSAGES, EmailTopic.OVERDUE_FOLLOW_UPS, EmailTopic.SUBSCRIPTIONS);
        EnumSet<EmailTopic> fewer = EnumSet.copyOf(mine.topics());
        fewer.remove(EmailTopic.DECISIONS);
        preferences.changeMine(new EmailPreferences(fewer, "en", mine.version()));

        Nomination nomination = nominate(publisher, "Quiet Widgets");
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());
        assertThat(rowsFor(publisher.ownerId())).isEmpty();
        transactions.executeWithoutResult(s ->
                assertThat(outbox.toAccount(publisher.accountId(), List.of(AccountRole.OWNER), MailKind.CERTIFICATION_PASSED,
                        "offers/1", "Quiet Widgets", "")).isEqualTo(1));
        assertThat(rowsFor(publisher.ownerId())).extracting(OutboxMail::kind).containsExactly(MailKind.CERTIFICATION_PASSED);
    }

    @Test
    void twoWindowsSavingChoicesDoNotOverwriteEachOther() {
        freshPublisher("en");
        EmailPreferences read = preferences.mine();
        preferences.changeMine(new EmailPreferences(read.topics(), "fr", read.version()));
        assertThatThrownBy(() -> preferences.changeMine(new EmailPreferences(java.util.Set.of(), "en", read.version())))
                .hasMessageContaining("email-preferences.changed");
        assertThat(preferences.mine().language()).isEqualTo("fr");
    }

    @Test
    void anEventWhoseTransactionRollsBackLeavesNoEmail() {
        Fresh publisher = freshPublisher("en");
        Nomination nomination = nominate(publisher, "Rolled Widgets");
        signIn.as("reviewer@portal.example");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());
            // The approval and the approval package (with its promotion code), both in this transaction.
            assertThat(rowsFor(publisher.ownerId())).extracting(OutboxMail::kind)
                    .containsExactlyInAnyOrder(MailKind.NOMINATION_APPROVED, MailKind.APPROVAL_PACKAGE);
            throw new IllegalStateException("a later step of the same transaction failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rowsFor(publisher.ownerId())).isEmpty();
        // Outside a transaction the outbox refuses to write at all.
        assertThatThrownBy(() -> outbox.toUser(publisher.ownerId(), MailKind.NOMINATION_APPROVED, "onboarding", "x", ""))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void onlyAdministratorsReadTheOutbox() {
        freshPublisher("en");
        assertThatThrownBy(() -> outbox.list(List.of(), RowWindow.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        signIn.as("reviewer@portal.example");
        assertThatThrownBy(() -> outbox.count()).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin@portal.example");
        assertThat(outbox.count()).isPositive();
        assertThat(outbox.list(List.of(), RowWindow.of(0, 5))).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    }
}
