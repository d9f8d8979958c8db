package com.publisherportal.leads;

import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailPreferences;
import com.publisherportal.account.EmailTopic;
import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.SignUpService;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead digests written to the e-mail outbox: new leads only for who opted in and at most once
 * an hour, overdue follow-ups at most once a day, in the reader's language. Runs on H2 and PostgreSQL.
 */
abstract class LeadDigestsContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired LeadIntakeService intake;
    @Autowired IntakeTokenService intakeTokens;
    @Autowired LeadDigests digests;
    @Autowired EmailPreferenceService preferences;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    record Fresh(long accountId, long ownerId, String token) {
    }

    record Row(String kind, String subject, String body) {
    }

    Fresh freshPublisher(String language) {
        String email = "owner-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@digest.example";
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Digest Co " + email, "Digest Co",
                "dig-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.get(), "DE", "Dora Owner", email,
                "a-strong-passphrase-42", language)).orElseThrow();
        long userId = signIn.as(email).userId();
        return new Fresh(account.id(), userId, intakeTokens.intakeToken(account.id()));
    }

    void lead(Fresh publisher, String first, String company) {
        intake.receive(publisher.token(), new LeadPayload("INS", "Some offer", "AzureMarketplace-INS|pub.offer",
                "Interested", first, "Lovelace", first.toLowerCase() + SEQUENCE.incrementAndGet() + "@engines.example",
                "+33 1 23", "FR", company, "Engineer"), null);
    }

    void optInToNewLeads() {
        EmailPreferences mine = preferences.mine();
        EnumSet<EmailTopic> topics = EnumSet.copyOf(mine.topics());
        topics.add(EmailTopic.NEW_LEADS);
        preferences.changeMine(new EmailPreferences(topics, mine.language(), mine.version()));
    }

    List<Row> rows(long userId, String kind) {
        return jdbc.sql("SELECT kind, subject, body_text FROM mail_outbox WHERE recipient_user_id = :userId AND kind = :kind ORDER BY id")
                .param("userId", userId).param("kind", kind)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Test
    void theNewLeadDigestIsOptInAndComesAtMostOnceAnHour() {
        Fresh publisher = freshPublisher("en");
        lead(publisher, "Ada", "Analytical Engines");
        clock.advance(Duration.ofMinutes(2));
        digests.newLeadDigests();
        assertThat(rows(publisher.ownerId(), "NEW_LEADS")).as("off by default").isEmpty();

        optInToNewLeads();
        digests.newLeadDigests();
        assertThat(rows(publisher.ownerId(), "NEW_LEADS")).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo("A new lead in the Publisher Portal");
            assertThat(row.body()).contains("A new lead has arrived since your last digest")
                    .contains("- Ada Lovelace, Analytical Engines")
                    .contains("http://localhost:8080/leads");
        });

        lead(publisher, "Bob", "Babbage Ltd");
        lead(publisher, "Cy", "Difference Co");
        clock.advance(Duration.ofMinutes(10));
        digests.newLeadDigests();
        assertThat(rows(publisher.ownerId(), "NEW_LEADS")).as("not within the hour").hasSize(1);

        clock.advance(Duration.ofMinutes(50));
        digests.newLeadDigests();
        List<Row> both = rows(publisher.ownerId(), "NEW_LEADS");
        assertThat(both).hasSize(2);
        assertThat(both.get(1).subject()).isEqualTo("2 new leads in the Publisher Portal");
        assertThat(both.get(1).body()).contains("Bob Lovelace, Babbage Ltd").contains("Cy Lovelace, Difference Co")
                .doesNotContain("Ada");

        clock.advance(Duration.ofHours(2));
        digests.newLeadDigests();
        assertThat(rows(publisher.ownerId(), "NEW_LEADS")).as("nothing new, nothing sent").hasSize(2);
    }

    @Test
    void leadsOverdueForFollowUpAreToldOnceADayInTheReadersLanguage() {
        Fresh publisher = freshPublisher("fr");
        lead(publisher, "Ada", "Analytical Engines");
        digests.overdueDigests();
        assertThat(rows(publisher.ownerId(), "OVERDUE_FOLLOW_UPS")).as("not overdue yet").isEmpty();

        clock.advance(Duration.ofHours(25));
        digests.overdueDigests();
        assertThat(rows(publisher.ownerId(), "OVERDUE_FOLLOW_UPS")).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo("Un prospect attend un suivi en retard");
            assertThat(row.body()).contains("Ouvrir dans le portail éditeur : http://localhost:8080/leads");
        });
        clock.advance(Duration.ofHours(3));
        digests.overdueDigests();
        assertThat(rows(publisher.ownerId(), "OVERDUE_FOLLOW_UPS")).hasSize(1);

        clock.advance(Duration.ofHours(21));
        digests.overdueDigests();
        assertThat(rows(publisher.ownerId(), "OVERDUE_FOLLOW_UPS")).hasSize(2);

        EmailPreferences mine = preferences.mine();
        EnumSet<EmailTopic> fewer = EnumSet.copyOf(mine.topics());
        fewer.remove(EmailTopic.OVERDUE_FOLLOW_UPS);
        preferences.changeMine(new EmailPreferences(fewer, "fr", mine.version()));
        clock.advance(Duration.ofDays(1));
        digests.overdueDigests();
        assertThat(rows(publisher.ownerId(), "OVERDUE_FOLLOW_UPS")).as("turned off").hasSize(2);
    }
}
