package com.publisherportal.subscriptions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.publisherportal.account.EmailPreferenceService;
import com.publisherportal.account.EmailPreferences;
import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.mail.OutboxSender;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account's owners get an e-mail, in the language they chose, of a new subscription, a
 * cancellation and rejected metered usage (issue 17), through the outbox to a real SMTP server
 * (GreenMail); the customer's words (the subscription's name) stay text, escaped in the HTML part.
 */
abstract class SubscriptionMailsContract {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;
    static final String CUSTOMER_WORDS = "<b>Northwind</b> & \"Co\"";

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired OfferService offers;
    @Autowired SubscriptionService subscriptions;
    @Autowired EmailPreferenceService preferences;
    @Autowired OutboxSender sender;
    @Autowired MutableClock clock;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
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
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        ownerReadsIn("en");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void ownerReadsIn(String language) {
        signIn.as("owner@contoso.example");
        EmailPreferences mine = preferences.mine();
        preferences.changeMine(new EmailPreferences(mine.topics(), language, mine.version()));
        SignIn.out();
    }

    Offer analytics() {
        return offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
    }

    SaasSubscription subscribed(String name) throws Exception {
        Offer analytics = analytics();
        String body = json.writeValueAsString(new MarketplaceEmulator.Purchase("contoso", "contoso-analytics", "enterprise",
                12, "owner@fabrikam.example", null, name, "http://localhost:" + port + "/saas/landing/" + analytics.id(),
                "http://localhost:" + port + "/api/saas/webhook/" + analytics.id(), List.of("api-calls")));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/purchases")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        MarketplaceEmulator.Purchased purchased = json.readValue(response.body(), MarketplaceEmulator.Purchased.class);
        signIn.as("owner@fabrikam.example");
        SaasSubscription s = subscriptions.activate(analytics.id(), purchased.token());
        SignIn.out();
        return s;
    }

    List<MimeMessage> toContososOwner() {
        sender.sendDue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals("owner@contoso.example"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String part(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return ((String) part.getContent()).replace("\r\n", "\n");
                }
                String inner = part(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    @Test
    void theOwnerIsEmailedOfANewSubscriptionAndTheCustomersWordsStayText() throws Exception {
        subscribed(CUSTOMER_WORDS);
        List<MimeMessage> mails = toContososOwner();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("New subscription to Contoso Analytics");
        assertThat(part(mail.getContent(), "text/plain")).contains("plan enterprise, quantity 12")
                .contains("Subscription: " + CUSTOMER_WORDS).contains("Bought by: owner@fabrikam.example");
        assertThat(part(mail.getContent(), "text/html")).contains("&lt;b&gt;Northwind&lt;/b&gt; &amp; &quot;Co&quot;")
                .doesNotContain("<b>Northwind");
        // Only owners: the manager, developer and financial user of Contoso get none.
        assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).doesNotContain("manager@contoso.example", "finance@contoso.example", "developer@contoso.example");
    }

    @Test
    void aCancellationIsEmailedInTheOwnersLanguage() throws Exception {
        SaasSubscription s = subscribed("Tableaux de bord de Northwind");
        toContososOwner();
        smtp.purgeEmailFromAllMailboxes();
        ownerReadsIn("fr");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("action", Action.Unsubscribe.name());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/subscriptions/" + s.subscriptionId() + "/operations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<MimeMessage> mails = toContososOwner();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Un abonnement à Contoso Analytics a été résilié");
        assertThat(part(mails.getFirst().getContent(), "text/plain"))
                .contains("Le client a résilié son abonnement à Contoso Analytics (plan enterprise).")
                .contains("Abonnement : Tableaux de bord de Northwind");
    }

    @Test
    void rejectedUsageIsEmailedWithEachEventsReason() throws Exception {
        SaasSubscription s = subscribed("Usage mail test");
        toContososOwner();
        smtp.purgeEmailFromAllMailboxes();
        Map<String, Object> stale = new LinkedHashMap<>();
        stale.put("subscriptionId", s.subscriptionId());
        stale.put("dimension", "api-calls");
        stale.put("quantity", new BigDecimal("4"));
        stale.put("effectiveStartTime", clock.instant().minus(Duration.ofHours(30)).toString());
        Map<String, Object> unknownMeter = new LinkedHashMap<>(stale);
        unknownMeter.put("dimension", "<i>storage</i>");
        unknownMeter.put("effectiveStartTime", clock.instant().minus(Duration.ofMinutes(20)).toString());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + AccountDemoData.CONTOSO_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("events", List.of(stale, unknownMeter)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<MimeMessage> mails = toContososOwner();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("2 usage events were rejected");
        String text = part(mails.getFirst().getContent(), "text/plain");
        assertThat(text).contains("2 metered usage events you reported were rejected and will not be billed")
                .contains("- " + s.subscriptionId() + " · api-calls · 4 · ")
                .contains("Usage older than 24 hours is not accepted by the marketplace")
                .contains("has no dimension <i>storage</i>");
        assertThat(part(mails.getFirst().getContent(), "text/html")).contains("&lt;i&gt;storage&lt;/i&gt;")
                .doesNotContain("<i>storage");
    }
}
