package com.publisherportal.plans;

import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An offer's plans and their pricing: members of the offer's account read them (and staff), its
 * owners, managers and developers change them while the offer is editable or live (a live offer's
 * changes reach the storefront once they are certified and go live again: {@link PlanCopies}).
 * Staff maintain the markets and their exchange rates.
 */
@Service
public class PlanService {

    /** Who may change plans and prices: those who may create and submit offers. */
    static final AccountRole[] EDITORS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER};

    private final PlanRepository plans;
    private final PlanCopies copies;
    private final OfferService offers;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanCopies copies, OfferService offers, AccountAccess access,
                CurrentUser currentUser, AuditService audit, Clock clock) {
        this.plans = plans;
        this.copies = copies;
        this.offers = offers;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // Reading

    /** The offer's current plans with their market and tenant counts, in the publisher's order. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans(long offerId) {
        readable(offerId);
        Map<Long, int[]> counts = plans.counts(offerId);
        return plans.plans(offerId).stream().map(p -> {
            int[] c = counts.getOrDefault(p.ref(), new int[2]);
            return new PlanSummary(p, c[0], c[1], PlanChecks.problems(p, pricingOf(p), c[0], c[1]).isEmpty());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Plan plan(long offerId, String planId) {
        readable(offerId);
        return find(offerId, planId);
    }

    /** The plan's pricing, or null while no model is chosen. */
    @Transactional(readOnly = true)
    public PlanPricing pricing(long offerId, String planId) {
        readable(offerId);
        return pricingOf(find(offerId, planId));
    }

    @Transactional(readOnly = true)
    public List<String> tenants(long offerId, String planId) {
        readable(offerId);
        return plans.tenants(find(offerId, planId).ref());
    }

    @Transactional(readOnly = true)
    public Set<String> markets(long offerId, String planId) {
        readable(offerId);
        return plans.planMarkets(find(offerId, planId).ref());
    }

    /** The pricing models the offer's type allows; empty when the type takes no plans. */
    @Transactional(readOnly = true)
    public List<PricingModel> models(long offerId) {
        return PricingModel.forType(readable(offerId).offerType());
    }

    /** Whether the caller may change the offer's plans now (an editor's role, and a state that allows edits). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long offerId) {
        Offer offer = readable(offerId);
        try {
            access.requireMember(offer.accountId(), EDITORS);
        } catch (RuntimeException e) {
            return false;
        }
        return editableState(offer);
    }

    /** Whether the live offer's plans differ from what the storefront shows. */
    @Transactional(readOnly = true)
    public boolean hasUnpublishedChanges(long offerId) {
        return copies.hasPendingChanges(readable(offerId));
    }

    /**
     * The plan's prices in every market and for every price point: the USD base, its conversion at
     * the market's exchange rate, the publisher's override and the price that applies.
     */
    @Transactional(readOnly = true)
    public PlanPrices priceTable(long offerId, String planId) {
        readable(offerId);
        return table(find(offerId, planId));
    }

    /** For a resubmission's review: the plans added, removed and changed since the last certification decision. */
    @Transactional(readOnly = true)
    public Optional<PlanChangesSinceReview> changesSinceLastReview(long offerId) {
        readable(offerId);
        return copies.changesSinceLastReview(offerId);
    }

    /** The markets, for anyone signed in (reference data of the plans' editor). */
    @Transactional(readOnly = true)
    public List<Market> allMarkets() {
        currentUser.require();
        return plans.markets().stream().map(StaffMarket::market).toList();
    }

    // Changing a plan

    @Transactional
    public Plan create(long offerId, NewPlan plan) {
        Offer offer = editable(offerId);
        if (!PricingModel.takesPlans(offer.offerType())) {
            throw new ValidationException("", "plans.type-takes-none", offer.offerType());
        }
        offers.lock(offerId);
        if (plans.idUsed(offerId, plan.planId())) {
            throw new ValidationException("planId", "plans.id.used", plan.planId());
        }
        Plan created = plans.insert(offerId, plan, Visibility.PUBLIC, currentUser.require().userId(), clock.instant());
        audited(offer, created, "PLAN_CREATED", created.name());
        return created;
    }

    @Transactional
    public Plan update(long offerId, String planId, PlanDetails details, int version) {
        Offer offer = editable(offerId);
        Plan plan = touched(offerId, planId, version);
        plans.updateDetails(plan.ref(), details);
        audited(offer, plan, "PLAN_UPDATED", details.name());
        return find(offerId, planId);
    }

    /** Deletes the plan; its id stays taken in the offer. */
    @Transactional
    public void delete(long offerId, String planId, int version) {
        Offer offer = editable(offerId);
        Plan plan = touched(offerId, planId, version);
        plans.markDeleted(plan.ref());
        audited(offer, plan, "PLAN_DELETED", plan.name());
    }

    @Transactional
    public Plan setVisibility(long offerId, String planId, Visibility visibility, boolean hidden, int version) {
        Offer offer = editable(offerId);
        java.util.Objects.requireNonNull(visibility, "visibility");
        Plan plan = touched(offerId, planId, version);
        // A plan customers could already see as public cannot become private (domain.md 10).
        if (visibility == Visibility.PRIVATE && plan.visibility() == Visibility.PUBLIC
                && copies.published(offerId).orElse(List.of()).stream()
                .anyMatch(p -> p.planId().equals(planId) && p.visibility() == Visibility.PUBLIC)) {
            throw new ValidationException("visibility", "plans.visibility.public-stays-public");
        }
        plans.updateVisibility(plan.ref(), visibility, hidden);
        audited(offer, plan, hidden ? "PLAN_VISIBILITY_HIDDEN" : "PLAN_VISIBILITY", visibility.name());
        return find(offerId, planId);
    }

    @Transactional
    public Plan addTenant(long offerId, String planId, String tenantId, int version) {
        Offer offer = editable(offerId);
        String id = TenantIds.parse(tenantId);
        Plan plan = privatePlan(touched(offerId, planId, version));
        if (plans.tenantCount(plan.ref()) >= PlanRules.MAX_TENANTS) {
            throw new ValidationException("tenant", "plans.tenants.too-many", PlanRules.MAX_TENANTS + 1, PlanRules.MAX_TENANTS);
        }
        if (!plans.addTenant(plan.ref(), id)) {
            throw new ValidationException("tenant", "plans.tenant.already", id);
        }
        audited(offer, plan, "PLAN_TENANT_ADDED", id);
        return find(offerId, planId);
    }

    @Transactional
    public Plan removeTenant(long offerId, String planId, String tenantId, int version) {
        Offer offer = editable(offerId);
        Plan plan = touched(offerId, planId, version);
        if (plans.removeTenant(plan.ref(), tenantId)) {
            audited(offer, plan, "PLAN_TENANT_REMOVED", tenantId);
        }
        return find(offerId, planId);
    }

    /**
     * Replaces the private plan's tenant ids with those of an uploaded CSV (one GUID per line). Reads
     * at most {@link PlanRules#MAX_TENANT_UPLOAD_BYTES} + 1 bytes, whatever the client claims.
     */
    @Transactional
    public Plan uploadTenants(long offerId, String planId, InputStream csv, int version) {
        Offer offer = editable(offerId);
        byte[] content;
        try {
            content = csv.readNBytes(PlanRules.MAX_TENANT_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new ValidationException("tenantsCsv", "plans.tenants.unreadable");
        }
        List<String> ids = TenantIds.parseCsv(content);
        Plan plan = privatePlan(touched(offerId, planId, version));
        plans.replaceTenants(plan.ref(), ids);
        audited(offer, plan, "PLAN_TENANTS_UPLOADED", String.valueOf(ids.size()));
        return find(offerId, planId);
    }

    /** Sets the plan's pricing model, USD prices, meters, seats and trial; overrides of prices it no longer has go. */
    @Transactional
    public Plan setPricing(long offerId, String planId, PlanPricing pricing, int version) {
        Offer offer = editable(offerId);
        pricing.checkFor(offer.offerType());
        Plan plan = touched(offerId, planId, version);
        plans.updatePricing(plan.ref(), pricing.model(), pricing.freeTrial(), pricing.minSeats(), pricing.maxSeats());
        plans.replaceMeters(plan.ref(), pricing.meters());
        plans.replacePrices(plan.ref(), pricing.allUsdPrices());
        keepsPriceChangeRules(offer, planId);
        audited(offer, plan, "PLAN_PRICING", pricing.model().name() + " " + pricing.allUsdPrices());
        return find(offerId, planId);
    }

    /** The markets the plan is sold in ("select all": every market's code). */
    @Transactional
    public Plan setMarkets(long offerId, String planId, Set<String> marketCodes, int version) {
        Offer offer = editable(offerId);
        Set<String> known = new LinkedHashSet<>();
        plans.markets().forEach(m -> known.add(m.market().code()));
        Set<String> chosen = new TreeSet<>(marketCodes);
        chosen.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw new ValidationException("markets", "plans.market.unknown", c);
        });
        Plan plan = touched(offerId, planId, version);
        plans.replacePlanMarkets(plan.ref(), chosen);
        audited(offer, plan, "PLAN_MARKETS", chosen.size() + ": " + String.join(",", chosen));
        return find(offerId, planId);
    }

    /**
     * The publisher's own price in a market's currency for one price point, instead of the
     * converted USD price; null goes back to the converted price.
     */
    @Transactional
    public Plan setOverride(long offerId, String planId, String marketCode, PricePoint point, BigDecimal amount,
                            int version) {
        Offer offer = editable(offerId);
        Market market = plans.markets().stream().map(StaffMarket::market).filter(m -> m.code().equals(marketCode))
                .findFirst().orElseThrow(() -> new ValidationException("markets", "plans.market.unknown", marketCode));
        String field = "override." + marketCode + "." + point.kind().name() + (point.key().isEmpty() ? "" : "." + point.key());
        // Hourly prices need finer digits than the currency's smallest unit; other prices are in whole cents (or yen).
        boolean hourly = point.kind() == PriceKind.PER_CORE_HOUR || point.kind() == PriceKind.PER_SIZE_HOUR;
        if (amount != null && (!PlanRules.validPrice(amount)
                || amount.stripTrailingZeros().scale() > (hourly ? PlanRules.PRICE_SCALE : market.priceDigits()))) {
            throw new ValidationException(field, "plans.override.invalid", market.currency(), market.priceDigits());
        }
        Plan plan = touched(offerId, planId, version);
        if (!plans.usdPrices(plan.ref()).containsKey(point)) {
            throw new ValidationException(field, "plans.override.no-base-price");
        }
        plans.setOverride(plan.ref(), marketCode, point, amount);
        keepsPriceChangeRules(offer, planId);
        audited(offer, plan, "PLAN_PRICE_OVERRIDE", marketCode + " " + point.kind() + " " + point.key() + " "
                + (amount == null ? "-" : amount.toPlainString() + " " + market.currency()));
        return find(offerId, planId);
    }

    // Pricing workbook (the Excel round trip of one plan's prices)

    /**
     * The plan's prices as the workbook shows them: every price point that has a USD price, labelled
     * by the caller, and every market, named by the caller. Members and staff.
     */
    @Transactional(readOnly = true)
    public PriceTable workbookTable(long offerId, String planId, Function<PricePoint, String> label,
                                    Function<Market, String> marketName) {
        Offer offer = readable(offerId);
        PlanPrices prices = table(find(offerId, planId));
        Map<PricePoint, BigDecimal> usd = new LinkedHashMap<>();
        prices.rows().stream().filter(r -> r.usd() != null).forEach(r -> usd.putIfAbsent(r.point(), r.usd()));
        if (usd.isEmpty()) {
            throw new ValidationException("pricing", "pricing.export.no-prices");
        }
        List<PriceTable.Point> points = usd.entrySet().stream()
                .map(e -> new PriceTable.Point(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
        try {
            List<PriceTable.MarketRow> rows = prices.markets().stream().map(m -> PriceTable.MarketRow.converted(m,
                    marketName.apply(m), prices.selectedMarkets().contains(m.code()), points,
                    points.stream().map(p -> prices.row(m.code(), p.point()).override()).toList())).toList();
            return new PriceTable(planId, prices.plan().name(), offer.name(), points, rows);
        } catch (IllegalArgumentException e) {
            // An hourly price with more decimals than the currency's (allowed in the editor) does not fit a workbook cell's rule.
            throw new ValidationException("pricing", "pricing.export.unsupported");
        }
    }

    /**
     * Reads an edited workbook against the plan as it is now: every change, or every bad cell (and
     * then nothing applies). For a live offer, the changes' schedule under the marketplace's rules.
     * Changes nothing. Editors only.
     */
    @Transactional(readOnly = true)
    public WorkbookImport readWorkbook(long offerId, String planId, InputStream workbook, Function<PricePoint, String> label,
                                       Function<Market, String> marketName) throws IOException {
        Offer offer = editable(offerId);
        PricingWorkbook.ImportResult result = PricingWorkbook.read(workbook,
                workbookTable(offerId, planId, label, marketName));
        PriceChangeSchedule.Schedule schedule = result instanceof PricingWorkbook.Accepted accepted
                ? PriceChangeSchedule.schedule(accepted.prices().stream().map(PriceChangeSchedule.PriceMove::of).toList(),
                LocalDate.now(clock), offer.wentLiveAt() != null)
                : null;
        return new WorkbookImport(result, schedule, find(offerId, planId).version());
    }

    /**
     * The plan's price changes on a live offer: those published and not in effect yet, and when
     * the working copy's changes would take effect if published today (null when the offer is not
     * live or the plan was never published: its prices apply as they are published). Members and staff.
     */
    @Transactional(readOnly = true)
    public PriceChanges priceChanges(long offerId, String planId) {
        Offer offer = readable(offerId);
        find(offerId, planId);
        List<PriceChangeSchedule.ScheduledChange> announced = copies.announcedChanges(offerId).getOrDefault(planId, List.of());
        PriceChangeSchedule.Schedule pending = offer.wentLiveAt() == null ? null
                : copies.scheduleIfPublishedToday(offerId).get(planId);
        return new PriceChanges(announced, pending);
    }

    /** See {@link #priceChanges}. */
    public record PriceChanges(List<PriceChangeSchedule.ScheduledChange> announced, PriceChangeSchedule.Schedule ifPublishedToday) {
        public PriceChanges {
            announced = List.copyOf(announced);
        }
    }

    /**
     * On a live offer, refuses a price edit the marketplace would not publish (a free plan made
     * paid, increases and decreases together); the caller's transaction then rolls the edit back.
     */
    private void keepsPriceChangeRules(Offer offer, String planId) {
        if (offer.wentLiveAt() == null) {
            return;
        }
        PriceChangeSchedule.Schedule schedule = copies.scheduleIfPublishedToday(offer.id()).get(planId);
        if (schedule != null && !schedule.allowed()) {
            throw new ValidationException(schedule.refusals());
        }
    }

    /** What an edited workbook would change, and when (null schedule: the workbook was refused). */
    public record WorkbookImport(PricingWorkbook.ImportResult result, PriceChangeSchedule.Schedule schedule, int planVersion) {
    }

    /**
     * Applies the changes the publisher saw ({@link #readWorkbook}), all in one transaction, if the
     * plan has not changed since ({@code version}) and the marketplace's rules allow them.
     */
    @Transactional
    public Plan applyWorkbook(long offerId, String planId, WorkbookImport reviewed) {
        Offer offer = editable(offerId);
        if (!(reviewed.result() instanceof PricingWorkbook.Accepted accepted)) {
            throw new ValidationException("pricing", "pricing.import.refused");
        }
        if (reviewed.schedule() != null && !reviewed.schedule().allowed()) {
            throw new ValidationException(reviewed.schedule().refusals());
        }
        Plan plan = touched(offerId, planId, reviewed.planVersion());
        if (!accepted.availability().isEmpty()) {
            Set<String> markets = new TreeSet<>(plans.planMarkets(plan.ref()));
            accepted.availability().forEach(a -> {
                if (a.available()) {
                    markets.add(a.market().code());
                } else {
                    markets.remove(a.market().code());
                }
            });
            plans.replacePlanMarkets(plan.ref(), markets);
        }
        accepted.prices().forEach(edit -> plans.setOverride(plan.ref(), edit.market().code(), edit.point(), edit.newOverride()));
        keepsPriceChangeRules(offer, planId);
        audited(offer, plan, "PLAN_PRICES_IMPORTED", accepted.prices().size() + " prices, "
                + accepted.availability().size() + " markets");
        return find(offerId, planId);
    }

    // Markets (staff)

    @Transactional(readOnly = true)
    public List<StaffMarket> staffMarkets() {
        access.requireStaff();
        return plans.markets();
    }

    /** Staff: a market's currency, exchange rate and tax marker; refused if someone changed it meanwhile. */
    @Transactional
    public StaffMarket updateMarket(Market market, int version) {
        access.requireStaff();
        if (market.usdRate().compareTo(new BigDecimal("1000000")) > 0 || market.usdRate().stripTrailingZeros().scale() > 6) {
            throw new ValidationException("rate", "markets.rate.invalid");
        }
        if (!plans.updateMarket(market, version)) {
            throw new ConflictException("plans.market.changed-meanwhile");
        }
        audit.record(null, "market", market.code(), "MARKET_UPDATED",
                market.currency() + " " + market.usdRate().toPlainString() + (market.taxRemitted() ? " tax remitted" : ""));
        return plans.markets().stream().filter(m -> m.market().code().equals(market.code())).findFirst().orElseThrow();
    }

    // Helpers

    private Offer readable(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return offer;
    }

    private Offer editable(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), EDITORS);
        if (!editableState(offer)) {
            throw new ValidationException("", "plans.locked", offer.status());
        }
        return offer;
    }

    private static boolean editableState(Offer offer) {
        return offer.status().isEditable() || offer.status() == OfferStatus.LIVE;
    }

    private Plan find(long offerId, String planId) {
        return plans.plan(offerId, planId).orElseThrow(() -> new NotFoundException("plan"));
    }

    /** The plan, its version taken (the caller's change follows in the same transaction), or a conflict. */
    private Plan touched(long offerId, String planId, int version) {
        Plan plan = find(offerId, planId);
        if (!plans.touch(plan.ref(), version, currentUser.require().userId(), clock.instant())) {
            throw new ConflictException("plans.changed-meanwhile");
        }
        return plan;
    }

    private static Plan privatePlan(Plan plan) {
        if (plan.visibility() != Visibility.PRIVATE) {
            throw new ValidationException("tenant", "plans.tenants.public-plan");
        }
        return plan;
    }

    PlanPricing pricingOf(Plan plan) {
        if (plan.pricingModel() == null) {
            return null;
        }
        Map<PricePoint, BigDecimal> terms = new LinkedHashMap<>();
        plans.usdPrices(plan.ref()).forEach((point, usd) -> {
            if (point.kind() != PriceKind.METER_UNIT) {
                terms.put(point, usd);
            }
        });
        return new PlanPricing(plan.pricingModel(), plan.freeTrial(), plan.minSeats(), plan.maxSeats(), terms,
                plans.meters(plan.ref()));
    }

    private PlanPrices table(Plan plan) {
        List<Market> markets = plans.markets().stream().map(StaffMarket::market).toList();
        Set<String> selected = plans.planMarkets(plan.ref());
        Map<PricePoint, BigDecimal> usd = plans.usdPrices(plan.ref());
        PlanPricing pricing = pricingOf(plan);
        List<PricePoint> points = new ArrayList<>(pricing == null ? List.of() : pricing.pricePoints());
        usd.keySet().stream().filter(p -> !points.contains(p)).forEach(points::add);
        Map<String, Map<PricePoint, BigDecimal>> overrides = plans.overrides(plan.ref());
        List<PriceRow> rows = new ArrayList<>();
        for (Market market : markets) {
            for (PricePoint point : points) {
                BigDecimal base = usd.get(point);
                BigDecimal converted = base == null ? null : PriceConversion.toLocal(base, market);
                BigDecimal override = overrides.getOrDefault(market.code(), Map.of()).get(point);
                rows.add(new PriceRow(market, selected.contains(market.code()), point, base, converted, override,
                        override != null ? override : converted));
            }
        }
        return new PlanPrices(plan, markets, selected, points, rows);
    }

    private void audited(Offer offer, Plan plan, String action, String details) {
        audit.record(offer.accountId(), "plan", offer.offerId() + "/" + plan.planId(), action, details);
    }
}
