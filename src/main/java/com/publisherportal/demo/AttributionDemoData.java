package com.publisherportal.demo;

import com.publisherportal.attribution.DistributionChannel;
import com.publisherportal.attribution.TrackedDeploymentRepository;
import com.publisherportal.attribution.TrackingGuid;
import com.publisherportal.attribution.TrackingGuidRepository;
import com.publisherportal.account.AppUserRepository;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Demo tracking GUIDs for Contoso and Fabrikam, with gaps the registry's suggestions point out,
 * a retired one, and six months of daily deployment counts (in the table insights will fill).
 */
@Component
@Order(30)
public class AttributionDemoData implements DemoStep {

    public static final String CONTOSO_ANALYTICS_MARKETPLACE = "d62b7d1f-bb7f-49d8-af6b-2d74d3bb033f";
    public static final String CONTOSO_ANALYTICS_ENTERPRISE = "a7a1ad15-3610-4c4d-9ed0-ca691aabc564";
    public static final String CONTOSO_ANALYTICS_GITHUB = "69d80530-5582-4388-86a9-7839b5ab66f6";
    public static final String CONTOSO_ANALYTICS_GITHUB_RETIRED = "11e5eb32-a781-44da-b1e0-7e18e7245355";
    public static final String CONTOSO_EDGE_PARTNER_GALLERY = "1d61b34d-98bd-40bf-ba71-3bce218214f8";
    public static final String FABRIKAM_BACKUP_MARKETPLACE = "678679f2-b7b2-4ba3-a506-99a497996b7b";
    public static final String FABRIKAM_VAULT_GITHUB = "36850acc-e219-438e-b9e1-fd4d3fba86fb";
    static final int DAYS_OF_HISTORY = 183;

    private final PublisherAccountRepository accounts;
    private final AppUserRepository users;
    private final OfferRepository offers;
    private final TrackingGuidRepository guids;
    private final TrackedDeploymentRepository deployments;
    private final Clock clock;

    AttributionDemoData(PublisherAccountRepository accounts, AppUserRepository users, OfferRepository offers,
                        TrackingGuidRepository guids, TrackedDeploymentRepository deployments, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.offers = offers;
        this.guids = guids;
        this.deployments = deployments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var contoso = accounts.findByPublisherId("contoso");
        var fabrikam = accounts.findByPublisherId("fabrikam");
        if (contoso.isEmpty() || fabrikam.isEmpty() || guids.count() > 0) {
            return;
        }
        var analytics = offers.findByAccountIdAndOfferId(contoso.get().id(), "contoso-analytics");
        var backup = offers.findByAccountIdAndOfferId(fabrikam.get().id(), "fabrikam-backup");
        var vault = offers.findByAccountIdAndOfferId(fabrikam.get().id(), "fabrikam-vault");
        if (analytics.isEmpty() || backup.isEmpty() || vault.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long dev = users.findByEmail("developer@contoso.example").orElseThrow().id();
        long diego = users.findByEmail("developer@fabrikam.example").orElseThrow().id();
        Instant registered = now.minus(Duration.ofDays(DAYS_OF_HISTORY + 7));

        register(CONTOSO_ANALYTICS_MARKETPLACE, analytics.get(), DistributionChannel.MARKETPLACE, null, "standard",
                "Solution template of the Standard plan", dev, registered, 14, 1);
        register(CONTOSO_ANALYTICS_ENTERPRISE, analytics.get(), DistributionChannel.MARKETPLACE, null, "enterprise",
                "Solution template of the Enterprise plan", dev, registered, 4, 2);
        long retired = register(CONTOSO_ANALYTICS_GITHUB_RETIRED, analytics.get(), DistributionChannel.GITHUB, null, null,
                "Quickstart on GitHub, first version (replaced)", dev, registered, 6, 3);
        guids.retire(contoso.get().id(), retired, dev, now.minus(Duration.ofDays(75)));
        register(CONTOSO_ANALYTICS_GITHUB, analytics.get(), DistributionChannel.GITHUB, null, null,
                "Quickstart on GitHub, current version", dev, now.minus(Duration.ofDays(76)), 5, 4);
        offers.findByAccountIdAndOfferId(contoso.get().id(), "contoso-edge").ifPresent(edge ->
                register(CONTOSO_EDGE_PARTNER_GALLERY, edge, DistributionChannel.OTHER, "Partner solution gallery", null,
                        "Edge agent deployment scripts in the partner gallery", dev, now.minus(Duration.ofDays(20)), 2, 5));

        register(FABRIKAM_BACKUP_MARKETPLACE, backup.get(), DistributionChannel.MARKETPLACE, null, null,
                "Managed application template", diego, registered, 9, 6);
        register(FABRIKAM_VAULT_GITHUB, vault.get(), DistributionChannel.GITHUB, null, null,
                "Helm chart and Azure CLI scripts on GitHub", diego, now.minus(Duration.ofDays(40)), 3, 7);
    }

    private long register(String guid, Offer offer, DistributionChannel channel, String channelName, String plan,
                          String description, long by, Instant at, int dailyAverage, long seed) {
        TrackingGuid trackingGuid = new TrackingGuid(guid);
        long id = guids.insert(trackingGuid, offer.accountId(), offer.id(), channel, channelName, plan, description, by, at);
        deployments.insertDays(trackingGuid, history(at, dailyAverage, seed));
        return id;
    }

    /**
     * Plausible daily counts from registration (at most {@link #DAYS_OF_HISTORY} days back) until
     * yesterday: growing over time, quieter at weekends, the same on every start.
     */
    private Map<LocalDate, Integer> history(Instant registered, int dailyAverage, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = LocalDate.ofInstant(registered, ZoneOffset.UTC).plusDays(1);
        if (first.isBefore(today.minusDays(DAYS_OF_HISTORY))) {
            first = today.minusDays(DAYS_OF_HISTORY);
        }
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            double growth = 0.5 + (double) (DAYS_OF_HISTORY - ChronoUnit.DAYS.between(day, today)) / DAYS_OF_HISTORY;
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = (int) Math.round(dailyAverage * growth * (weekend ? 0.3 : 1.0) * (0.5 + random.nextDouble()));
            if (count > 0) {
                days.put(day, count);
            }
        }
        return days;
    }
}
