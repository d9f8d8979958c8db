package com.publisherportal.demo;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.plans.Meter;
import com.publisherportal.plans.MeterTerm;
import com.publisherportal.plans.NewPlan;
import com.publisherportal.plans.Plan;
import com.publisherportal.plans.PlanCopies;
import com.publisherportal.plans.PlanDetails;
import com.publisherportal.plans.PlanPricing;
import com.publisherportal.plans.PlanRepository;
import com.publisherportal.plans.PriceKind;
import com.publisherportal.plans.PricePoint;
import com.publisherportal.plans.PricingModel;
import com.publisherportal.plans.StaffMarket;
import com.publisherportal.plans.Visibility;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Demo plans: every offer whose type sells through plans gets realistic ones (Contoso Analytics a
 * flat rate, a per-user plan with a meter and a private plan), sold in most markets, with a few
 * local prices of the publisher's own; the live offers' plans are published, so the storefront
 * shows them, and the Enterprise plan has a price increase announced for its date.
 */
@Component
@Order(27)
public class PlanDemoData implements DemoStep {

    /** Markets the demo's plans are not sold in (so "most markets", not all). */
    private static final Set<String> LEFT_OUT = Set.of("IL", "KR", "TW");

    private final OfferRepository offers;
    private final PlanRepository plans;
    private final PlanCopies copies;
    private final Clock clock;

    PlanDemoData(OfferRepository offers, PlanRepository plans, PlanCopies copies, Clock clock) {
        this.offers = offers;
        this.plans = plans;
        this.copies = copies;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Offer> analytics = offer("contoso-analytics");
        if (analytics.isEmpty() || !plans.plans(analytics.get().id()).isEmpty()) {
            return;
        }
        Set<String> most = plans.markets().stream().map(m -> m.market().code()).filter(c -> !LEFT_OUT.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = plans.markets().stream().map(StaffMarket::market).map(m -> m.code())
                .collect(Collectors.toCollection(TreeSet::new));

        analytics.ifPresent(o -> {
            Plan standard = plan(o, "standard", "Standard", "Dashboards and scheduled reports for one team.",
                    "Unlimited dashboards, daily refresh, scheduled e-mail reports and 10 data sources.",
                    Visibility.PUBLIC, new PlanPricing(PricingModel.FLAT_RATE, true, null, null,
                            prices(PriceKind.FLAT_MONTHLY, "49", PriceKind.FLAT_YEARLY, "499"), List.of()), most);
            plans.setOverride(standard.ref(), "JP", PricePoint.of(PriceKind.FLAT_MONTHLY), new BigDecimal("7400"));
            plans.setOverride(standard.ref(), "GB", PricePoint.of(PriceKind.FLAT_MONTHLY), new BigDecimal("39.00"));
            plan(o, "enterprise", "Enterprise", "Per-user analytics with single sign-on and an API.",
                    "Everything in Standard, single sign-on, hourly refresh, unlimited data sources and the "
                            + "reporting API. 100,000 API calls a month are included; further calls are billed per thousand.",
                    Visibility.PUBLIC, new PlanPricing(PricingModel.PER_USER, false, 5, 500,
                            prices(PriceKind.PER_USER_MONTHLY, "10", PriceKind.PER_USER_YEARLY, "100"),
                            List.of(new Meter("api-calls", "API calls", "1,000 calls", new BigDecimal("0.50"), 100,
                                    MeterTerm.MONTH))), most);
            Plan partner = plan(o, "partner-private", "Partner edition", "Negotiated terms for Contoso's partners.",
                    "The Standard plan at the price agreed with each partner; visible only to their tenants.",
                    Visibility.PRIVATE, new PlanPricing(PricingModel.FLAT_RATE, false, null, null,
                            prices(PriceKind.FLAT_MONTHLY, "39"), List.of()), Set.of("US", "GB", "DE", "FR"));
            plans.replaceTenants(partner.ref(), List.of("3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                    "6ba7b810-9dad-41d1-80b4-00c04fd430c8", "9b2e6f4a-2c1d-4e5f-8a7b-1c2d3e4f5a6b"));
        });
        offer("contoso-secure-vm").ifPresent(o -> plan(o, "hardened", "Hardened image",
                "CIS-hardened Ubuntu with Contoso's agent, billed per VM size.",
                "A hardened Ubuntu 24.04 LTS image with the Contoso security agent preinstalled and configured.",
                Visibility.PUBLIC, new PlanPricing(PricingModel.PER_CORE_SIZE, true, null, null,
                        prices(PriceKind.PER_SIZE_HOUR, "Standard_D2s_v5=0.12", PriceKind.PER_SIZE_HOUR,
                                "Standard_D4s_v5=0.24", PriceKind.PER_SIZE_HOUR, "Standard_E8s_v5=0.58"), List.of()), most));
        offer("contoso-edge").ifPresent(o -> plan(o, "edge-byol", "Bring your own licence",
                "Use the licence you bought from Contoso.", "Runs with a Contoso Edge Agent licence key.",
                Visibility.PUBLIC, PlanPricing.of(PricingModel.BYOL), most));
        offer("fabrikam-backup").ifPresent(o -> plan(o, "backup-standard", "Standard",
                "Managed backups of your Azure workloads, billed monthly.",
                "Daily backups with 30-day retention, managed by Fabrikam in your subscription. Storage beyond 1 TB "
                        + "a month is billed per terabyte.",
                Visibility.PUBLIC, new PlanPricing(PricingModel.MANAGED_APP, false, null, null,
                        prices(PriceKind.MANAGED_APP_MONTHLY, "99"),
                        List.of(new Meter("protected-tb", "Protected storage", "TB", new BigDecimal("15.00"), 1,
                                MeterTerm.MONTH))), all));
        offer("fabrikam-vault").ifPresent(o -> plan(o, "vault-byol", "Bring your own licence",
                "Fabrikam Vault with your own licence.", "Deploy the Vault container with a licence bought from Fabrikam.",
                Visibility.PUBLIC, PlanPricing.of(PricingModel.BYOL), most));
        offer("fabrikam-sync").ifPresent(o -> plan(o, "sync-basic", "Basic", "File sync for small teams.",
                "Sync up to 1 TB across devices for your whole team.", Visibility.PUBLIC,
                new PlanPricing(PricingModel.FLAT_RATE, false, null, null, prices(PriceKind.FLAT_MONTHLY, "19"), List.of()),
                most));

        for (Offer offer : offers.findAll()) {
            if (offer.wentLiveAt() != null) {
                copies.publish(offer.id());
            }
        }
        // A certified increase already announced: the storefront shows today's price and the new one with its date.
        analytics.ifPresent(o -> plans.plans(o.id()).stream().filter(p -> p.planId().equals("enterprise")).findFirst()
                .ifPresent(enterprise -> {
                    Map<PricePoint, BigDecimal> raised = new java.util.LinkedHashMap<>(plans.usdPrices(enterprise.ref()));
                    raised.putAll(prices(PriceKind.PER_USER_MONTHLY, "12", PriceKind.PER_USER_YEARLY, "120"));
                    plans.replacePrices(enterprise.ref(), raised);
                    copies.publish(o.id());
                }));
    }

    private Optional<Offer> offer(String offerId) {
        return offers.findAll().stream().filter(o -> o.offerId().equals(offerId)).findFirst();
    }

    private Plan plan(Offer offer, String planId, String name, String summary, String description, Visibility visibility,
                      PlanPricing pricing, Set<String> markets) {
        Plan plan = plans.insert(offer.id(), new NewPlan(planId, new PlanDetails(name, summary, description)), visibility,
                offer.createdBy(), clock.instant());
        plans.updatePricing(plan.ref(), pricing.model(), pricing.freeTrial(), pricing.minSeats(), pricing.maxSeats());
        plans.replaceMeters(plan.ref(), pricing.meters());
        plans.replacePrices(plan.ref(), pricing.allUsdPrices());
        plans.replacePlanMarkets(plan.ref(), markets);
        return plan;
    }

    /** Prices as kind, amount pairs; a keyed kind's amount is written key=amount. */
    private static Map<PricePoint, BigDecimal> prices(Object... kindsAndAmounts) {
        Map<PricePoint, BigDecimal> prices = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndAmounts.length; i += 2) {
            PriceKind kind = (PriceKind) kindsAndAmounts[i];
            String value = (String) kindsAndAmounts[i + 1];
            if (kind.keyed()) {
                String[] keyAndAmount = value.split("=");
                prices.put(new PricePoint(kind, keyAndAmount[0]), new BigDecimal(keyAndAmount[1]));
            } else {
                prices.put(PricePoint.of(kind), new BigDecimal(value));
            }
        }
        return prices;
    }
}
