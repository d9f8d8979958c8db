package com.publisherportal.campaigns;

import java.util.Comparator;
import java.util.List;

/**
 * The go-to-market benefits of one offer: those it qualifies for today, those within its reach with
 * what each still takes (nearest first), and the next step: the nearest benefit's requirements and
 * every benefit that step would unlock. Benefits of another storefront, or of a listing type the
 * offer's type cannot reach, are left out.
 */
public record BenefitStanding(OfferStanding standing, List<Benefit> qualified, List<Within> withinReach,
                              List<BenefitRequirement> nextStep, List<Benefit> nextUnlocks) {

    /** A benefit not met yet, and what it still takes. */
    public record Within(Benefit benefit, List<BenefitRequirement> missing) {
        public Within {
            missing = List.copyOf(missing);
        }
    }

    public BenefitStanding {
        qualified = List.copyOf(qualified);
        withinReach = List.copyOf(withinReach);
        nextStep = List.copyOf(nextStep);
        nextUnlocks = List.copyOf(nextUnlocks);
    }

    /** The benefits of {@code catalogue} (active ones) for an offer standing so. */
    public static BenefitStanding of(List<Benefit> catalogue, OfferStanding s) {
        List<Benefit> qualified = new java.util.ArrayList<>();
        List<Within> within = new java.util.ArrayList<>();
        java.util.Set<ListingType> reachable = ListingType.reachable(s.offerType());
        for (Benefit b : catalogue) {
            if (!b.active() || b.storefronts().stream().noneMatch(s.storefronts()::contains)) {
                continue;
            }
            List<BenefitRequirement> missing = new java.util.ArrayList<>();
            if (!s.onStorefront()) {
                missing.add(BenefitRequirement.goLive());
            }
            if (b.listingTypes().stream().noneMatch(s.listingTypes()::contains)) {
                // The cheapest listing type of the benefit's that this offer type can reach.
                var reach = b.listingTypes().stream().filter(reachable::contains).sorted().findFirst();
                if (reach.isEmpty()) {
                    continue;
                }
                missing.add(BenefitRequirement.listing(reach.get()));
            }
            threshold(missing, BenefitRequirement.Kind.LIVE_OFFERS, s.liveOffers(), b.minLiveOffers());
            threshold(missing, BenefitRequirement.Kind.LEADS, s.leads(), b.minLeads());
            if (b.minBilledSales() != null && s.billedSales().compareTo(b.minBilledSales()) < 0) {
                missing.add(BenefitRequirement.figure(BenefitRequirement.Kind.BILLED_SALES, s.billedSales(), b.minBilledSales()));
            }
            if (missing.isEmpty()) {
                qualified.add(b);
            } else {
                within.add(new Within(b, missing));
            }
        }
        within.sort(Comparator.comparingInt((Within w) -> w.missing().size())
                .thenComparingDouble(w -> -w.missing().stream().mapToDouble(BenefitRequirement::progress).sum())
                .thenComparingInt(w -> w.benefit().sortOrder()));
        List<BenefitRequirement> next = within.isEmpty() ? List.of() : within.getFirst().missing();
        List<Benefit> unlocks = within.stream()
                .filter(w -> w.missing().stream().allMatch(m -> next.stream().anyMatch(n -> n.covers(m))))
                .map(Within::benefit).toList();
        return new BenefitStanding(s, qualified, within, next, unlocks);
    }

    private static void threshold(List<BenefitRequirement> missing, BenefitRequirement.Kind kind, int current, Integer min) {
        if (min != null && current < min) {
            missing.add(BenefitRequirement.figure(kind, java.math.BigDecimal.valueOf(current), java.math.BigDecimal.valueOf(min)));
        }
    }
}
