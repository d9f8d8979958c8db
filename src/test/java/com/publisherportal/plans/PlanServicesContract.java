package com.publisherportal.plans;

import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.listing.StorefrontPlans;
import com.publisherportal.onboarding.CertificationChecklist;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Plans, their pricing and markets, through the services; runs on H2 and PostgreSQL. */
abstract class PlanServicesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired SignIn signIn;
    @Autowired PlanService plans;
    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired StorefrontPlans storefront;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer offer(String publisher, String offerId) {
        return offers.findByAddress(publisher, offerId).orElseThrow();
    }

    /** A new draft offer of Contoso's, created by its owner (who stays signed in). */
    Offer freshContosoOffer(OfferType type) {
        signIn.as("owner@contoso.example");
        long contoso = offer("contoso", "contoso-analytics").accountId();
        return offers.create(contoso, "plans-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet(),
                "Contoso plans test", type); // named as Contoso's own offers are (other tests read them)
    }

    static NewPlan newPlan(String id) {
        return new NewPlan(id, new PlanDetails("Gold", "The gold plan", "Everything, with priority support."));
    }

    static PlanPricing flatMonthly(String usd) {
        return new PlanPricing(PricingModel.FLAT_RATE, false, null, null,
                Map.of(PricePoint.of(PriceKind.FLAT_MONTHLY), new BigDecimal(usd)), List.of());
    }

    @Test
    void aPlanIdFollowsTheRulesAndIsNeverUsedTwiceEvenAfterDeletion() {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        assertThat(catchThrowableOfType(ValidationException.class, () -> newPlan("Gold Plan")).byField()).containsKey("planId");
        assertThat(catchThrowableOfType(ValidationException.class, () -> newPlan("g".repeat(51))).messageKey())
                .isEqualTo("plans.id.invalid");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> new PlanDetails("n".repeat(51), "s", "d")).byField()).containsOnlyKeys("name");
        Plan gold = plans.create(offer.id(), newPlan("gold_2-tier"));
        assertThat(plans.plans(offer.id())).extracting(s -> s.plan().planId()).containsExactly("gold_2-tier");
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.create(offer.id(), newPlan("gold_2-tier")))
                .messageKey()).isEqualTo("plans.id.used");
        plans.delete(offer.id(), "gold_2-tier", gold.version());
        assertThat(plans.plans(offer.id())).isEmpty();
        assertThatThrownBy(() -> plans.plan(offer.id(), "gold_2-tier")).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.create(offer.id(), newPlan("gold_2-tier")))
                .messageKey()).isEqualTo("plans.id.used");
    }

    @Test
    void aPrivatePlansTenantsAreGuidsAtMostTwentyThousandAndABadLineIsNamed() {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        Plan plan = plans.create(offer.id(), newPlan("private-one"));
        // Tenants belong to private plans only.
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.addTenant(offer.id(), "private-one",
                UUID.randomUUID().toString(), plan.version())).messageKey()).isEqualTo("plans.tenants.public-plan");
        Plan priv = plans.setVisibility(offer.id(), "private-one", Visibility.PRIVATE, false, plan.version());

        String tooMany = IntStream.range(0, 20_001).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining("\n"));
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> plans.uploadTenants(offer.id(),
                "private-one", new ByteArrayInputStream(tooMany.getBytes(StandardCharsets.UTF_8)), priv.version()));
        assertThat(refused.messageKey()).isEqualTo("plans.tenants.too-many");
        assertThat(refused.arguments()).containsExactly(20_001, 20_000);

        String malformed = "TenantId\n" + UUID.randomUUID() + "\n3f2504e0-4f89-41d3-9a0c-0305e82c330\n" + UUID.randomUUID();
        ValidationException badLine = catchThrowableOfType(ValidationException.class, () -> plans.uploadTenants(offer.id(),
                "private-one", new ByteArrayInputStream(malformed.getBytes(StandardCharsets.UTF_8)), priv.version()));
        assertThat(badLine.violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("plans.tenants.line-invalid");
            assertThat(v.arguments()[0]).isEqualTo(3);
        });
        assertThat(plans.tenants(offer.id(), "private-one")).isEmpty();

        byte[] huge = new byte[PlanRules.MAX_TENANT_UPLOAD_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.uploadTenants(offer.id(), "private-one",
                new ByteArrayInputStream(huge), priv.version())).messageKey()).isEqualTo("plans.tenants.file-too-large");

        String good = "\uFEFFTenantId\r\n" + "6BA7B810-9DAD-41D1-80B4-00C04FD430C8\r\n\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"\r\n";
        Plan uploaded = plans.uploadTenants(offer.id(), "private-one", new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)),
                priv.version());
        assertThat(plans.tenants(offer.id(), "private-one"))
                .containsExactly("3f2504e0-4f89-41d3-9a0c-0305e82c3301", "6ba7b810-9dad-41d1-80b4-00c04fd430c8");
        Plan added = plans.addTenant(offer.id(), "private-one", "9b2e6f4a-2c1d-4e5f-8a7b-1c2d3e4f5a6b", uploaded.version());
        assertThat(plans.tenants(offer.id(), "private-one")).hasSize(3);
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.addTenant(offer.id(), "private-one",
                "not-a-guid", added.version())).messageKey()).isEqualTo("plans.tenant.invalid");
        plans.removeTenant(offer.id(), "private-one", "9b2e6f4a-2c1d-4e5f-8a7b-1c2d3e4f5a6b", added.version());
        assertThat(plans.tenants(offer.id(), "private-one")).hasSize(2);
    }

    @Test
    void marketPricesAreConvertedFromUsdUnlessThePublisherOverridesThem() {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        Plan plan = plans.create(offer.id(), newPlan("priced"));
        plan = plans.setPricing(offer.id(), "priced", flatMonthly("10.00"), plan.version());
        plan = plans.setMarkets(offer.id(), "priced", Set.of("DE", "JP"), plan.version());
        PricePoint monthly = PricePoint.of(PriceKind.FLAT_MONTHLY);
        PlanPrices table = plans.priceTable(offer.id(), "priced");
        assertThat(table.selectedMarkets()).containsExactlyInAnyOrder("DE", "JP");
        assertThat(table.row("DE", monthly).converted()).isEqualByComparingTo("9.20");
        assertThat(table.row("DE", monthly).converted().scale()).isEqualTo(2);
        assertThat(table.row("JP", monthly).converted()).isEqualByComparingTo("1510");
        assertThat(table.row("JP", monthly).converted().scale()).isZero();
        assertThat(table.row("US", monthly).selected()).isFalse();
        assertThat(table.row("US", monthly).effective()).isEqualByComparingTo("10.00");

        final int version = plan.version();
        // Whole yen only.
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.setOverride(offer.id(), "priced", "JP",
                monthly, new BigDecimal("1500.5"), version)).messageKey()).isEqualTo("plans.override.invalid");
        plan = plans.setOverride(offer.id(), "priced", "JP", monthly, new BigDecimal("1500"), version);
        table = plans.priceTable(offer.id(), "priced");
        assertThat(table.row("JP", monthly).override()).isEqualByComparingTo("1500");
        assertThat(table.row("JP", monthly).effective()).isEqualByComparingTo("1500");
        assertThat(table.row("JP", monthly).converted()).isEqualByComparingTo("1510");
        assertThat(table.row("DE", monthly).override()).isNull();
        // The preview shows the plan in the visitor's market, in USD where it is not sold.
        assertThat(storefront.plans(offer.id(), "JP", true)).singleElement()
                .satisfies(p -> assertThat(p.prices()).singleElement().satisfies(price -> {
                    assertThat(price.amount()).isEqualByComparingTo("1500");
                    assertThat(price.currency()).isEqualTo("JPY");
                }));
        assertThat(storefront.plans(offer.id(), "US", true).getFirst().prices().getFirst().currency()).isEqualTo("USD");
        assertThat(storefront.plans(offer.id(), "BR", true).getFirst().prices().getFirst().currency()).isEqualTo("USD");

        plan = plans.setOverride(offer.id(), "priced", "JP", monthly, null, plan.version());
        assertThat(plans.priceTable(offer.id(), "priced").row("JP", monthly).effective()).isEqualByComparingTo("1510");
        // A new USD price moves the converted prices with it.
        plans.setPricing(offer.id(), "priced", flatMonthly("20"), plan.version());
        assertThat(plans.priceTable(offer.id(), "priced").row("DE", monthly).effective()).isEqualByComparingTo("18.40");
    }

    @Test
    void aPricingModelOrTrialTheOfferTypeDoesNotTakeIsRefused() {
        Offer saas = freshContosoOffer(OfferType.SAAS);
        Plan plan = plans.create(saas.id(), newPlan("basic"));
        PlanPricing perCore = new PlanPricing(PricingModel.PER_CORE, false, null, null,
                Map.of(PricePoint.of(PriceKind.PER_CORE_HOUR), new BigDecimal("0.05")), List.of());
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> plans.setPricing(saas.id(), "basic", perCore, plan.version()));
        assertThat(e.messageKey()).isEqualTo("plans.model.not-for-type");
        assertThat(e.arguments()).containsExactly(PricingModel.PER_CORE, OfferType.SAAS);
        // A price that does not belong to the model is refused by the pricing itself.
        assertThat(catchThrowableOfType(ValidationException.class, () -> new PlanPricing(PricingModel.FLAT_RATE, false,
                null, null, Map.of(PricePoint.of(PriceKind.PER_USER_MONTHLY), BigDecimal.ONE), List.of())).messageKey())
                .isEqualTo("plans.price.not-for-model");
        assertThat(catchThrowableOfType(ValidationException.class, () -> new PlanPricing(PricingModel.FLAT_RATE, false,
                null, null, Map.of(), IntStream.range(0, 31).mapToObj(i -> new Meter("m" + i, "M", "unit", BigDecimal.ONE, 0,
                        MeterTerm.MONTH)).toList())).messageKey()).isEqualTo("plans.meters.too-many");

        Offer container = freshContosoOffer(OfferType.CONTAINER);
        Plan byol = plans.create(container.id(), newPlan("byol"));
        assertThat(plans.models(container.id())).containsExactly(PricingModel.PER_CORE, PricingModel.FREE, PricingModel.BYOL);
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.setPricing(container.id(), "byol",
                new PlanPricing(PricingModel.BYOL, true, null, null, Map.of(), List.of()), byol.version())).messageKey())
                .isEqualTo("plans.trial.not-for-type");

        Offer consulting = freshContosoOffer(OfferType.CONSULTING_SERVICE);
        assertThat(plans.models(consulting.id())).isEmpty();
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.create(consulting.id(), newPlan("nope")))
                .messageKey()).isEqualTo("plans.type-takes-none");
    }

    @Test
    void theSubmissionNamesEachPlanThatIsNotReady() {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        assertThat(planFailures(offer)).extracting(Violation::messageKey).containsExactly("plans.submit.none");
        Plan basic = plans.create(offer.id(), newPlan("basic"));
        plans.create(offer.id(), newPlan("pro"));
        assertThat(planFailures(offer)).extracting(v -> v.messageKey() + " " + v.arguments()[0]).containsExactlyInAnyOrder(
                "plans.submit.no-model basic", "plans.submit.no-market basic",
                "plans.submit.no-model pro", "plans.submit.no-market pro");
        basic = plans.setPricing(offer.id(), "basic", PlanPricing.of(PricingModel.FLAT_RATE), basic.version());
        assertThat(planFailures(offer)).extracting(v -> v.messageKey() + " " + v.arguments()[0])
                .contains("plans.submit.no-price basic");
        basic = plans.setPricing(offer.id(), "basic", flatMonthly("5"), basic.version());
        plans.setMarkets(offer.id(), "basic", Set.of("US"), basic.version());
        plans.delete(offer.id(), "pro", plans.plan(offer.id(), "pro").version());
        assertThat(planFailures(offer)).isEmpty();
    }

    private List<Violation> planFailures(Offer offer) {
        return lifecycle.validate(offer.id()).stream().filter(v -> v.field().equals("plans")).toList();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictNotAnOverwrite() {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        Plan plan = plans.create(offer.id(), newPlan("locked"));
        plans.update(offer.id(), "locked", new PlanDetails("First", "One", "Uno"), plan.version());
        assertThatThrownBy(() -> plans.update(offer.id(), "locked", new PlanDetails("Second", "Two", "Dos"), plan.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plans.setMarkets(offer.id(), "locked", Set.of("US"), plan.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(plans.plan(offer.id(), "locked").name()).isEqualTo("First");
        assertThat(plans.markets(offer.id(), "locked")).isEmpty();
    }

    @Test
    void fabrikamCannotReadOrChangeContososPlansOrPrices() {
        signIn.as("owner@contoso.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        Plan standard = plans.plan(analytics.id(), "standard");
        signIn.as("owner@fabrikam.example");
        long id = analytics.id();
        assertThatThrownBy(() -> plans.plans(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plan(id, "standard")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.priceTable(id, "standard")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.tenants(id, "partner-private")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.create(id, newPlan("intruder"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.setPricing(id, "standard", flatMonthly("1"), standard.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.setOverride(id, "standard", "US", PricePoint.of(PriceKind.FLAT_MONTHLY),
                BigDecimal.ONE, standard.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.delete(id, "standard", standard.version())).isInstanceOf(NotFoundException.class);
        // Within Contoso, a marketer reads but does not change prices.
        signIn.as("marketer@contoso.example");
        assertThat(plans.plans(id)).isNotEmpty();
        assertThat(plans.mayEdit(id)).isFalse();
        assertThatThrownBy(() -> plans.setPricing(id, "standard", flatMonthly("1"), standard.version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("owner@contoso.example");
        assertThat(plans.plan(id, "standard").version()).isEqualTo(standard.version());
    }

    @Test
    void staffReadEveryOffersPlansAndOnlyStaffChangeMarkets() {
        signIn.as("reviewer@portal.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        assertThat(plans.plans(analytics.id())).extracting(s -> s.plan().planId())
                .containsExactly("standard", "enterprise", "partner-private");
        assertThat(plans.mayEdit(analytics.id())).isFalse();
        assertThatThrownBy(() -> plans.create(analytics.id(), newPlan("staff"))).isInstanceOf(NotFoundException.class);
        StaffMarket swiss = plans.staffMarkets().stream().filter(m -> m.market().code().equals("CH")).findFirst().orElseThrow();
        BigDecimal shownBefore = storefront.plans(analytics.id(), "CH", false).getFirst().prices().getFirst().amount();
        StaffMarket changed = plans.updateMarket(new Market("CH", "CHF", new BigDecimal("0.9"), true), swiss.version());
        assertThat(changed.market().usdRate()).isEqualByComparingTo("0.9");
        // A new rate converts the working copy's prices; the live prices stay as published, and the
        // publisher has nothing to submit for it.
        assertThat(storefront.plans(analytics.id(), "CH", true).getFirst().prices().getFirst().amount())
                .isEqualByComparingTo("44.10");
        assertThat(storefront.plans(analytics.id(), "CH", false).getFirst().prices().getFirst().amount())
                .isEqualByComparingTo(shownBefore);
        assertThat(plans.hasUnpublishedChanges(analytics.id())).isFalse();
        assertThat(catchThrowableOfType(ValidationException.class, () -> plans.updateMarket(
                new Market("CH", "CHF", new BigDecimal("0.1234567"), true), changed.version())).messageKey())
                .isEqualTo("markets.rate.invalid");
        assertThatThrownBy(() -> plans.updateMarket(new Market("CH", "CHF", new BigDecimal("0.95"), true), swiss.version()))
                .isInstanceOf(ConflictException.class);
        plans.updateMarket(swiss.market(), changed.version());

        signIn.as("owner@contoso.example");
        assertThat(plans.allMarkets()).extracting(Market::code).contains("CH", "JP", "US");
        assertThatThrownBy(() -> plans.staffMarkets()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.updateMarket(swiss.market(), changed.version() + 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStorefrontShowsThePublishedPublicPlansUntilAChangeIsCertifiedAndLive() {
        signIn.as("owner@contoso.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        assertThat(plans.hasUnpublishedChanges(analytics.id())).isFalse();
        // Private plans are not listed; the publisher's own yen price is.
        List<StorefrontPlans.StorefrontPlan> shown = storefront.plans(analytics.id(), "JP", false);
        assertThat(shown).extracting(StorefrontPlans.StorefrontPlan::planId).containsExactly("standard", "enterprise");
        assertThat(shown.getFirst().prices()).anySatisfy(p -> {
            assertThat(p.amount()).isEqualByComparingTo("7400");
            assertThat(p.currency()).isEqualTo("JPY");
        });
        assertThat(shown.getFirst().freeTrial()).isTrue();

        signIn.as("owner@fabrikam.example");
        Offer backup = offer("fabrikam", "fabrikam-backup");
        Plan plan = plans.plan(backup.id(), "backup-standard");
        PlanPricing pricing = plans.pricing(backup.id(), "backup-standard");
        BigDecimal before = monthly(storefront.plans(backup.id(), "DE", false));
        plans.setPricing(backup.id(), "backup-standard", new PlanPricing(pricing.model(), false, null, null,
                Map.of(PricePoint.of(PriceKind.MANAGED_APP_MONTHLY), new BigDecimal("109")), pricing.meters()), plan.version());
        assertThat(plans.hasUnpublishedChanges(backup.id())).isTrue();
        assertThat(monthly(storefront.plans(backup.id(), "DE", false))).isEqualByComparingTo(before);
        assertThat(monthly(storefront.plans(backup.id(), "DE", true))).isEqualByComparingTo("100.28");

        lifecycle.submit(backup.id());
        assertThat(monthly(storefront.plans(backup.id(), "DE", false))).isEqualByComparingTo(before);
        signIn.as("reviewer@portal.example");
        Offer claimed = lifecycle.claimForCertification(backup.id());
        lifecycle.certify(backup.id(), new CertificationChecklist(true, true, true, true, true), null, claimed.version());
        signIn.as("owner@fabrikam.example");
        lifecycle.goLive(backup.id());
        assertThat(plans.hasUnpublishedChanges(backup.id())).isFalse();

        // Customers keep paying the old price until the increase's notice has run, and see the new one announced.
        LocalDate today = LocalDate.now(clock);
        LocalDate increaseDay = PriceChangeSchedule.increaseEffectiveOn(today);
        StorefrontPlans.PlanPrice shownNow = monthlyPrice(storefront.plans(backup.id(), "DE", false));
        assertThat(shownNow.amount()).isEqualByComparingTo(before);
        assertThat(shownNow.next()).isNotNull();
        assertThat(shownNow.next().amount()).isEqualByComparingTo("100.28");
        assertThat(shownNow.next().from()).isEqualTo(increaseDay);
        List<PriceChangeSchedule.ScheduledChange> announced = plans.priceChanges(backup.id(), "backup-standard").announced();
        assertThat(announced).isNotEmpty().allSatisfy(c -> {
            assertThat(c.direction()).isEqualTo(PriceChangeSchedule.Direction.INCREASE);
            assertThat(c.effectiveOn()).isEqualTo(increaseDay);
        });
        assertThat(announced).filteredOn(c -> c.market().code().equals("DE")).singleElement()
                .satisfies(c -> assertThat(c.newPrice()).isEqualByComparingTo("100.28"));

        // A decrease alone is allowed: if published today it would apply on the 1st of next month.
        PricePoint monthly = PricePoint.of(PriceKind.MANAGED_APP_MONTHLY);
        plans.setOverride(backup.id(), "backup-standard", "DE", monthly, new BigDecimal("50"),
                plans.plan(backup.id(), "backup-standard").version());
        PriceChangeSchedule.Schedule pending = plans.priceChanges(backup.id(), "backup-standard").ifPublishedToday();
        assertThat(pending.allowed()).isTrue();
        assertThat(pending.changes()).singleElement().satisfies(c -> {
            assertThat(c.market().code()).isEqualTo("DE");
            assertThat(c.direction()).isEqualTo(PriceChangeSchedule.Direction.DECREASE);
            assertThat(c.oldPrice()).isEqualByComparingTo(before);
            assertThat(c.effectiveOn()).isEqualTo(PriceChangeSchedule.decreaseEffectiveOn(today));
        });

        // An increase beside it in the same plan is refused, and nothing of it is kept.
        Plan live = plans.plan(backup.id(), "backup-standard");
        ValidationException mixed = catchThrowableOfType(ValidationException.class, () -> plans.setOverride(backup.id(),
                "backup-standard", "FR", monthly, new BigDecimal("200"), live.version()));
        assertThat(mixed.violations()).extracting(Violation::messageKey).containsExactly("pricing.schedule.mixed");
        assertThat(plans.priceTable(backup.id(), "backup-standard").row("FR", monthly).override()).isNull();
        assertThat(plans.plan(backup.id(), "backup-standard").version()).isEqualTo(live.version());

        // On the increase's day the storefront shows the new price and announces nothing more.
        Instant started = clock.instant();
        try {
            clock.set(increaseDay.atStartOfDay(ZoneOffset.UTC).toInstant());
            StorefrontPlans.PlanPrice then = monthlyPrice(storefront.plans(backup.id(), "DE", false));
            assertThat(then.amount()).isEqualByComparingTo("100.28");
            assertThat(then.next()).isNull();
            clock.set(increaseDay.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(monthly(storefront.plans(backup.id(), "DE", false))).isEqualByComparingTo(before);
        } finally {
            clock.set(started);
        }
    }

    private static BigDecimal monthly(List<StorefrontPlans.StorefrontPlan> shown) {
        return monthlyPrice(shown).amount();
    }

    private static StorefrontPlans.PlanPrice monthlyPrice(List<StorefrontPlans.StorefrontPlan> shown) {
        return shown.getFirst().prices().stream().filter(p -> p.labelKey().equals("price-kind.MANAGED_APP_MONTHLY"))
                .findFirst().orElseThrow();
    }

    @Test
    void thePricingWorkbookGoesToExcelAndBackShowingEveryChangeBeforeAnythingIsApplied() throws Exception {
        Offer offer = freshContosoOffer(OfferType.SAAS);
        Plan plan = plans.create(offer.id(), newPlan("excel"));
        plan = plans.setPricing(offer.id(), "excel", flatMonthly("10.00"), plan.version());
        plans.setMarkets(offer.id(), "excel", Set.of("DE", "JP"), plan.version());
        java.util.function.Function<PricePoint, String> label = p -> p.kind().name();
        java.util.function.Function<Market, String> name = Market::code;
        java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
        PricingWorkbook.write(plans.workbookTable(offer.id(), "excel", label, name),
                PricingTexts.forLocale(java.util.Locale.ENGLISH), exported);

        // In Excel: a price of its own in Japan, and the plan sold in France too.
        byte[] edited;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()))) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Prices")) {
                var code = row.getCell(0);
                String market = code == null || code.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? "" : code.getStringCellValue();
                if (market.equals("JP")) {
                    row.getCell(7, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(1400);
                } else if (market.equals("FR")) {
                    row.getCell(4, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("yes");
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }
        PlanService.WorkbookImport read = plans.readWorkbook(offer.id(), "excel", new ByteArrayInputStream(edited), label, name);
        assertThat(read.result()).isInstanceOfSatisfying(PricingWorkbook.Accepted.class, accepted -> {
            assertThat(accepted.prices()).singleElement().satisfies(edit -> {
                assertThat(edit.market().code()).isEqualTo("JP");
                assertThat(edit.oldEffective()).isEqualByComparingTo("1510");
                assertThat(edit.newEffective()).isEqualByComparingTo("1400");
            });
            assertThat(accepted.availability()).singleElement().satisfies(a -> {
                assertThat(a.market().code()).isEqualTo("FR");
                assertThat(a.available()).isTrue();
            });
        });
        // A draft: the new prices apply when it is published. Nothing is applied by reading.
        assertThat(read.schedule().immediate()).isTrue();
        PricePoint monthly = PricePoint.of(PriceKind.FLAT_MONTHLY);
        assertThat(plans.priceTable(offer.id(), "excel").row("JP", monthly).override()).isNull();

        plans.applyWorkbook(offer.id(), "excel", read);
        PlanPrices applied = plans.priceTable(offer.id(), "excel");
        assertThat(applied.row("JP", monthly).effective()).isEqualByComparingTo("1400");
        assertThat(applied.selectedMarkets()).containsExactlyInAnyOrder("DE", "FR", "JP");
        // The same reading again: the plan has changed since it was read, so nothing is overwritten.
        assertThatThrownBy(() -> plans.applyWorkbook(offer.id(), "excel", read)).isInstanceOf(ConflictException.class);
        // Another publisher cannot export Contoso's prices.
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> plans.workbookTable(offer.id(), "excel", label, name))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
    }
}
