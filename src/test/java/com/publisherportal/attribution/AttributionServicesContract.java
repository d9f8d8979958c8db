package com.publisherportal.attribution;

import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.attribution.CheckReport.RegistrationStatus;
import com.publisherportal.attribution.TrackingGuidService.OfferCoverage;
import com.publisherportal.attribution.TrackingGuidService.Registration;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditEntry;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ui.PortalI18NProvider;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The tracking-GUID registry and the template check through the services, as the views and the
 * API call them, with the demo publishers: roles, one publisher per GUID, isolation, audit,
 * suggestions and deployment counts. Runs on H2 and on PostgreSQL (see the subclasses).
 * Tests register their own GUIDs on Contoso's virtual-machine offer, which the suggestions leave
 * out, so that they do not disturb each other or the demo data.
 */
abstract class AttributionServicesContract {

    @Autowired SignIn signIn;
    @Autowired TrackingGuidService guids;
    @Autowired TemplateCheckService checks;
    @Autowired AuditService audit;
    @Autowired PublisherAccountRepository accounts;
    @Autowired OfferRepository offers;
    @Autowired MutableClock clock;
    @Autowired TrackedDeploymentRepository trackedDeployments;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long contoso() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    long fabrikam() {
        return accounts.findByPublisherId("fabrikam").orElseThrow().id();
    }

    long offer(long accountId, String offerId) {
        return offers.findByAccountIdAndOfferId(accountId, offerId).orElseThrow().id();
    }

    Registration onSecureVm(String guid, DistributionChannel channel) {
        return new Registration(guid, offer(contoso(), "contoso-secure-vm"), channel,
                channel == DistributionChannel.OTHER ? "Partner gallery" : null, null, "Test GUID");
    }

    RegisteredGuid demo(long accountId, String guid) {
        return guids.list(accountId, true).stream().filter(g -> g.guid().value().equals(guid)).findFirst().orElseThrow();
    }

    static List<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aDeveloperRegistersAPastedGuidWhichIsNormalisedWithANoticeAndAudited() {
        signIn.as("developer@contoso.example");
        String guid = TrackingGuid.generate().value();
        TrackingGuidService.Registered registered = guids.register(contoso(),
                onSecureVm(" {PID-" + guid.toUpperCase(Locale.ROOT) + "} ", DistributionChannel.GITHUB));

        assertThat(registered.guid().guid().value()).isEqualTo(guid);
        assertThat(registered.pidPrefixRemoved()).isTrue();
        assertThat(registered.guid().offerName()).isEqualTo("Contoso Secure VM");
        assertThat(registered.guid().createdByEmail()).isEqualTo("developer@contoso.example");
        assertThat(guids.list(contoso(), false)).extracting(g -> g.guid().value()).contains(guid);

        signIn.as("owner@contoso.example");
        List<AuditEntry> entries = audit.findForAccount(contoso(), AuditFilter.none(), RowWindow.of(0, 20));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("TRACKING_GUID_REGISTERED");
            assertThat(e.entityId()).isEqualTo(guid);
            assertThat(e.actorEmail()).isEqualTo("developer@contoso.example");
        });
    }

    @Test
    void aGeneratedGuidNeedsNoInputAndEveryProblemIsNamedAtOnce() {
        signIn.as("manager@contoso.example");
        RegisteredGuid generated = guids.register(contoso(), onSecureVm("  ", DistributionChannel.MARKETPLACE)).guid();
        assertThat(TrackingGuid.parse("guid", generated.guid().value()).guid()).isEqualTo(generated.guid());

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> guids.register(contoso(),
                new Registration("eb7927c8-dd66-43e1-b0cf-c346a422063", null, DistributionChannel.OTHER, " ",
                        "Not A Plan!", "")));
        // A GUID on another channel than the marketplace needs no offer (issue 21).
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("guid", "channelName", "plan", "description");
        assertThat(e.violations()).filteredOn(v -> v.field().equals("guid")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("attribution.guid.group-length.5");
            assertThat(v.arguments()).containsExactly(11, 12);
        });
    }

    @Test
    void onlyOwnersManagersAndDevelopersWorkWithTrackingGuids() {
        for (String email : List.of("marketer@contoso.example", "finance@contoso.example")) {
            signIn.as(email);
            assertThatThrownBy(() -> guids.list(contoso(), false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> guids.register(contoso(), onSecureVm(null, DistributionChannel.GITHUB)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.checkTemplate(contoso(), "mainTemplate.json", stream("{}".getBytes())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("reviewer@portal.example");
        assertThatThrownBy(() -> guids.list(contoso(), false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGuidHeldByAnotherPublisherIsRefusedWithoutSayingWhose() throws Exception {
        signIn.as("developer@fabrikam.example");
        long vault = offer(fabrikam(), "fabrikam-vault");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> guids.register(fabrikam(),
                new Registration("pid-" + AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE, vault,
                        DistributionChannel.MARKETPLACE, null, null, "Borrowed")));
        assertThat(keys(e)).containsExactly("attribution.guid.unavailable");
        assertThat(e.violations().getFirst().arguments()).isEmpty();
        PortalI18NProvider texts = new PortalI18NProvider();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertThat(texts.getTranslation("attribution.guid.unavailable", locale)).doesNotContainIgnoringCase("contoso");
        }
        // A retired GUID still belongs to its publisher.
        e = catchThrowableOfType(ValidationException.class, () -> guids.register(fabrikam(),
                new Registration(AttributionDemoData.CONTOSO_ANALYTICS_GITHUB_RETIRED, vault,
                        DistributionChannel.GITHUB, null, null, "Borrowed")));
        assertThat(keys(e)).containsExactly("attribution.guid.unavailable");

        signIn.as("developer@contoso.example");
        e = catchThrowableOfType(ValidationException.class, () -> guids.register(contoso(),
                onSecureVm(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE, DistributionChannel.MARKETPLACE)));
        assertThat(keys(e)).containsExactly("attribution.guid.already-yours");
        e = catchThrowableOfType(ValidationException.class, () -> guids.register(contoso(),
                onSecureVm(AttributionDemoData.CONTOSO_ANALYTICS_GITHUB_RETIRED, DistributionChannel.MARKETPLACE)));
        assertThat(keys(e)).containsExactly("attribution.guid.retired-yours");
    }

    @Test
    void aPublisherNeitherSeesNorRetiresAnotherPublishersGuids() {
        signIn.as("owner@contoso.example");
        RegisteredGuid contosos = demo(contoso(), AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);

        signIn.as("owner@fabrikam.example");
        assertThat(guids.list(fabrikam(), true)).isNotEmpty()
                .allSatisfy(g -> assertThat(g.accountId()).isEqualTo(fabrikam()))
                .noneSatisfy(g -> assertThat(g.guid().value()).startsWith(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE));
        assertThatThrownBy(() -> guids.list(contoso(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guids.get(fabrikam(), contosos.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guids.retire(fabrikam(), contosos.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guids.retire(contoso(), contosos.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guids.deploymentsByMonth(fabrikam(), contosos.id(), 6)).isInstanceOf(NotFoundException.class);
        assertThat(guids.deploymentTotals(fabrikam(), List.of(contosos), 6)).isEmpty();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> guids.register(fabrikam(),
                new Registration(null, contosos.offerId(), DistributionChannel.GITHUB, null, null, "Someone else’s offer")));
        assertThat(keys(e)).containsExactly("attribution.offer.required");

        signIn.as("owner@contoso.example");
        assertThat(guids.get(contoso(), contosos.id()).active()).isTrue();
    }

    @Test
    void retiringKeepsTheGuidForHistoryAndBothChangesAreAudited() {
        signIn.as("developer@contoso.example");
        RegisteredGuid guid = guids.register(contoso(), onSecureVm(null, DistributionChannel.OTHER)).guid();
        assertThat(guid.channelName()).isEqualTo("Partner gallery");

        RegisteredGuid retired = guids.retire(contoso(), guid.id());
        assertThat(retired.active()).isFalse();
        assertThat(guids.list(contoso(), false)).extracting(RegisteredGuid::id).doesNotContain(guid.id());
        assertThat(guids.list(contoso(), true)).extracting(RegisteredGuid::id).contains(guid.id());
        assertThat(keys(catchThrowableOfType(ValidationException.class, () -> guids.retire(contoso(), guid.id()))))
                .containsExactly("attribution.retire.already");
        assertThat(guids.reinstate(contoso(), guid.id()).active()).isTrue();

        signIn.as("manager@contoso.example");
        assertThat(audit.findForAccount(contoso(), AuditFilter.none(), RowWindow.of(0, 50)))
                .filteredOn(e -> guid.guid().value().equals(e.entityId())).extracting(AuditEntry::action)
                .contains("TRACKING_GUID_REGISTERED", "TRACKING_GUID_RETIRED", "TRACKING_GUID_REINSTATED");
    }

    @Test
    void theSuggestionsShowOneGuidPerOfferPerChannelAndTheMissingCombinations() {
        signIn.as("developer@contoso.example");
        List<OfferCoverage> coverage = guids.coverage(contoso());
        // Consulting, business-app and virtual-machine offers are not suggested.
        // (Other tests add draft offers of their own, which sort after the demo's.)
        assertThat(coverage).extracting(OfferCoverage::offerName).startsWith("Contoso Analytics", "Contoso Edge Agent")
                .doesNotContain("Contoso Secure VM", "Contoso: 2-Week Implementation", "Contoso Insights for Power BI");
        OfferCoverage analytics = coverage.getFirst();
        assertThat(analytics.missing()).isEmpty();
        assertThat(analytics.on(DistributionChannel.MARKETPLACE)).extracting(RegisteredGuid::plan)
                .containsExactlyInAnyOrder("standard", "enterprise");
        assertThat(analytics.duplicated(DistributionChannel.MARKETPLACE)).isFalse();
        assertThat(analytics.on(DistributionChannel.GITHUB)).extracting(g -> g.guid().value())
                .containsExactly(AttributionDemoData.CONTOSO_ANALYTICS_GITHUB);
        OfferCoverage edge = coverage.get(1);
        assertThat(edge.missing()).contains(DistributionChannel.MARKETPLACE);
        assertThat(edge.on(DistributionChannel.OTHER)).extracting(RegisteredGuid::channelName)
                .contains("Partner solution gallery");
        assertThat(edge.duplicated(DistributionChannel.OTHER)).isFalse();

        // A second GUID for the same offer, channel and plan is pointed out.
        guids.register(contoso(), new Registration(null, edge.offerId(), DistributionChannel.OTHER,
                "Partner solution gallery", null, "The same again"));
        OfferCoverage twice = guids.coverage(contoso()).get(1);
        assertThat(twice.duplicated(DistributionChannel.OTHER)).isTrue();
        assertThat(twice.missing()).isEqualTo(edge.missing());

        signIn.as("owner@fabrikam.example");
        assertThat(guids.coverage(fabrikam())).extracting(OfferCoverage::offerName)
                .containsExactly("Fabrikam Backup", "Fabrikam Sync", "Fabrikam Vault");
    }

    @Test
    void deploymentsAreCountedPerGuidAndMonth() {
        signIn.as("developer@contoso.example");
        RegisteredGuid guid = demo(contoso(), AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE);
        List<MonthlyCount> months = guids.deploymentsByMonth(contoso(), guid.id(), 6);
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        assertThat(months).extracting(MonthlyCount::month).containsExactly(now.minusMonths(5), now.minusMonths(4),
                now.minusMonths(3), now.minusMonths(2), now.minusMonths(1), now);
        long total = months.stream().mapToLong(MonthlyCount::deployments).sum();
        assertThat(months.get(1).deployments()).isPositive();
        assertThat(guids.deploymentTotals(contoso(), List.of(guid), 6)).containsEntry(guid.id(), total);

        RegisteredGuid fresh = guids.register(contoso(), onSecureVm(null, DistributionChannel.GITHUB)).guid();
        assertThat(guids.deploymentsByMonth(contoso(), fresh.id(), 3)).extracting(MonthlyCount::deployments)
                .containsExactly(0L, 0L, 0L);
    }

    @Test
    void aGuidsCountsAddTheGuidOnlyRowsAndTheInsightsDeploymentsReport() {
        signIn.as("developer@contoso.example");
        RegisteredGuid fresh = guids.register(contoso(), onSecureVm(null, DistributionChannel.GITHUB)).guid();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        trackedDeployments.insertDays(fresh.guid(), Map.of(today, 5));
        jdbc.sql("""
                        INSERT INTO insight_deployment (account_id, tracking_guid, offer_ref, offer_name, month_start,
                            deployment_date, method, customer_country, azure_region, deployments, succeeded)
                        VALUES (:a, :guid, :offer, 'Contoso Secure VM', :month, :day, 'GitHub', 'FR', 'westeurope', 7, 7)""")
                .param("a", contoso()).param("guid", fresh.guid().value()).param("offer", offer(contoso(), "contoso-secure-vm"))
                .param("month", today.withDayOfMonth(1)).param("day", today).update();
        try {
            assertThat(guids.deploymentsByMonth(contoso(), fresh.id(), 3)).extracting(MonthlyCount::deployments)
                    .containsExactly(0L, 0L, 12L);
            assertThat(guids.deploymentTotals(contoso(), List.of(fresh), 3)).containsEntry(fresh.id(), 12L);
        } finally {
            // The insights grids of the demo data, which other tests read, stay as they were.
            jdbc.sql("DELETE FROM insight_deployment WHERE tracking_guid = :guid").param("guid", fresh.guid().value()).update();
        }
    }

    @Test
    void aCheckKnowsOnlyTheCheckingPublishersRegistry() throws Exception {
        String template = """
                { "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    { "type": "Microsoft.Resources/deployments", "apiVersion": "2020-06-01", "name": "pid-%s",
                      "properties": { "mode": "Incremental", "template": { "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                        "contentVersion": "1.0.0.0", "resources": [] } } } ] }""";
        byte[] fabrikams = template.formatted(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE).getBytes(StandardCharsets.UTF_8);
        byte[] contosos = template.formatted(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE).getBytes(StandardCharsets.UTF_8);

        signIn.as("developer@contoso.example");
        CheckReport theirs = checks.checkTemplate(contoso(), "mainTemplate.json", stream(fabrikams));
        assertThat(theirs.trackingDeployments()).singleElement().satisfies(d -> {
            assertThat(d.registration()).isEqualTo(RegistrationStatus.NOT_REGISTERED_TO_YOU);
            assertThat(d.offerName()).isNull();
            assertThat(d.offerId()).isNull();
        });
        assertThat(theirs.verdict()).isEqualTo(CheckReport.Verdict.ERROR);
        CheckReport ours = checks.checkTemplate(contoso(), "mainTemplate.json", stream(contosos));
        assertThat(ours.trackingDeployments().getFirst().registration()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(ours.trackingDeployments().getFirst().offerName()).isEqualTo("Contoso Analytics");
        assertThat(ours.verdict()).isEqualTo(CheckReport.Verdict.OK);

        signIn.as("developer@fabrikam.example");
        assertThat(checks.checkTemplate(fabrikam(), "mainTemplate.json", stream(contosos)).trackingDeployments().getFirst()
                .registration()).isEqualTo(RegistrationStatus.NOT_REGISTERED_TO_YOU);
        assertThatThrownBy(() -> checks.checkTemplate(contoso(), "mainTemplate.json", stream(contosos)))
                .isInstanceOf(NotFoundException.class);
    }

    private static java.io.InputStream stream(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes);
    }

    @Test
    void aGuidIsRegisteredForAQuickstartTemplateWithoutAnOfferAndItsVerificationListsItsDeployments() {
        signIn.as("developer@contoso.example");
        RegisteredGuid guid = guids.register(contoso(), new Registration(null, null, DistributionChannel.QUICKSTART_TEMPLATE,
                null, null, "Contoso quickstart: three-tier web app")).guid();

        assertThat(guid.hasOffer()).isFalse();
        assertThat(guid.offerName()).isNull();
        assertThat(guid.purpose()).isEqualTo("Contoso quickstart: three-tier web app");
        assertThat(guids.get(contoso(), guid.id()).channel()).isEqualTo(DistributionChannel.QUICKSTART_TEMPLATE);
        assertThat(guids.list(contoso(), false)).extracting(RegisteredGuid::id).contains(guid.id());
        // The suggestions per offer are not disturbed by a GUID that has none.
        assertThat(guids.coverage(contoso())).isNotEmpty();

        assertThat(Snippets.verification(guid.guid())).extracting(Snippets.VerificationSnippet::kind)
                .containsExactly(Snippets.Verification.AZURE_CLI, Snippets.Verification.POWERSHELL);
        assertThat(Snippets.verification(Snippets.Verification.AZURE_CLI, guid.guid()))
                .startsWith("az deployment group list --resource-group '<resource-group>'")
                .contains("starts_with(name, 'pid-" + guid.guid().value() + "')");
        assertThat(Snippets.verification(Snippets.Verification.POWERSHELL, guid.guid()))
                .startsWith("Get-AzResourceGroupDeployment -ResourceGroupName '<resource-group>'")
                .contains("-like 'pid-" + guid.guid().value() + "*'");

        // A customer-engagement GUID may name one of the account's offers, too.
        RegisteredGuid engagement = guids.register(contoso(), new Registration(null, offer(contoso(), "contoso-secure-vm"),
                DistributionChannel.CUSTOMER_ENGAGEMENT, null, null, "Contoso engagement template")).guid();
        assertThat(engagement.offerName()).isEqualTo("Contoso Secure VM");
    }

    @Test
    void aMarketplaceGuidStillNeedsAnOffer() {
        signIn.as("developer@contoso.example");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> guids.register(contoso(),
                new Registration(null, null, DistributionChannel.MARKETPLACE, null, null, "No offer")));
        assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("offer", "attribution.offer.required"));
    }

    @Test
    void fabrikamCannotSeeContososGuidWithoutAnOfferNorRegisterForContososOffer() {
        signIn.as("developer@contoso.example");
        RegisteredGuid contosos = guids.register(contoso(), new Registration(null, null, DistributionChannel.GITHUB,
                null, null, "Contoso public repository")).guid();

        signIn.as("developer@fabrikam.example");
        assertThatThrownBy(() -> guids.get(fabrikam(), contosos.id())).isInstanceOf(NotFoundException.class);
        assertThat(guids.list(fabrikam(), true)).extracting(RegisteredGuid::id).doesNotContain(contosos.id());
        assertThatThrownBy(() -> guids.list(contoso(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guids.partnerNetworkId(contoso())).isInstanceOf(NotFoundException.class);
        // Contoso's offer is not Fabrikam's: refused as if it did not exist, on any channel.
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> guids.register(fabrikam(),
                new Registration(null, offer(contoso(), "contoso-secure-vm"), DistributionChannel.CUSTOMER_ENGAGEMENT,
                        null, null, "Borrowed offer")));
        assertThat(keys(e)).containsExactly("attribution.offer.required");
        // Contoso's GUID cannot be taken over by pasting it.
        e = catchThrowableOfType(ValidationException.class, () -> guids.register(fabrikam(),
                new Registration(contosos.guid().value(), null, DistributionChannel.QUICKSTART_TEMPLATE, null, null,
                        "Borrowed GUID")));
        assertThat(keys(e)).containsExactly("attribution.guid.unavailable");
    }

    @Test
    void thePartnerNetworkIdIsCheckedAsTheProgrammesNumberAndRecordedByOwnersAndManagers() {
        signIn.as("owner@contoso.example");
        try {
            assertThat(guids.recordPartnerNetworkId(contoso(), " 123 4567 ")).map(PartnerNetworkId::value).contains("1234567");
            assertThat(guids.partnerNetworkId(contoso())).map(PartnerNetworkId::value).contains("1234567");
            assertThat(guids.recordPartnerNetworkId(contoso(), "98765432")).map(PartnerNetworkId::value).contains("98765432");

            for (var bad : Map.of("12345", "attribution.partner-id.length", "123456789", "attribution.partner-id.length",
                    "12a4567", "attribution.partner-id.not-digits", "MPN-1234567", "attribution.partner-id.not-digits",
                    "0000000", "attribution.partner-id.zero").entrySet()) {
                ValidationException e = catchThrowableOfType(ValidationException.class,
                        () -> guids.recordPartnerNetworkId(contoso(), bad.getKey()));
                assertThat(e.violations()).as(bad.getKey()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("partnerNetworkId", bad.getValue()));
            }
            // A refused value leaves the recorded one alone.
            assertThat(guids.partnerNetworkId(contoso())).map(PartnerNetworkId::value).contains("98765432");
            assertThatThrownBy(() -> new PartnerNetworkId("12345")).isInstanceOf(IllegalArgumentException.class);

            signIn.as("developer@contoso.example");
            assertThat(guids.partnerNetworkId(contoso())).map(PartnerNetworkId::value).contains("98765432");
            assertThatThrownBy(() -> guids.recordPartnerNetworkId(contoso(), "7654321"))
                    .isInstanceOf(AccessDeniedException.class);

            signIn.as("owner@fabrikam.example");
            assertThat(guids.partnerNetworkId(fabrikam())).isEmpty();
            // Another account is "not found", as for any of its data.
            assertThatThrownBy(() -> guids.recordPartnerNetworkId(contoso(), "7654321"))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            signIn.as("owner@contoso.example");
            assertThat(guids.recordPartnerNetworkId(contoso(), " ")).isEmpty();
        }
        assertThat(guids.partnerNetworkId(contoso())).isEmpty();
    }
}
