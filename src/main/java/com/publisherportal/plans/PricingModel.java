package com.publisherportal.plans;

import com.publisherportal.common.Translatable;
import com.publisherportal.onboarding.OfferType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.publisherportal.onboarding.OfferType.AZURE_APPLICATION;
import static com.publisherportal.onboarding.OfferType.CONTAINER;
import static com.publisherportal.onboarding.OfferType.IOT_EDGE_MODULE;
import static com.publisherportal.onboarding.OfferType.SAAS;
import static com.publisherportal.onboarding.OfferType.VIRTUAL_MACHINE;

/**
 * How a plan is billed, and the one place that says which offer types take which model (issue 16,
 * domain.md 10). Consulting services and business apps (Power BI, Dynamics 365, Office) take no
 * plans: they are listing-only offers, sold outside the marketplace's billing.
 */
public enum PricingModel implements Translatable {
    /** SaaS: a flat price per month and/or per year, with optional meters. */
    FLAT_RATE(EnumSet.of(SAAS), EnumSet.of(PriceKind.FLAT_MONTHLY, PriceKind.FLAT_YEARLY), 30, false),
    /** SaaS: a price per user per month and/or per year, with optional seat limits and meters. */
    PER_USER(EnumSet.of(SAAS), EnumSet.of(PriceKind.PER_USER_MONTHLY, PriceKind.PER_USER_YEARLY), 30, true),
    /** Virtual machine or container: a price per core per hour, whatever the size. */
    PER_CORE(EnumSet.of(VIRTUAL_MACHINE, CONTAINER), EnumSet.of(PriceKind.PER_CORE_HOUR), 0, false),
    /** Virtual machine: a price per hour for each VM size it supports. */
    PER_CORE_SIZE(EnumSet.of(VIRTUAL_MACHINE), EnumSet.of(PriceKind.PER_SIZE_HOUR), 0, false),
    /** Managed application: a monthly price, with optional meters (at most 18). */
    MANAGED_APP(EnumSet.of(AZURE_APPLICATION), EnumSet.of(PriceKind.MANAGED_APP_MONTHLY), 18, false),
    /** Solution template: free, the customer pays for the Azure resources it deploys. */
    SOLUTION_TEMPLATE(EnumSet.of(AZURE_APPLICATION), EnumSet.noneOf(PriceKind.class), 0, false),
    /** No software charge. */
    FREE(EnumSet.of(VIRTUAL_MACHINE, CONTAINER, IOT_EDGE_MODULE), EnumSet.noneOf(PriceKind.class), 0, false),
    /** Bring your own licence: the customer buys the licence from the publisher. */
    BYOL(EnumSet.of(VIRTUAL_MACHINE, CONTAINER, IOT_EDGE_MODULE), EnumSet.noneOf(PriceKind.class), 0, false);

    private final Set<OfferType> offerTypes;
    private final Set<PriceKind> termKinds;
    private final int maxMeters;
    private final boolean seats;

    PricingModel(Set<OfferType> offerTypes, Set<PriceKind> termKinds, int maxMeters, boolean seats) {
        this.offerTypes = Set.copyOf(offerTypes);
        this.termKinds = termKinds.isEmpty() ? Set.of() : Set.copyOf(termKinds);
        this.maxMeters = maxMeters;
        this.seats = seats;
    }

    /** The models an offer type allows, in the order the editor offers them; empty: the type takes no plans. */
    public static List<PricingModel> forType(OfferType type) {
        return Arrays.stream(values()).filter(m -> m.offerTypes.contains(type)).toList();
    }

    /** Whether offers of this type have plans at all. */
    public static boolean takesPlans(OfferType type) {
        return !forType(type).isEmpty();
    }

    /** A one-month free trial: SaaS and virtual machines (domain.md 10). */
    public static boolean freeTrialAllowed(OfferType type) {
        return type == SAAS || type == VIRTUAL_MACHINE;
    }

    public boolean allows(OfferType type) {
        return offerTypes.contains(type);
    }

    /** The price kinds of this model's terms besides meters; a paid model needs a price for at least one of them. */
    public Set<PriceKind> termKinds() {
        return termKinds;
    }

    public boolean paid() {
        return !termKinds.isEmpty();
    }

    /** Whether a plan of this model has one price per VM size. */
    public boolean perSize() {
        return termKinds.contains(PriceKind.PER_SIZE_HOUR);
    }

    public int maxMeters() {
        return maxMeters;
    }

    public boolean hasSeats() {
        return seats;
    }

    @Override
    public String messageKey() {
        return "pricing-model." + name();
    }
}
