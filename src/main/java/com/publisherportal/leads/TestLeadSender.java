package com.publisherportal.leads;

import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * "Send test lead": posts a marketplace-style test lead (values starting MSFT_TEST, so it stays
 * out of counts) through the real intake endpoint, as Partner Center does when a lead
 * destination is configured. Owners and managers only.
 */
@Component
public class TestLeadSender {

    /** The answer of the intake endpoint. */
    public record Outcome(int status, String body) {
        public boolean accepted() {
            return status == 200 || status == 201;
        }
    }

    static final String SAMPLE = """
            {"ActionCode":"INS","OfferTitle":"MSFT_TEST offer","LeadSource":"AzureMarketplace-INS|MSFT_TEST.test-offer",
             "Description":"MSFT_TEST lead sent from the portal","UserDetails":{"FirstName":"MSFT_TEST",
             "LastName":"MSFT_TEST","Email":"msft_test@example.com","Phone":"MSFT_TEST","Country":"US",
             "Company":"MSFT_TEST","Title":"MSFT_TEST"}}""";

    private final IntakeTokenService intake;
    private final AccountAccess access;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestLeadSender(IntakeTokenService intake, AccountAccess access) {
        this.intake = intake;
        this.access = access;
    }

    /**
     * Posts the sample to {@code serverBase} (the portal's own address as this server reaches it,
     * e.g. {@code http://127.0.0.1:8080}) at the account's intake path.
     */
    public Outcome send(long accountId, URI serverBase) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        String token = intake.intakeToken(accountId);
        String base = serverBase.toString().endsWith("/") ? serverBase.toString() : serverBase + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base).resolve("intake/leads/" + token))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SAMPLE))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }
}
