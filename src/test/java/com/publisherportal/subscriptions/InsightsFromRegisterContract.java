package com.publisherportal.subscriptions;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.demo.AccountDemoData;
import com.publisherportal.insights.CommerceEvent;
import com.publisherportal.insights.InsightAggregateRepository;
import com.publisherportal.insights.InsightLedger;
import com.publisherportal.insights.InsightFilter;
import com.publisherportal.insights.InsightRange;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.InsightSlice;
import com.publisherportal.insights.MonthFigures;
import com.publisherportal.insights.OrderRow;
import com.publisherportal.insights.Reports;
import com.publisherportal.insights.RowSource;
import com.publisherportal.insights.UsageRow;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.plans.Meter;
import com.publisherportal.plans.PlanService;
import com.publisherportal.subscriptions.MarketplaceApi.Action;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.emulator.MarketplaceEmulator;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Insights fed by the register (issue 17), against the emulator over HTTP: a purchase on the landing
 * page, a quantity change and a cancellation through the webhook, and metered usage through the
 * usage API; then the summary's orders, quantities, cancellations, new and lost customers and revenue,
 * and the orders and usage reports, equal what the register holds — also after the monthly
 * aggregates are rebuilt from the raw rows. The demo generator's rows stay apart, marked GENERATED.
 * And Fabrikam can neither read Contoso's register nor post usage for it. H2 and PostgreSQL.
 */
abstract class InsightsFromRegisterContract {

    @LocalServerPort int port;
    @Autowired SignIn signIn;
    @Autowired OfferService offers;
    @Autowired SubscriptionService subscriptions;
    @Autowired UsageService usage;
    @Autowired InsightService insights;
    @Autowired InsightAggregateRepository aggregates;
    @Autowired InsightLedger ledger;
    @Autowired PlanService plans;
    @Autowired MarketplaceEmulator emulator;
    @Autowired MutableClock clock;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer analytics() {
        return offers.findByAddress("contoso", "contoso-analytics").orElseThrow();
    }

    String webhookUrl() {
        return "http://localhost:" + port + "/api/saas/webhook/" + analytics().id();
    }

    /** Bought in the emulator by Fabrikam's owner for a beneficiary of their own, and activated on the landing page. */
    SaasSubscription subscribed(String beneficiary, int quantity) throws Exception {
        String body = json.writeValueAsString(new MarketplaceEmulator.Purchase("contoso", "contoso-analytics", "enterprise",
                quantity, "owner@fabrikam.example", beneficiary, "Contoso Analytics for Northwind",
                "http://localhost:" + port + "/saas/landing/" + analytics().id(), webhookUrl(), List.of("api-calls")));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/purchases")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        MarketplaceEmulator.Purchased purchased = json.readValue(response.body(), MarketplaceEmulator.Purchased.class);
        signIn.as("owner@fabrikam.example");
        SaasSubscription s = subscriptions.activate(analytics().id(), purchased.token());
        SignIn.out();
        return s;
    }

    void operation(String subscriptionId, Action action, String planId, Integer quantity) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("action", action.name());
        if (planId != null) request.put("planId", planId);
        if (quantity != null) request.put("quantity", quantity);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/emulator/marketplace/admin/subscriptions/" + subscriptionId + "/operations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(200);
    }

    HttpResponse<String> postUsage(String apiKey, String subscriptionId, String quantity, Instant start) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("subscriptionId", subscriptionId);
        event.put("dimension", "api-calls");
        event.put("quantity", new BigDecimal(quantity));
        event.put("effectiveStartTime", start.toString());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saas/usage"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("events", List.of(event))))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    InsightRange range() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return InsightRange.custom(today.minusDays(2), today);
    }

    /** The register's market (the marketplace tells no country) on Contoso Analytics: the generator never writes it. */
    InsightSlice registerSlice() {
        return InsightSlice.all().withOffer(analytics().id()).withMarket("ZZ");
    }

    MonthFigures summary() {
        return insights.summary(analytics().accountId(), range(), registerSlice()).current();
    }

    <T> List<T> rows(com.publisherportal.insights.ReportDefinition<T> report, String subscriptionId) {
        return insights.page(report, analytics().accountId(), new InsightFilter(range(), InsightSlice.all(), subscriptionId),
                List.of(), RowWindow.of(0, 100));
    }

    @Test
    void insightsTotalsEqualTheRegisters() throws Exception {
        long account = analytics().accountId();
        signIn.as("finance@contoso.example");
        MonthFigures before = summary();
        SignIn.out();

        // A purchase, a quantity change and usage, then the customer cancels.
        SaasSubscription s = subscribed("it-" + UUID.randomUUID() + "@northwind.example", 10);
        operation(s.subscriptionId(), Action.ChangeQuantity, null, 25);
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        assertThat(postUsage(AccountDemoData.CONTOSO_API_KEY, s.subscriptionId(), "12.5", hour).statusCode()).isEqualTo(200);
        assertThat(postUsage(AccountDemoData.CONTOSO_API_KEY, s.subscriptionId(), "7", hour.plus(Duration.ofHours(1)))
                .statusCode()).isEqualTo(200);
        // The same hour again: the marketplace's duplicate, never counted.
        postUsage(AccountDemoData.CONTOSO_API_KEY, s.subscriptionId(), "99", hour.plusSeconds(60));
        operation(s.subscriptionId(), Action.Unsubscribe, null, null);

        signIn.as("finance@contoso.example");
        // What the register holds.
        SaasSubscription register = subscriptions.subscription(account, s.subscriptionId());
        assertThat(register.status()).isEqualTo(SubscriptionStatus.Unsubscribed);
        List<SubscriptionOperation> history = subscriptions.history(account, s.subscriptionId());
        long purchases = history.stream().filter(o -> o.action() == Action.Subscribe).count();
        long changes = history.stream().filter(o -> o.action() == Action.ChangeQuantity || o.action() == Action.ChangePlan).count();
        long cancellations = history.stream().filter(o -> o.action() == Action.Unsubscribe).count();
        assertThat(purchases).isEqualTo(1);
        assertThat(changes).isEqualTo(1);
        assertThat(cancellations).isEqualTo(1);
        BigDecimal accepted = usage.months(account, s.subscriptionId()).stream()
                .map(m -> m.acceptedQuantity() == null ? BigDecimal.ZERO : m.acceptedQuantity())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(accepted).isEqualByComparingTo("19.5");
        BigDecimal price = plans.pricing(analytics().id(), "enterprise").meters().stream()
                .filter(m -> m.dimensionId().equals("api-calls")).map(Meter::usdPrice).findFirst().orElseThrow();

        // The summary moved by exactly that.
        MonthFigures after = summary();
        assertThat(after.orders() - before.orders()).isEqualTo(purchases + changes);
        assertThat(after.orderQuantity() - before.orderQuantity()).isEqualTo(10 + 25);
        assertThat(after.cancellations() - before.cancellations()).isEqualTo(cancellations);
        assertThat(after.newCustomers() - before.newCustomers()).isEqualTo(1);
        assertThat(after.lostCustomers() - before.lostCustomers()).isEqualTo(1);
        assertThat(after.revenue().subtract(before.revenue())).isEqualByComparingTo(accepted.multiply(price)
                .setScale(2, java.math.RoundingMode.HALF_UP));

        // The orders report: the purchase (replaced by the change) and the change (cancelled), from the register.
        List<OrderRow> orders = rows(Reports.ORDERS, s.subscriptionId());
        assertThat(orders).hasSize((int) (purchases + changes));
        assertThat(orders).allMatch(o -> o.source() == RowSource.REGISTER);
        assertThat(orders).extracting(OrderRow::orderStatus).containsExactlyInAnyOrder("Changed", "Cancelled");
        assertThat(orders).extracting(OrderRow::orderQuantity).containsExactlyInAnyOrder(10, 25);
        assertThat(orders.stream().filter(OrderRow::newCustomer).count()).isEqualTo(1);
        assertThat(orders.stream().filter(o -> o.cancelDate() != null).count()).isEqualTo(cancellations);

        // The usage report: the accepted events only, charged at the dimension's price.
        List<UsageRow> usageRows = rows(Reports.USAGE, s.subscriptionId());
        assertThat(usageRows).hasSize(2).allMatch(u -> u.source() == RowSource.REGISTER);
        assertThat(usageRows.stream().map(UsageRow::meteredUsage).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(accepted);
        assertThat(usageRows.stream().map(UsageRow::estimatedCharge).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(after.revenue().subtract(before.revenue()));

        // Rebuilding the months from the raw rows changes nothing: the register's additions were exact.
        LocalDate from = range().start();
        transactions.executeWithoutResult(tx -> aggregates.refreshMonths(account, from, range().end()));
        assertThat(summary()).isEqualTo(after);

        // The generator's volume is there, marked as such.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND source = 'GENERATED'")
                .param("a", account).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND source NOT IN ('GENERATED', 'REGISTER')")
                .param("a", account).query(Long.class).single()).isZero();
    }

    @Test
    void aCustomerWithAnotherSubscriptionIsNeitherNewAgainNorLost() throws Exception {
        String beneficiary = "ops-" + UUID.randomUUID() + "@northwind.example";
        signIn.as("finance@contoso.example");
        MonthFigures before = summary();
        SignIn.out();
        SaasSubscription first = subscribed(beneficiary, 1);
        SaasSubscription second = subscribed(beneficiary, 2);
        operation(first.subscriptionId(), Action.Unsubscribe, null, null);

        signIn.as("finance@contoso.example");
        MonthFigures after = summary();
        assertThat(after.orders() - before.orders()).isEqualTo(2);
        assertThat(after.newCustomers() - before.newCustomers()).isEqualTo(1);
        assertThat(after.cancellations() - before.cancellations()).isEqualTo(1);
        assertThat(after.lostCustomers() - before.lostCustomers()).isZero();
        assertThat(rows(Reports.ORDERS, second.subscriptionId())).singleElement()
                .satisfies(o -> assertThat(o.newCustomer()).isFalse());
    }

    @Test
    void fabrikamCannotSeeContososSubscriptionsNorPostUsageForThem() throws Exception {
        SaasSubscription s = subscribed("it-" + UUID.randomUUID() + "@northwind.example", 3);
        int callsBefore = emulator.usageCalls();
        HttpResponse<String> response = postUsage(AccountDemoData.FABRIKAM_API_KEY, s.subscriptionId(), "5",
                clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("results").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(json.readTree(response.body()).get("results").get(0).get("reason").asString())
                .isEqualTo("Unknown subscription");
        assertThat(emulator.usageCalls()).isEqualTo(callsBefore);

        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> subscriptions.find(s.accountId(), SubscriptionFilter.ALL, List.of(), RowWindow.of(0, 50)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> subscriptions.subscription(s.accountId(), s.subscriptionId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> usage.months(s.accountId(), s.subscriptionId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insights.page(Reports.ORDERS, s.accountId(), InsightFilter.of(range()), List.of(),
                RowWindow.of(0, 10))).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        long fabrikam = offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().accountId();
        assertThatThrownBy(() -> subscriptions.subscription(fabrikam, s.subscriptionId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(subscriptions.find(fabrikam, SubscriptionFilter.ALL, List.of(), RowWindow.of(0, 50)))
                .noneMatch(x -> x.subscriptionId().equals(s.subscriptionId()));
    }

    @Test
    void theDemoHasContososSubscriptionsWithTheirHistoryAndTheInsightsReconcileWithThem() {
        long account = analytics().accountId();
        signIn.as("finance@contoso.example");
        Map<SubscriptionStatus, Integer> byStatus = subscriptions.countsByStatus(account);
        assertThat(byStatus.keySet()).contains(SubscriptionStatus.Subscribed, SubscriptionStatus.Suspended,
                SubscriptionStatus.Unsubscribed, SubscriptionStatus.PendingFulfillmentStart);
        SaasSubscription northwind = subscriptions.find(account, SubscriptionFilter.ALL, List.of(), RowWindow.of(0, 500))
                .stream().filter(x -> x.name().startsWith("Northwind Traders")).findFirst().orElseThrow();
        assertThat(northwind.quantity()).isEqualTo(40);
        assertThat(subscriptions.history(account, northwind.subscriptionId())).extracting(SubscriptionOperation::action)
                .containsExactly(Action.Subscribe, Action.ChangeQuantity);
        assertThat(usage.months(account, northwind.subscriptionId())).isNotEmpty();

        // Every activation and change of the register is one REGISTER order; every cancellation cancels one.
        long activations = jdbc.sql("""
                        SELECT COUNT(*) FROM saas_operation o JOIN saas_subscription s ON s.id = o.subscription_ref
                        WHERE s.account_id = :a AND o.action IN ('Subscribe', 'ChangePlan', 'ChangeQuantity')""")
                .param("a", account).query(Long.class).single();
        long registerOrders = jdbc.sql("SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND source = 'REGISTER'")
                .param("a", account).query(Long.class).single();
        assertThat(registerOrders).isEqualTo(activations);
        long cancelled = jdbc.sql("SELECT COUNT(*) FROM saas_subscription WHERE account_id = :a AND status = 'Unsubscribed'")
                .param("a", account).query(Long.class).single();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND source = 'REGISTER' AND order_status = 'Cancelled'""")
                .param("a", account).query(Long.class).single()).isEqualTo(cancelled);
        BigDecimal acceptedCalls = jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM saas_usage_event WHERE account_id = :a AND status = 'ACCEPTED'")
                .param("a", account).query(BigDecimal.class).single();
        BigDecimal insightUsage = jdbc.sql("SELECT COALESCE(SUM(metered_usage), 0) FROM insight_usage WHERE account_id = :a AND source = 'REGISTER'")
                .param("a", account).query(BigDecimal.class).single();
        assertThat(insightUsage).isEqualByComparingTo(acceptedCalls).isPositive();
    }

    @Test
    void usageOfTwoTransactionsAtOnceInANewSliceIsAllCounted() throws Exception {
        long account = analytics().accountId();
        SaasSubscription s = subscribed("race-" + UUID.randomUUID() + "@northwind.example", 2);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                // A plan name no row has yet: both transactions find no monthly row and insert one.
                String sku = "race-" + round + "-" + UUID.randomUUID().toString().substring(0, 8);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<?>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        transactions.executeWithoutResult(tx -> ledger.on(new CommerceEvent.UsageAccepted(account,
                                s.subscriptionId(), sku, "api-calls", "1,000 calls", BigDecimal.ONE, new BigDecimal("0.50"), today)));
                        return null;
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<?> f : both) {
                    f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
                assertThat(jdbc.sql("SELECT SUM(revenue) FROM insight_monthly_sales WHERE account_id = :a AND sku = :sku")
                        .param("a", account).param("sku", sku).query(BigDecimal.class).single()).isEqualByComparingTo("1.00");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
