package com.publisherportal.attribution;

import com.publisherportal.attribution.CheckReport.Finding;
import com.publisherportal.attribution.CheckReport.Placement;
import com.publisherportal.attribution.CheckReport.RegistrationStatus;
import com.publisherportal.attribution.CheckReport.Severity;
import com.publisherportal.attribution.CheckReport.TrackingDeployment;
import com.publisherportal.attribution.CheckReport.Verdict;
import com.publisherportal.attribution.TemplateRejectedException.Reason;
import com.publisherportal.common.ui.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The ARM template checker on its own: templates, packages, expressions and hostile input. */
class TemplateCheckerTest {

    /** Registered to "us", the publisher running the check. */
    static final String OURS = "d62b7d1f-bb7f-49d8-af6b-2d74d3bb033f";
    static final String OURS_RETIRED = "11e5eb32-a781-44da-b1e0-7e18e7245355";
    /** Registered to another publisher: the checker's registry simply does not have it. */
    static final String SOMEONE_ELSES = "678679f2-b7b2-4ba3-a506-99a497996b7b";

    private static final PortalI18NProvider TEXTS = new PortalI18NProvider();
    private final TemplateChecker checker = new TemplateChecker(guid -> Optional.ofNullable(Map.of(
            OURS, registered(OURS, null), OURS_RETIRED, registered(OURS_RETIRED, Instant.parse("2026-01-05T10:00:00Z")))
            .get(guid.value())));

    private static RegisteredGuid registered(String guid, Instant retiredAt) {
        return new RegisteredGuid(1, new TrackingGuid(guid), 7, 70L, "contoso-analytics", "Contoso Analytics",
                DistributionChannel.MARKETPLACE, null, null, "Solution template", "developer@contoso.example",
                Instant.parse("2025-06-01T10:00:00Z"), retiredAt);
    }

    // --- Building inputs.

    static String tracking(String name) {
        return tracking(name, "");
    }

    /** A tracking deployment resource; {@code extra} adds properties such as a condition. */
    static String tracking(String name, String extra) {
        return """
                {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2020-06-01",
                  "name": "%s",%s
                  "properties": {
                    "mode": "Incremental",
                    "template": {
                      "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                      "contentVersion": "1.0.0.0",
                      "resources": []
                    }
                  }
                }""".formatted(name, extra.isEmpty() ? "" : "\n  " + extra + ",");
    }

    static final String STORAGE = """
            {
              "type": "Microsoft.Storage/storageAccounts",
              "apiVersion": "2023-01-01",
              "name": "[parameters('storageName')]",
              "location": "[resourceGroup().location]",
              "sku": { "name": "Standard_LRS" },
              "kind": "StorageV2"
            }""";

    static String templateWith(String parameters, String variables, String... resources) {
        return """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": { %s },
                  "variables": { %s },
                  "resources": [ %s ]
                }""".formatted(parameters, variables, String.join(",\n", resources));
    }

    static String template(String... resources) {
        return templateWith("\"storageName\": { \"type\": \"string\", \"defaultValue\": \"contosodata\" }", "", resources);
    }

    /** An ordinary deployment whose inline template holds {@code inner}. */
    static String nestedDeployment(String inner) {
        return """
                {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2022-09-01",
                  "name": "storageDeployment",
                  "properties": {
                    "mode": "Incremental",
                    "template": {
                      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                      "contentVersion": "1.0.0.0",
                      "resources": [ %s ]
                    }
                  }
                }""".formatted(inner);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private CheckReport check(String json) {
        return checker.checkTemplate("mainTemplate.json", utf8(json));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    private static String english(Finding finding) {
        return TEXTS.getTranslation(finding.key(), Locale.ENGLISH, finding.arguments().toArray());
    }

    private static Reason refusal(Runnable check) {
        return catchThrowableOfType(TemplateRejectedException.class, check::run).reason();
    }

    // --- The documentation's own sample and plain templates.

    @Test
    void theSeedsSampleResourceWithItsCommentsIsRecognisedAndItsPlaceholderRefused() throws IOException {
        byte[] sample;
        try (var in = getClass().getResourceAsStream("/attribution/seed-sample-resource.json")) {
            sample = in.readAllBytes();
        }
        CheckReport report = checker.checkTemplate("mainTemplate.json", sample);

        assertThat(keys(report.findings())).containsExactly("attribution.check.fragment");
        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(report.trackingDeployments()).hasSize(1);
        assertThat(found.placement()).isEqualTo(Placement.MAIN);
        assertThat(found.nameAsWritten()).isEqualTo("pid-XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX");
        assertThat(found.apiVersion()).isEqualTo("2018-02-01");
        assertThat(found.wellFormed()).isFalse();
        assertThat(found.registration()).isNull();
        assertThat(found.findings().stream().map(TemplateCheckerTest::english)).contains(
                "The name does not carry a well-formed GUID after pid-: “XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX”.",
                "“X” at position 1 is not a hexadecimal digit: a GUID uses only 0–9, a–f and hyphens.",
                "apiVersion 2018-02-01 works; 2020-06-01 is current.");
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void theSampleWithARealGuidInsideATemplateWithCommentsAndAByteOrderMarkIsOk() throws IOException {
        String sample;
        try (var in = getClass().getResourceAsStream("/attribution/seed-sample-resource.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", OURS.toUpperCase(Locale.ROOT));
        }
        String json = "/* Contoso Analytics, solution template */\n" + template(STORAGE, sample);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(utf8(json));

        CheckReport report = checker.checkTemplate("mainTemplate.json", bom.toByteArray());

        assertThat(report.findings()).isEmpty();
        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(found.path()).isEqualTo("resources[1]");
        assertThat(found.guid()).isEqualTo(OURS);
        assertThat(found.registration()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(found.offerName()).isEqualTo("Contoso Analytics");
        assertThat(found.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(report.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void thePortalsOwnArmSnippetPassesTheCheck() {
        String resource = Snippets.code(Snippets.Kind.ARM, new TrackingGuid(OURS));
        CheckReport report = check(template(STORAGE, resource));
        assertThat(report.verdict()).isEqualTo(Verdict.OK);
        assertThat(report.trackingDeployments()).singleElement()
                .satisfies(d -> assertThat(keys(d.findings())).containsExactly("attribution.check.registered"));
    }

    @Test
    void aTemplateWithoutTrackingDeploymentIsReportedAsSuch() {
        CheckReport report = check(template(STORAGE, nestedDeployment(STORAGE)));
        assertThat(report.trackingDeployments()).isEmpty();
        assertThat(keys(report.findings())).containsExactly("attribution.check.no-tracking-deployment");
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(keys(check("{ \"$schema\": \"x\", \"contentVersion\": \"1.0.0.0\" }").findings()))
                .containsExactly("attribution.check.not-a-template");
    }

    @Test
    void aFileNotNamedLikeAMainTemplateIsNotedButChecked() {
        CheckReport report = checker.checkTemplate("template.json", utf8(template(tracking("pid-" + OURS))));
        assertThat(keys(report.findings())).containsExactly("attribution.check.main-file-name");
        assertThat(report.verdict()).isEqualTo(Verdict.OK);
        assertThat(checker.checkTemplate("C:\\build\\AzureDeploy.json", utf8(template(tracking("pid-" + OURS))))
                .findings()).isEmpty();
    }

    // --- Placement.

    @Test
    void aTrackingDeploymentOnlyInANestedTemplateIsAnError() {
        CheckReport report = check(template(STORAGE, nestedDeployment(tracking("pid-" + OURS))));
        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(found.placement()).isEqualTo(Placement.NESTED);
        assertThat(found.path()).isEqualTo("resources[1].properties.template.resources[0]");
        assertThat(found.findings().getFirst()).isEqualTo(Finding.of(Severity.ERROR, "attribution.check.nested-only"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void theSameGuidInTheMainTemplateToo_makesTheNestedCopyHarmless() {
        CheckReport report = check(template(tracking("pid-" + OURS), nestedDeployment(tracking("pid-" + OURS))));
        assertThat(report.trackingDeployments()).extracting(TrackingDeployment::placement)
                .containsExactly(Placement.MAIN, Placement.NESTED);
        assertThat(keys(report.trackingDeployments().get(1).findings())).first().isEqualTo("attribution.check.also-in-main");
        assertThat(report.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aTrackingDeploymentOnlyInALinkedTemplateOfThePackageIsAnError() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mainTemplate.json", utf8(template(STORAGE)));
        files.put("nestedtemplates/tracking.json", utf8(template(tracking("pid-" + OURS))));
        files.put("createUiDefinition.json", utf8("{ \"$schema\": \"https://schema.management.azure.com/schemas/0.1.2-preview/CreateUIDefinition.MultiVm.json#\", \"handler\": \"Microsoft.Azure.CreateUIDef\" }"));
        files.put("scripts/install.sh", utf8("#!/bin/sh\necho installed\n"));

        CheckReport report = checker.checkPackage(zip(files));

        assertThat(report.mainTemplate()).isEqualTo("mainTemplate.json");
        assertThat(report.files()).containsExactly("mainTemplate.json", "nestedtemplates/tracking.json");
        assertThat(report.trackingDeployments()).singleElement().satisfies(d -> {
            assertThat(d.placement()).isEqualTo(Placement.LINKED);
            assertThat(d.findings().getFirst()).isEqualTo(
                    Finding.of(Severity.ERROR, "attribution.check.linked-only", "nestedtemplates/tracking.json"));
        });
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void aPackageWithTheTrackingDeploymentInItsMainTemplateIsOk() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("contoso-analytics/", new byte[0]);
        files.put("contoso-analytics/nestedtemplates/storage.json", utf8(template(STORAGE)));
        files.put("contoso-analytics/mainTemplate.json", utf8("// main\n" + template(STORAGE, tracking("pid-" + OURS))));
        files.put("contoso-analytics/broken.json", utf8("{ not json"));
        files.put("contoso-analytics/regions.json", utf8("[\"westeurope\", \"eastus\"]"));

        CheckReport report = checker.check("package.zip", zip(files));

        assertThat(report.mainTemplate()).isEqualTo("contoso-analytics/mainTemplate.json");
        assertThat(report.trackingDeployments()).singleElement()
                .satisfies(d -> assertThat(d.placement()).isEqualTo(Placement.MAIN));
        assertThat(report.findings()).containsExactly(
                Finding.of(Severity.WARNING, "attribution.check.file-skipped", "contoso-analytics/broken.json"));
        assertThat(report.verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void aPackageWithoutMainTemplateSaysSo() {
        CheckReport report = checker.checkPackage(zip(Map.of("templates/storage.json", utf8(template(STORAGE)))));
        assertThat(report.mainTemplate()).isNull();
        assertThat(keys(report.findings())).containsExactly("attribution.check.no-main-template");
        assertThat(checker.checkPackage(zip(Map.of())).verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void symbolicNameTemplatesAndChildResourcesAreSearchedToo() {
        String symbolic = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "languageVersion": "2.0",
                  "contentVersion": "1.0.0.0",
                  "resources": { "partnerAttribution": %s }
                }""".formatted(tracking("pid-" + OURS));
        assertThat(check(symbolic).trackingDeployments()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("resources['partnerAttribution']"));
    }

    // --- Names written as expressions.

    @Test
    void concatOfAParameterDefaultResolves() {
        CheckReport report = check(templateWith("""
                "trackingGuid": { "type": "string", "defaultValue": "%s" }""".formatted(OURS), "",
                tracking("[concat('pid-', parameters('trackingGuid'))]")));
        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(found.nameAsWritten()).isEqualTo("[concat('pid-', parameters('trackingGuid'))]");
        assertThat(found.resolvedName()).isEqualTo("pid-" + OURS);
        assertThat(found.guid()).isEqualTo(OURS);
        assertThat(found.findings()).contains(
                Finding.of(Severity.INFO, "attribution.check.name-from-parameter", "trackingGuid"));
        assertThat(report.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void formatOfAVariableResolvesThroughVariablesAndParameters() {
        String parameters = "\"partnerGuid\": { \"type\": \"string\", \"defaultValue\": \"%s\" }".formatted(OURS.toUpperCase(Locale.ROOT));
        String variables = """
                "ids": { "tracking": "[toLower(parameters('partnerGuid'))]" },
                "y": "[variables('ids').tracking]",
                "pid": "[format('pid-{0}', variables('y'))]" """;
        CheckReport report = check(templateWith(parameters, variables,
                tracking("[format('pid-{0}', variables('y'))]"),
                tracking("[variables('pid')]", "\"comments\": \"the same, twice\"")));
        assertThat(report.trackingDeployments()).extracting(TrackingDeployment::resolvedName)
                .containsExactly("pid-" + OURS, "pid-" + OURS);
        // Two resources with one name in one template: the deployment itself would fail.
        assertThat(report.trackingDeployments().getFirst().findings())
                .contains(Finding.of(Severity.ERROR, "attribution.check.duplicate-name", 2));
    }

    @Test
    void namesThatCannotBeKnownBeforeDeploymentAreReportedNotGuessed() {
        CheckReport report = check(templateWith("\"g\": { \"type\": \"string\" }", "",
                tracking("[concat('pid-', parameters('g'))]"),
                tracking("[concat('pid-', uniqueString(resourceGroup().id))]"),
                tracking("[concat('pid-', variables('missing'))]")));
        assertThat(report.trackingDeployments()).hasSize(3).allSatisfy(d -> assertThat(d.guid()).isNull());
        assertThat(report.trackingDeployments().stream().map(d -> d.findings().getFirst()).toList()).containsExactly(
                Finding.of(Severity.WARNING, "attribution.check.unresolved.parameter-no-default", "g"),
                Finding.of(Severity.WARNING, "attribution.check.unresolved.function", "uniqueString"),
                Finding.of(Severity.WARNING, "attribution.check.unresolved.unknown-variable", "missing"));
        assertThat(report.verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void aDeploymentWhoseNameIsNotAPidIsOrdinaryAndNotReported() {
        CheckReport report = check(template(tracking("[concat('storage-', parameters('storageName'))]")));
        assertThat(report.trackingDeployments()).isEmpty();
        assertThat(keys(report.findings())).containsExactly("attribution.check.no-tracking-deployment");
    }

    @Test
    void variablesThatReferToThemselvesDoNotLoopForever() {
        CheckReport report = check(templateWith("", "\"a\": \"[variables('b')]\", \"b\": \"[variables('a')]\"",
                tracking("[concat('pid-', variables('a'))]")));
        assertThat(report.trackingDeployments().getFirst().findings().getFirst().key())
                .isEqualTo("attribution.check.unresolved.too-deep");
    }

    @Test
    void expressionsThatWouldGrowWithoutBoundAreGivenUpQuickly() {
        // v0 = "x", v1 = v0+v0, … v40 = 2^40 characters if it were worked out.
        StringBuilder variables = new StringBuilder("\"v0\": \"x\"");
        for (int i = 1; i <= 40; i++) {
            variables.append(", \"v").append(i).append("\": \"[concat(variables('v").append(i - 1)
                    .append("'), variables('v").append(i - 1).append("'))]\"");
        }
        String replaceBomb = "[replace(replace(replace('pid-xxxxxxxxxx', 'x', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), "
                + "'x', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), 'x', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')]";
        long started = System.nanoTime();
        CheckReport report = check(templateWith("", variables.toString(),
                tracking("[concat('pid-', variables('v40'))]"), tracking(replaceBomb)));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(report.trackingDeployments()).hasSize(2).allSatisfy(d -> assertThat(d.findings().getFirst().key())
                .isEqualTo("attribution.check.unresolved.too-deep"));
    }

    // --- GUIDs, registration, condition, apiVersion, mode.

    @Test
    void aGuidOfAnotherPublisherIsNotRegisteredToYouAndARetiredOneIsAWarning() {
        CheckReport theirs = check(template(tracking("pid-" + SOMEONE_ELSES)));
        TrackingDeployment found = theirs.trackingDeployments().getFirst();
        assertThat(found.registration()).isEqualTo(RegistrationStatus.NOT_REGISTERED_TO_YOU);
        assertThat(found.offerName()).isNull();
        assertThat(english(found.findings().getFirst())).startsWith("The GUID is not registered to you");
        assertThat(theirs.verdict()).isEqualTo(Verdict.ERROR);

        CheckReport retired = check(template(tracking("pid-" + OURS_RETIRED)));
        assertThat(retired.trackingDeployments().getFirst().registration()).isEqualTo(RegistrationStatus.RETIRED);
        assertThat(retired.verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void partnerCenterTrackingIdsAreRecognised() {
        CheckReport ours = check(template(tracking("pid-" + OURS + "-partnercenter")));
        TrackingDeployment found = ours.trackingDeployments().getFirst();
        assertThat(found.partnerCenter()).isTrue();
        assertThat(found.guid()).isEqualTo(OURS);
        assertThat(keys(found.findings())).containsExactly("attribution.check.partner-center", "attribution.check.registered");
        assertThat(ours.verdict()).isEqualTo(Verdict.OK);

        CheckReport unknown = check(template(tracking("pid-" + SOMEONE_ELSES + "-PartnerCenter")));
        assertThat(unknown.trackingDeployments().getFirst().registration()).isEqualTo(RegistrationStatus.NOT_REGISTERED_TO_YOU);
        assertThat(unknown.verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void aMalformedGuidInANameIsRefusedWithTheGroupNamed() {
        CheckReport report = check(template(tracking("pid-eb7927c8-dd66-43e1-b0cf-c346a422063")));
        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(found.wellFormed()).isFalse();
        assertThat(found.findings().stream().map(TemplateCheckerTest::english))
                .contains("The last group has 11 hex digits; it needs 12.");
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void aConditionThatMaySwitchTheDeploymentOffIsReported() {
        String parameters = """
                "addTracking": { "type": "bool", "defaultValue": true },
                "optIn": { "type": "bool", "defaultValue": false },
                "environment": { "type": "string" }""";
        CheckReport report = check(templateWith(parameters, "\"off\": false",
                tracking("pid-" + OURS, "\"condition\": false"),
                tracking("pid-" + OURS, "\"condition\": \"[parameters('addTracking')]\""),
                tracking("pid-" + OURS, "\"condition\": \"[parameters('optIn')]\""),
                tracking("pid-" + OURS, "\"condition\": \"[equals(parameters('environment'), 'prod')]\""),
                tracking("pid-" + OURS, "\"condition\": \"[not(variables('off'))]\"")));
        List<TrackingDeployment> found = report.trackingDeployments();
        assertThat(found.get(0).condition()).isEqualTo("false");
        assertThat(found.get(0).findings()).contains(Finding.of(Severity.ERROR, "attribution.check.condition-false", "false"));
        assertThat(found.get(1).findings()).contains(Finding.of(Severity.WARNING, "attribution.check.condition-parameter",
                "[parameters('addTracking')]", "addTracking"));
        assertThat(found.get(2).findings()).contains(Finding.of(Severity.WARNING,
                "attribution.check.condition-default-false", "[parameters('optIn')]", "optIn"));
        assertThat(keys(found.get(3).findings())).contains("attribution.check.condition-unknown");
        assertThat(keys(found.get(4).findings())).doesNotContainAnyElementsOf(List.of("attribution.check.condition-false",
                "attribution.check.condition-unknown", "attribution.check.condition-parameter"));
    }

    @Test
    void apiVersionModeAndInnerTemplateAreChecked() {
        String noApiVersion = tracking("pid-" + OURS).replace("\"apiVersion\": \"2020-06-01\",", "");
        String complete = tracking("pid-" + OURS).replace("Incremental", "Complete");
        String linked = """
                { "type": "microsoft.resources/DEPLOYMENTS", "apiVersion": "2021-04-01", "name": "pid-%s",
                  "properties": { "mode": "Incremental", "templateLink": { "uri": "https://example.org/t.json" } } }"""
                .formatted(OURS);
        String busy = tracking("pid-" + OURS).replace("\"resources\": []", "\"resources\": [" + STORAGE + "]");
        CheckReport report = checker.checkTemplate("azuredeploy.json", utf8(template(noApiVersion)));
        assertThat(report.trackingDeployments().getFirst().findings())
                .contains(Finding.of(Severity.ERROR, "attribution.check.api-version-missing", "2020-06-01"));
        assertThat(check(template(complete)).trackingDeployments().getFirst().findings())
                .contains(Finding.of(Severity.ERROR, "attribution.check.mode-not-incremental", "Complete"));
        assertThat(keys(check(template(linked)).trackingDeployments().getFirst().findings()))
                .containsExactly("attribution.check.registered", "attribution.check.template-link");
        assertThat(keys(check(template(busy)).trackingDeployments().getFirst().findings()))
                .contains("attribution.check.template-not-empty");
    }

    // --- Hostile input.

    @Test
    void somethingThatIsNotJsonIsRefusedWithWhereItBreaks() {
        TemplateRejectedException e = catchThrowableOfType(TemplateRejectedException.class,
                () -> checker.checkTemplate("mainTemplate.json", utf8("{\n  \"resources\": [\n    oops\n  ]\n}")));
        assertThat(e.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(e.arguments()).startsWith("mainTemplate.json", 3);
        assertThat(refusal(() -> check("<html>not a template</html>"))).isEqualTo(Reason.NOT_JSON);
        assertThat(refusal(() -> check(template(STORAGE) + " trailing"))).isEqualTo(Reason.NOT_JSON);
        assertThat(refusal(() -> check("[1, 2, 3]"))).isEqualTo(Reason.NOT_AN_OBJECT);
        assertThat(refusal(() -> check("  // only a comment\n"))).isEqualTo(Reason.EMPTY);
        assertThat(refusal(() -> checker.checkTemplate("mainTemplate.json", new byte[0]))).isEqualTo(Reason.EMPTY);
        assertThat(refusal(() -> checker.checkTemplate("mainTemplate.json", new byte[]{(byte) 0xC3, 0x28})))
                .isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void aTemplateOverFourMegabytesIsRefused() {
        String padding = "\"" + "x".repeat(TemplateChecker.MAX_TEMPLATE_BYTES) + "\"";
        assertThat(refusal(() -> check("{ \"description\": " + padding + " }"))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void readingABodyStopsAtTheLimit() throws IOException {
        byte[] exactly = new byte[1024];
        assertThat(TemplateChecker.readAtMost(new ByteArrayInputStream(exactly), 1024, "body")).hasSize(1024);
        assertThat(refusal(() -> {
            try {
                TemplateChecker.readAtMost(new ByteArrayInputStream(new byte[1025]), 1024, "body");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).isEqualTo(Reason.TOO_LARGE);
    }

    static String nested(int depth) {
        // The template object itself is level 1; each "x" adds one level.
        return "{ \"resources\": [], " + "\"x\": {".repeat(depth - 1) + "}".repeat(depth - 1) + " }";
    }

    @Test
    void nestingDeeperThanSixtyFourIsRefused() {
        assertThat(check(nested(64)).findings()).isNotEmpty();
        assertThat(refusal(() -> check(nested(65)))).isEqualTo(Reason.TOO_DEEP);
        assertThat(refusal(() -> check("[".repeat(100_000)))).isEqualTo(Reason.TOO_DEEP);
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThat(refusal(() -> checker.checkPackage(utf8("just text")))).isEqualTo(Reason.NOT_ZIP);
        byte[] truncated = java.util.Arrays.copyOf(zip(Map.of("mainTemplate.json", utf8(template(tracking("pid-" + OURS))))), 60);
        assertThat(refusal(() -> checker.check("package.zip", truncated))).isEqualTo(Reason.NOT_ZIP);
        assertThat(refusal(() -> checker.check("package.zip", utf8(template(STORAGE))))).isEqualTo(Reason.NOT_ZIP);
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i <= TemplateChecker.MAX_ENTRIES; i++) {
            files.put("file-" + i + ".txt", new byte[0]);
        }
        assertThat(refusal(() -> checker.checkPackage(zip(files)))).isEqualTo(Reason.TOO_MANY_ENTRIES);
        files.remove("file-0.txt");
        assertThat(checker.checkPackage(zip(files)).findings()).extracting(Finding::key)
                .containsExactly("attribution.check.no-main-template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../mainTemplate.json", "nested/../../evil.json", "/etc/mainTemplate.json",
            "C:\\temp\\mainTemplate.json", "..\\..\\evil.json", "..", "a/../.."})
    void zipEntriesEscapingTheArchiveAreRefused(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mainTemplate.json", utf8(template(tracking("pid-" + OURS))));
        files.put(name, utf8("{}"));
        assertThat(refusal(() -> checker.checkPackage(zip(files)))).isEqualTo(Reason.UNSAFE_PATH);
    }

    @Test
    void entriesThatStayInsideTheArchiveAreFine() {
        assertThat(TemplateChecker.safeEntryName("pkg/./nested/../mainTemplate.json")).isEqualTo("pkg/mainTemplate.json");
        assertThat(TemplateChecker.safeEntryName("pkg\\nestedtemplates\\a.json")).isEqualTo("pkg/nestedtemplates/a.json");
    }

    @Test
    void aZipThatInflatesBeyondTwentyMegabytesIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mainTemplate.json", utf8(template(tracking("pid-" + OURS))));
        for (int i = 0; i < 6; i++) {
            files.put("disk-" + i + ".vhd", new byte[4 * 1024 * 1024]);
        }
        byte[] bomb = zip(files);
        assertThat(bomb.length).isLessThan(200_000);
        assertThat(refusal(() -> checker.checkPackage(bomb))).isEqualTo(Reason.UNCOMPRESSED_TOO_LARGE);
    }

    @Test
    void aJsonEntryOverFourMegabytesAndADuplicateEntryAreRefused() {
        byte[] big = new byte[TemplateChecker.MAX_TEMPLATE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(refusal(() -> checker.checkPackage(zip(Map.of("nestedtemplates/big.json", big)))))
                .isEqualTo(Reason.TOO_LARGE);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("mainTemplate.json"));
            out.write(utf8(template(tracking("pid-" + OURS))));
            out.putNextEntry(new ZipEntry("x/../MainTemplate.json"));
            out.write(utf8(template(STORAGE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(refusal(() -> checker.checkPackage(bytes.toByteArray()))).isEqualTo(Reason.DUPLICATE_ENTRY);
    }

    @Test
    void aPackageOverTwentyMegabytesIsRefusedBeforeItIsOpened() {
        byte[] huge = new byte[TemplateChecker.MAX_PACKAGE_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        assertThat(refusal(() -> checker.checkPackage(huge))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aGuidRegisteredWithoutAnOfferIsNamedByItsDescription() {
        String quickstart = "3f2b9c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b";
        TemplateChecker withQuickstart = new TemplateChecker(guid -> Optional.ofNullable(Map.of(quickstart,
                new RegisteredGuid(2, new TrackingGuid(quickstart), 7, null, null, null,
                        DistributionChannel.QUICKSTART_TEMPLATE, null, null, "Contoso quickstart sample",
                        "developer@contoso.example", Instant.parse("2025-06-01T10:00:00Z"), null)).get(guid.value())));

        CheckReport report = withQuickstart.checkTemplate("azuredeploy.json", utf8(template(tracking("pid-" + quickstart))));

        TrackingDeployment found = report.trackingDeployments().getFirst();
        assertThat(found.registration()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(found.offerId()).isNull();
        assertThat(found.offerName()).isNull();
        assertThat(found.findings()).extracting(TemplateCheckerTest::english)
                .contains("The GUID is registered to you, for Contoso quickstart sample.");
    }
}
