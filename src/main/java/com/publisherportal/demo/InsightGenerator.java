package com.publisherportal.demo;

import com.publisherportal.insights.AzureLicenseType;
import com.publisherportal.insights.CustomerRow;
import com.publisherportal.insights.InsightAggregateRepository;
import com.publisherportal.insights.InsightLoadRepository;
import com.publisherportal.insights.MarketplaceLicenseType;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic insights for a publisher's live offers over the last 24 months: customers in
 * weighted markets, orders through the four channels and marketplace licence types
 * (docs/domain.md, Insights), daily usage with weekday rhythm, seasonality (summer and December dips) and
 * growth, churn, page visits and calls to action by campaign link, deployments by tracking GUID.
 * Deterministic for a seed. Used for the demo at first start and, with a usage-row target, to
 * fill benchmark volumes (see {@link InsightVolumeCommand}).
 */
@Component
public class InsightGenerator {

    private static final Logger log = LoggerFactory.getLogger(InsightGenerator.class);
    private static final int BATCH = 5_000;
    /** A load this large changes the tables' statistics enough to re-plan the grids' queries. */
    private static final long BULK_ROWS = 100_000;
    static final int HISTORY_MONTHS = 24;

    /** Seasonality by calendar month (January first): purchases dip in summer and December. */
    private static final double[] SEASON = {1.05, 1.0, 1.1, 1.0, 1.0, 0.95, 0.85, 0.75, 1.05, 1.1, 1.05, 0.8};

    private record Market(String code, int weight, String culture, String[][] cities) {
    }

    private static final List<Market> MARKETS = List.of(
            new Market("US", 30, "en-US", new String[][]{{"Seattle", "98101"}, {"Austin", "73301"}, {"Boston", "02108"}, {"Chicago", "60601"}}),
            new Market("GB", 10, "en-GB", new String[][]{{"London", "EC1A 1BB"}, {"Manchester", "M1 1AE"}, {"Leeds", "LS1 1UR"}}),
            new Market("DE", 10, "de-DE", new String[][]{{"Berlin", "10115"}, {"München", "80331"}, {"Köln", "50667"}}),
            new Market("FR", 8, "fr-FR", new String[][]{{"Paris", "75001"}, {"Lyon", "69001"}, {"Nantes", "44000"}}),
            new Market("JP", 6, "ja-JP", new String[][]{{"Tokyo", "100-0001"}, {"Osaka", "530-0001"}}),
            new Market("CA", 6, "en-CA", new String[][]{{"Toronto", "M5H 2N2"}, {"Montréal", "H2Y 1C6"}}),
            new Market("AU", 5, "en-AU", new String[][]{{"Sydney", "2000"}, {"Melbourne", "3000"}}),
            new Market("IN", 5, "en-IN", new String[][]{{"Bengaluru", "560001"}, {"Mumbai", "400001"}}),
            new Market("NL", 4, "nl-NL", new String[][]{{"Amsterdam", "1011"}, {"Utrecht", "3511"}}),
            new Market("BR", 4, "pt-BR", new String[][]{{"São Paulo", "01000-000"}, {"Curitiba", "80000-000"}}),
            new Market("ES", 4, "es-ES", new String[][]{{"Madrid", "28001"}, {"Barcelona", "08001"}}),
            new Market("IT", 4, "it-IT", new String[][]{{"Milano", "20121"}, {"Roma", "00118"}}),
            new Market("SE", 2, "sv-SE", new String[][]{{"Stockholm", "111 20"}}),
            new Market("CH", 2, "de-CH", new String[][]{{"Zürich", "8001"}, {"Genève", "1201"}}));

    private static final String[] FIRST = {"Ana", "Ben", "Chloé", "David", "Emma", "Felix", "Grace", "Hiro", "Inès",
            "Jonas", "Kenji", "Lena", "Mateo", "Nora", "Olivia", "Priya", "Quentin", "Rosa", "Sven", "Yuki"};
    private static final String[] LAST = {"Andersen", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "García",
            "Hansen", "Ito", "Jensen", "Kowalski", "Lefèvre", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi",
            "Silva", "Tanaka", "Weber"};
    private static final String[] COMPANY_A = {"Northwind", "Tailspin", "Adventure", "Wide World", "Blue Yonder",
            "Coho", "Lucerne", "Margie's", "Proseware", "Trey", "Alpine", "Fourth Coffee", "Humongous", "Wingtip"};
    private static final String[] COMPANY_B = {"Traders", "Toys", "Works", "Importers", "Airlines", "Winery",
            "Publishing", "Travel", "Research", "Systems", "Ski House", "Insurance", "Logistics", "Health"};
    /** Real-world names that begin like a spreadsheet formula: exports must keep them as text. */
    private static final String[] TRICKY_COMPANIES = {"+Plus Analytics", "@Home Networks", "-Dash Robotics",
            "=Equal Partners"};
    private static final String[] RESELLERS = {"Crayon", "SoftwareOne", "Insight Direct", "Bechtle", "Softchoice"};
    private static final String[] REFERRALS = {"www.bing.com", "www.google.com", "www.linkedin.com",
            "azuremarketplace.microsoft.com", "appsource.microsoft.com", "(direct)"};
    private static final String[][] CAMPAIGNS = {{"", ""}, {"", ""}, {"website", "blogpost_12"},
            {"linkedin", "launch-2026"}, {"newsletter", "nl_spring"}, {"website", "pricing_page"}};
    private static final String[] REGIONS = {"eastus", "westeurope", "northeurope", "westus2", "uksouth",
            "francecentral", "japaneast", "australiaeast"};

    private final InsightLoadRepository load;
    private final InsightAggregateRepository aggregates;
    private final TransactionTemplate transactions;

    InsightGenerator(InsightLoadRepository load, InsightAggregateRepository aggregates, TransactionTemplate transactions) {
        this.load = load;
        this.aggregates = aggregates;
        this.transactions = transactions;
    }

    /** How much to generate: a number of customers, or customers until a usage-row count is reached. */
    public record Volume(int customers, long usageRowTarget, int months) {
        public static Volume customers(int customers) {
            return new Volume(customers, 0, HISTORY_MONTHS);
        }

        public static Volume usageRows(long rows) {
            return new Volume(Integer.MAX_VALUE, rows, HISTORY_MONTHS);
        }

        /** The same volume spread over fewer months (benchmarks: 12 months hold every row in one range). */
        public Volume overMonths(int count) {
            return new Volume(customers, usageRowTarget, count);
        }
    }

    /** Generates and stores the account's insights up to yesterday, then rebuilds its monthly aggregates. */
    public long generate(long accountId, List<Offer> liveOffers, LocalDate today, Volume volume, long seed) {
        Random random = new Random(seed);
        LocalDate start = today.withDayOfMonth(1).minusMonths(volume.months());
        List<Offer> commerce = liveOffers.stream().filter(o -> o.offerType() != OfferType.CONSULTING_SERVICE).toList();
        Writer writer = new Writer(accountId);
        if (!commerce.isEmpty()) {
            int customer = 0;
            while (customer < volume.customers()
                    && (volume.usageRowTarget() == 0 || writer.usageRows < volume.usageRowTarget())) {
                customer(random, accountId, commerce, start, today, writer, volume.usageRowTarget());
                customer++;
            }
        }
        visits(random, liveOffers, start, today, writer);
        deployments(random, liveOffers, start, today, writer);
        writer.flush();
        transactions.executeWithoutResult(s -> aggregates.refreshMonths(accountId, start, today.plusMonths(1).withDayOfMonth(1)));
        if (writer.usageRows >= BULK_ROWS) {
            load.analyze();
        }
        log.info("Insights generated for account {}: {} usage rows", accountId, writer.usageRows);
        return writer.usageRows;
    }

    /** Buffers rows and writes them in batches, each batch in its own transaction. */
    private final class Writer {
        final long accountId;
        final List<Object[]> orders = new ArrayList<>();
        final List<Object[]> usage = new ArrayList<>();
        final List<Object[]> visits = new ArrayList<>();
        final List<Object[]> deployments = new ArrayList<>();
        long usageRows;

        Writer(long accountId) {
            this.accountId = accountId;
        }

        void usage(Object[] row) {
            usage.add(row);
            usageRows++;
            if (usage.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            transactions.executeWithoutResult(s -> {
                if (!orders.isEmpty()) {
                    load.insertOrders(accountId, orders);
                }
                if (!usage.isEmpty()) {
                    load.insertUsage(accountId, usage);
                }
                if (!visits.isEmpty()) {
                    load.insertVisits(accountId, visits);
                }
                if (!deployments.isEmpty()) {
                    load.insertDeployments(accountId, deployments);
                }
            });
            orders.clear();
            usage.clear();
            visits.clear();
            deployments.clear();
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Market market(Random random) {
        int total = MARKETS.stream().mapToInt(Market::weight).sum();
        int n = random.nextInt(total);
        for (Market m : MARKETS) {
            n -= m.weight();
            if (n < 0) {
                return m;
            }
        }
        return MARKETS.getFirst();
    }

    /** A day in [start, today), weighted toward recent months (growth) and by season. */
    private static LocalDate acquisitionDay(Random random, LocalDate start, LocalDate today) {
        long days = ChronoUnit.DAYS.between(start, today);
        while (true) {
            double t = random.nextDouble();
            double growth = (1 + 2 * t) / 3;
            LocalDate day = start.plusDays((long) (t * days));
            if (random.nextDouble() < growth * SEASON[day.getMonthValue() - 1] / 1.1) {
                return day;
            }
        }
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static AzureLicenseType channel(Random random) {
        int n = random.nextInt(100);
        return n < 45 ? AzureLicenseType.PAY_AS_YOU_GO : n < 65 ? AzureLicenseType.CLOUD_SOLUTION_PROVIDER
                : n < 90 ? AzureLicenseType.ENTERPRISE : AzureLicenseType.ENTERPRISE_THROUGH_RESELLER;
    }

    private static MarketplaceLicenseType licence(Random random, OfferType type) {
        int n = random.nextInt(100);
        if (type == OfferType.SAAS) {
            return n < 60 ? MarketplaceLicenseType.BILLED_THROUGH_AZURE : n < 75 ? MarketplaceLicenseType.FREE
                    : n < 85 ? MarketplaceLicenseType.BRING_YOUR_OWN_LICENSE : MarketplaceLicenseType.MICROSOFT_AS_RESELLER;
        }
        return n < 55 ? MarketplaceLicenseType.BILLED_THROUGH_AZURE : n < 80 ? MarketplaceLicenseType.BRING_YOUR_OWN_LICENSE
                : n < 90 ? MarketplaceLicenseType.FREE : MarketplaceLicenseType.MICROSOFT_AS_RESELLER;
    }

    /** Plans of an offer: SKU, VM size (when it runs VMs), price per normalised hour, cores. */
    private record Plan(String sku, String vmSize, double price, int cores) {
    }

    /** The offer's demo plans (PlanDemoData's ids), so the insights' plan filter and the offer's plans agree. */
    private static Plan[] plans(Offer offer) {
        return switch (offer.offerId()) {
            case "contoso-analytics" -> new Plan[]{new Plan("standard", null, 0.08, 1), new Plan("enterprise", null, 0.20, 1),
                    new Plan("partner-private", null, 0.45, 1)};
            case "contoso-secure-vm" -> new Plan[]{new Plan("hardened", "Standard_D2s_v5", 0.05, 2),
                    new Plan("hardened", "Standard_D4s_v5", 0.05, 4), new Plan("hardened", "Standard_D8s_v5", 0.05, 8)};
            case "fabrikam-backup" -> new Plan[]{new Plan("backup-standard", "Standard_B2ms", 0.06, 2),
                    new Plan("backup-standard", "Standard_D4s_v5", 0.06, 4)};
            case "fabrikam-sync" -> new Plan[]{new Plan("sync-basic", null, 0.08, 1)};
            case "fabrikam-vault" -> new Plan[]{new Plan("vault-byol", "Standard_D2s_v5", 0.07, 2)};
            case "contoso-edge" -> new Plan[]{new Plan("edge-byol", "Standard_D2s_v5", 0.07, 2)};
            default -> plans(offer.offerType());
        };
    }

    private static Plan[] plans(OfferType type) {
        return switch (type) {
            case SAAS, BUSINESS_APP -> new Plan[]{new Plan("basic", null, 0.08, 1), new Plan("standard", null, 0.20, 1),
                    new Plan("premium", null, 0.45, 1)};
            case VIRTUAL_MACHINE -> new Plan[]{new Plan("d2s-v5", "Standard_D2s_v5", 0.05, 2),
                    new Plan("d4s-v5", "Standard_D4s_v5", 0.05, 4), new Plan("d8s-v5", "Standard_D8s_v5", 0.05, 8)};
            case AZURE_APPLICATION -> new Plan[]{new Plan("managed-small", "Standard_B2ms", 0.06, 2),
                    new Plan("managed-large", "Standard_D4s_v5", 0.06, 4)};
            default -> new Plan[]{new Plan("standard", "Standard_D2s_v5", 0.07, 2)};
        };
    }

    private void customer(Random random, long accountId, List<Offer> offers, LocalDate start, LocalDate today,
                          Writer writer, long usageTarget) {
        Market market = market(random);
        String[] city = pick(random, market.cities());
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        String company = random.nextInt(40) == 0 ? pick(random, TRICKY_COMPANIES)
                : pick(random, COMPANY_A) + " " + pick(random, COMPANY_B);
        String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
        LocalDate firstPurchase = acquisitionDay(random, start, today);
        int orderCount = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 83 ? 2 : 3;
        AzureLicenseType channel = channel(random);
        boolean resold = channel == AzureLicenseType.CLOUD_SOLUTION_PROVIDER
                || channel == AzureLicenseType.ENTERPRISE_THROUGH_RESELLER;
        boolean government = "US".equals(market.code()) && random.nextInt(20) == 0;
        CustomerRow customer = new CustomerRow(0, resold ? pick(random, RESELLERS) : null, first, last,
                (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + domain, company,
                firstPurchase, company + (random.nextBoolean() ? " - Production" : " - Dev/Test"), uuid(random),
                government ? "Azure Government" : "Azure Global", orderCount, market.code(), city[0], market.culture(),
                city[1]);
        long customerId = transactions.execute(s -> load.insertCustomer(accountId, customer));

        LocalDate purchase = firstPurchase;
        List<Object[]> customerOrders = new ArrayList<>();
        LocalDate latestCancel = null;
        int lostIndex = -1;
        boolean allCancelled = true;
        for (int i = 0; i < orderCount && purchase.isBefore(today); i++) {
            Offer offer = offers.get(random.nextInt(offers.size()));
            Plan plan = pick(random, plans(offer));
            MarketplaceLicenseType licence = licence(random, offer.offerType());
            int quantity = 1 + (random.nextInt(4) == 0 ? random.nextInt(10) : 0);
            // Monthly churn of about 3.5 %: the number of months until cancellation is geometric.
            int monthsKept = (int) Math.ceil(Math.log(1 - random.nextDouble()) / Math.log(1 - 0.035));
            LocalDate cancel = purchase.plusMonths(monthsKept).plusDays(random.nextInt(28));
            if (!cancel.isBefore(today)) {
                cancel = null;
                allCancelled = false;
            } else if (latestCancel == null || cancel.isAfter(latestCancel)) {
                latestCancel = cancel;
                lostIndex = customerOrders.size();
            }
            LocalDate trialEnd = offer.offerType() == OfferType.SAAS && random.nextInt(10) < 3 ? purchase.plusDays(30) : null;
            String subscription = uuid(random);
            customerOrders.add(new Object[]{offer.id(), offer.name(), offer.offerType().name(), customerId, subscription,
                    uuid(random), plan.sku(), channel.name(), licence.name(), market.code(), quantity,
                    cancel == null ? "Active" : "Cancelled", Date.valueOf(purchase.withDayOfMonth(1)), Date.valueOf(purchase),
                    cancel == null ? null : Date.valueOf(cancel), cancel == null ? null : Date.valueOf(cancel.withDayOfMonth(1)),
                    trialEnd == null ? null : Date.valueOf(trialEnd), i == 0, false});
            usage(random, offer, plan, licence, channel, market.code(), customerId, subscription, quantity, purchase,
                    cancel == null ? today : cancel, firstPurchase, writer, usageTarget);
            purchase = purchase.plusDays(15 + random.nextInt(200));
        }
        if (allCancelled && lostIndex >= 0) {
            customerOrders.get(lostIndex)[18] = true;
        }
        writer.orders.addAll(customerOrders);
    }

    private static void usage(Random random, Offer offer, Plan plan, MarketplaceLicenseType licence,
                              AzureLicenseType channel, String country, long customerId, String subscription,
                              int quantity, LocalDate from, LocalDate to, LocalDate firstPurchase, Writer writer,
                              long usageTarget) {
        double utilisation = 0.3 + random.nextDouble() * 0.6;
        boolean free = licence == MarketplaceLicenseType.FREE || licence == MarketplaceLicenseType.BRING_YOUR_OWN_LICENSE;
        boolean saas = offer.offerType() == OfferType.SAAS || offer.offerType() == OfferType.BUSINESS_APP;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (usageTarget > 0 && writer.usageRows >= usageTarget) {
                return;
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double hours = 24 * utilisation * (weekend ? 0.6 : 1.0) * (0.85 + random.nextDouble() * 0.3);
            double raw = hours * quantity;
            double normalized = raw * plan.cores();
            double metered = saas ? Math.round(raw * 3) : 0;
            double charge = free ? 0 : normalized * plan.price();
            boolean isNew = day.getYear() == firstPurchase.getYear() && day.getMonth() == firstPurchase.getMonth();
            writer.usage(new Object[]{offer.id(), offer.name(), customerId, subscription, Date.valueOf(day.withDayOfMonth(1)),
                    Date.valueOf(day), plan.sku(), plan.vmSize(), channel.name(), licence.name(), country, isNew,
                    scale(normalized, 4), scale(raw, 4), scale(metered, 4), "Hours", scale(charge, 2)});
        }
    }

    private static BigDecimal scale(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    }

    private static void visits(Random random, List<Offer> offers, LocalDate start, LocalDate today, Writer writer) {
        long days = ChronoUnit.DAYS.between(start, today);
        for (Offer offer : offers) {
            boolean consulting = offer.offerType() == OfferType.CONSULTING_SERVICE;
            boolean saas = offer.offerType() == OfferType.SAAS;
            for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
                double growth = 0.5 + ChronoUnit.DAYS.between(start, day) / (double) days;
                int rows = (int) Math.round(growth * SEASON[day.getMonthValue() - 1] * (1 + random.nextInt(3)));
                for (int i = 0; i < rows; i++) {
                    String[] campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
                    int visits = 3 + random.nextInt(60);
                    int getItNow = consulting ? 0 : binomial(random, visits, 0.04);
                    int contactMe = binomial(random, visits, consulting ? 0.06 : 0.02);
                    int testDrive = consulting ? 0 : binomial(random, visits, 0.01);
                    int freeTrial = saas ? binomial(random, visits, 0.02) : 0;
                    writer.visits.add(new Object[]{offer.id(), offer.name(), Date.valueOf(day.withDayOfMonth(1)),
                            Date.valueOf(day), market(random).code(), pick(random, REFERRALS), campaign[0], campaign[1],
                            visits, getItNow, contactMe, testDrive, freeTrial});
                }
            }
        }
    }

    private static int binomial(Random random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Two tracking GUIDs per deployable offer: one for the marketplace template, one for GitHub samples. */
    private static void deployments(Random random, List<Offer> offers, LocalDate start, LocalDate today, Writer writer) {
        for (Offer offer : offers) {
            if (offer.offerType() == OfferType.CONSULTING_SERVICE) {
                continue;
            }
            String[] guids = {uuid(random), uuid(random)};
            String[] methods = offer.offerType() == OfferType.SAAS ? new String[]{"SDK", "CLI"}
                    : new String[]{"ARM", "Terraform"};
            for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
                for (int g = 0; g < guids.length; g++) {
                    if (random.nextInt(10) < (g == 0 ? 6 : 3)) {
                        int count = 1 + random.nextInt(5);
                        writer.deployments.add(new Object[]{guids[g], offer.id(), offer.name(),
                                Date.valueOf(day.withDayOfMonth(1)), Date.valueOf(day), methods[g], market(random).code(),
                                pick(random, REGIONS), count, count - (random.nextInt(8) == 0 ? 1 : 0)});
                    }
                }
            }
        }
    }
}
