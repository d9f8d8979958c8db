package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.OfferType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The test drive form's rules per kind: each field that breaks one is named with its message. */
class TestDriveRulesTest {

    private static final String TRIGGER = "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x";

    private static Map<String, String> check(OfferType offerType, GoToMarketService.TestDriveForm form) {
        return TestDriveRules.check(offerType, form).stream()
                .collect(Collectors.toMap(Violation::field, Violation::messageKey, (a, b) -> a));
    }

    private static GoToMarketService.TestDriveForm form(TestDriveType type, Integer hot, Integer warm, Integer cold,
                                                        List<String> regions, TestDriveSettings settings) {
        return new GoToMarketService.TestDriveForm(type, hot, warm, cold, 4, regions, settings, "Try it.", "Sign in.");
    }

    @Test
    void anArmTestDriveNeedsRegionsAndInstancesWithinTheLimits() {
        assertThat(check(OfferType.VIRTUAL_MACHINE, form(TestDriveType.AZURE_RESOURCE_MANAGER, 1, 2, 3,
                List.of("westeurope"), TestDriveSettings.none()))).isEmpty();
        assertThat(check(OfferType.VIRTUAL_MACHINE, form(TestDriveType.AZURE_RESOURCE_MANAGER, -1, 51, null,
                List.of(), TestDriveSettings.none())))
                .containsEntry("hotInstances", "testdrive.instances.range")
                .containsEntry("warmInstances", "testdrive.instances.range")
                .containsEntry("coldInstances", "testdrive.instances.range")
                .containsEntry("regions", "testdrive.regions.required");
        assertThat(check(OfferType.VIRTUAL_MACHINE, form(TestDriveType.AZURE_RESOURCE_MANAGER, 0, 0, 0,
                List.of("westeurope"), TestDriveSettings.none())))
                .containsExactly(Map.entry("hotInstances", "testdrive.instances.at-least-one"));
        assertThat(check(OfferType.VIRTUAL_MACHINE, form(TestDriveType.AZURE_RESOURCE_MANAGER, 0, 1, 0,
                List.of("westeurope"), TestDriveSettings.none()))).as("a warm instance is enough").isEmpty();
        assertThat(check(OfferType.VIRTUAL_MACHINE, form(TestDriveType.AZURE_RESOURCE_MANAGER, 50, 50, 50,
                List.of("mars-north"), TestDriveSettings.none()))).containsExactly(Map.entry("regions", "testdrive.regions.unknown"));
    }

    @Test
    void aDynamicsTestDriveNeedsItsInstanceLogicAppEntraAppAndRole() {
        TestDriveSettings good = new TestDriveSettings("https://contoso.crm4.dynamics.com", TRIGGER,
                "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b", "Salesperson", null);
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.HOSTED_DYNAMICS_365, 1, 0, 0, null, good)))
                .as("no regions: a hosted instance").isEmpty();
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.HOSTED_DYNAMICS_365, 1, 0, 0, null,
                TestDriveSettings.none())))
                .containsEntry("instanceUrl", "testdrive.url.required")
                .containsEntry("logicAppTriggerUrl", "testdrive.url.required")
                .containsEntry("entraAppId", "testdrive.entra-app.required")
                .containsEntry("securityRole", "testdrive.security-role.rule");
        // The public docs' own malformed GUID (11 digits in the last group), plain http, another host.
        TestDriveSettings bad = new TestDriveSettings("http://contoso.crm4.dynamics.com", "https://evil.example/logic.azure.com",
                "eb7927c8-dd66-43e1-b0cf-c346a422063", "r".repeat(101), null);
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.HOSTED_DYNAMICS_365, 1, 0, 0, null, bad)))
                .containsEntry("instanceUrl", "testdrive.instance-url.rule")
                .containsEntry("logicAppTriggerUrl", "testdrive.logic-app.rule")
                .containsEntry("entraAppId", "testdrive.entra-app.rule")
                .containsEntry("securityRole", "testdrive.security-role.rule");
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.HOSTED_DYNAMICS_365, 1, 0, 0, null,
                new TestDriveSettings("https://user@contoso.crm.dynamics.com", TRIGGER, "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b",
                        "Sales", null)))).as("no credentials in the address").containsOnlyKeys("instanceUrl");
    }

    @Test
    void aPowerBiTestDriveNeedsAnHttpsReportLinkAndNoInstances() {
        TestDriveSettings report = new TestDriveSettings(null, null, null, null, "https://app.powerbi.com/view?r=eyJrIjoi");
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.POWER_BI, null, null, null, null, report))).isEmpty();
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.POWER_BI, null, null, null, null,
                new TestDriveSettings(null, null, null, null, "https://app.powerbi.com.evil.example/view"))))
                .containsExactly(Map.entry("reportUrl", "testdrive.report-url.rule"));
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.POWER_BI, null, null, null, null,
                new TestDriveSettings(null, null, null, null, "javascript:alert(1)//powerbi.com"))))
                .containsExactly(Map.entry("reportUrl", "testdrive.report-url.rule"));
        assertThat(check(OfferType.BUSINESS_APP, form(TestDriveType.POWER_BI, null, null, null, null,
                TestDriveSettings.none()))).containsExactly(Map.entry("reportUrl", "testdrive.url.required"));
    }

    @Test
    void theKindMustSuitTheOfferTypeAndTheDurationIsWholeHours() {
        GoToMarketService.TestDriveForm arm = new GoToMarketService.TestDriveForm(TestDriveType.AZURE_RESOURCE_MANAGER, 1, 0, 0,
                100, List.of("westeurope"), null, "Try it.", "Sign in.");
        assertThat(check(OfferType.BUSINESS_APP, arm))
                .containsEntry("type", "testdrive.type.not-for-offer")
                .containsEntry("durationHours", "testdrive.duration.range");
    }
}
