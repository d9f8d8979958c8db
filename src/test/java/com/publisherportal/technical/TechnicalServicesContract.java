package com.publisherportal.technical;

import com.publisherportal.attribution.CheckReport;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Technical configuration per offer type, its submission check and who may see it; runs on H2 and PostgreSQL. */
@Import(TestPlans.class)
abstract class TechnicalServicesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String APP = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Autowired SignIn signIn;
    @Autowired TechnicalConfigurationService technical;
    @Autowired OfferService offers;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer contoso(String offerId) {
        return offers.findByAddress("contoso", offerId).orElseThrow();
    }

    /** A new draft offer of Contoso's, as its owner. */
    Offer newContosoOffer(OfferType type) {
        signIn.as("owner@contoso.example");
        int n = SEQUENCE.incrementAndGet();
        return offers.create(contoso("contoso-edge").accountId(), "tech-" + type.name().toLowerCase().replace('_', '-')
                + "-" + System.nanoTime() % 100000 + n, "Technical " + n, type);
    }

    static ValidationException.Violation only(ValidationException e) {
        assertThat(e.violations()).hasSize(1);
        return e.violations().getFirst();
    }

    String sas(Instant expiry) {
        return "https://contosoimages.blob.core.windows.net/vhds/os.vhd?sv=2022-11-02&sr=b&sp=rl&se="
                + expiry.truncatedTo(ChronoUnit.SECONDS) + "&sig=c2lnbmF0dXJl";
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static String mainTemplate(String trackingGuid) {
        return """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [ %s ]
                }""".formatted(trackingGuid == null ? "" : """
                {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2020-06-01",
                  "name": "pid-%s-partnercenter",
                  "properties": { "mode": "Incremental", "template": {
                    "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                    "contentVersion": "1.0.0.0", "resources": [] } }
                }""".formatted(trackingGuid));
    }

    static final String UI_DEFINITION = "{ \"handler\": \"Microsoft.Azure.CreateUIDef\", \"version\": \"0.1.2-preview\", \"parameters\": {} }";

    @Test
    void saasSettingsAreCheckedAsHttpsUrlsAndGuidsAndSavedUnderOptimisticLocking() {
        ValidationException notHttps = catchThrowableOfType(ValidationException.class,
                () -> new SaasSettings("http://contoso.example/landing", null, null, null));
        assertThat(only(notHttps).field()).isEqualTo("landingPageUrl");
        assertThat(only(notHttps).messageKey()).isEqualTo("technical.url-not-https");
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> new SaasSettings("https://contoso.example/landing", "not a url", "72f988bf-86f1-41af-91ab", "x"));
        assertThat(bad.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("webhookUrl", "technical.url-invalid"),
                        org.assertj.core.groups.Tuple.tuple("tenantId", "technical.guid-invalid"),
                        org.assertj.core.groups.Tuple.tuple("applicationId", "technical.guid-invalid"));

        Offer saas = newContosoOffer(OfferType.SAAS);
        // Incomplete: the submission check names each missing field.
        assertThat(technical.check(saas)).extracting(ValidationException.Violation::messageKey)
                .containsOnly("technical.submit.missing").hasSize(4);
        TechnicalConfiguration saved = technical.saveSaas(saas.id(), new SaasSettings("https://contoso.example/landing",
                "https://contoso.example/webhook", TENANT, APP), 0);
        assertThat(saved.saas().tenantId()).isEqualTo(TENANT);
        assertThat(technical.check(saas)).isEmpty();
        assertThatThrownBy(() -> technical.saveSaas(saas.id(), new SaasSettings("https://contoso.example/other",
                null, null, null), 0)).isInstanceOf(ConflictException.class);
        assertThat(technical.configuration(saas.id()).saas().landingPageUrl()).isEqualTo("https://contoso.example/landing");
        // Not this type's settings.
        assertThat(catchThrowableOfType(ValidationException.class, () -> technical.saveContainerImage(saas.id(),
                new ContainerImage("contoso.azurecr.io/vault", "1.0"), saved.version())).messageKey())
                .isEqualTo("technical.not-for-type");
    }

    @Test
    void aContainerImageNeedsARepositoryAndATagInDockersForm() {
        assertThat(only(catchThrowableOfType(ValidationException.class,
                () -> new ContainerImage("contoso.azurecr.io/Vault", "1.0"))).field()).isEqualTo("imageRepository");
        assertThat(only(catchThrowableOfType(ValidationException.class,
                () -> new ContainerImage("contoso.azurecr.io/vault", "-latest"))).messageKey()).isEqualTo("technical.tag-invalid");
        assertThat(new ContainerImage("contoso.azurecr.io:5000/team/vault", "v1.2.3_rc-1").tag()).isEqualTo("v1.2.3_rc-1");
        Offer container = newContosoOffer(OfferType.CONTAINER);
        assertThat(technical.check(container)).hasSize(2);
        technical.saveContainerImage(container.id(), new ContainerImage("contoso.azurecr.io/vault", "2.0.1"), 0);
        assertThat(technical.check(container)).isEmpty();
    }

    @Test
    void imageVersionsCheckTheirVersionSourceAndSasExpiry() {
        Instant now = clock.instant();
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0", OsFamily.LINUX,
                "Ubuntu", sas(now.plus(Duration.ofDays(60))), null))).messageKey()).isEqualTo("technical.version-invalid");
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0.0", OsFamily.LINUX,
                "Ubuntu", sas(now.plus(Duration.ofDays(60))).replace("https:", "http:"), null))).messageKey())
                .isEqualTo("technical.url-not-https");
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0.0", OsFamily.LINUX,
                "Ubuntu", "https://contoso.example/os.vhd?sv=1&se=2030-01-01&sig=x", null))).messageKey())
                .isEqualTo("technical.sas-host");
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0.0", OsFamily.LINUX,
                "Ubuntu", sas(now.plus(Duration.ofDays(60))).replace("&sig=c2lnbmF0dXJl", ""), null))).messageKey())
                .isEqualTo("technical.sas-parameters");
        String gallery = "/subscriptions/" + TENANT + "/resourceGroups/images-rg/providers/Microsoft.Compute/galleries/"
                + "contoso_gallery/images/secure-vm/versions/1.0.0";
        assertThat(new ImageVersion("1.0.0", OsFamily.WINDOWS, "Windows Server 2022", null, gallery).galleryImageId()).isEqualTo(gallery);
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0.0", OsFamily.LINUX,
                "Ubuntu", null, gallery.replace("/galleries/", "/gallery/")))).messageKey()).isEqualTo("technical.gallery-invalid");
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> new ImageVersion("1.0.0", OsFamily.LINUX,
                "Ubuntu", sas(now.plus(Duration.ofDays(60))), gallery))).messageKey()).isEqualTo("technical.image-source-one");

        Offer vm = newContosoOffer(OfferType.VIRTUAL_MACHINE);
        TestPlans.PLANS.put(vm.id(), List.of(new OfferPlans.PlanRef("standard", "Standard"),
                new OfferPlans.PlanRef("hardened", "Hardened")));
        // An expired signature, and one that expires before the marketplace would have copied the VHD.
        ValidationException expired = catchThrowableOfType(ValidationException.class, () -> technical.addImage(vm.id(), "standard",
                new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu", sas(now.minus(Duration.ofDays(1))), null)));
        assertThat(only(expired).messageKey()).isEqualTo("technical.sas-expired");
        assertThat(only(expired).field()).isEqualTo("vhdUrl");
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> technical.addImage(vm.id(), "standard",
                new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu", sas(now.plus(Duration.ofDays(10))), null)))).messageKey())
                .isEqualTo("technical.sas-too-short");

        technical.addImage(vm.id(), "standard", new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu 24.04",
                sas(now.plus(Duration.ofDays(30))), null));
        assertThat(only(catchThrowableOfType(ValidationException.class, () -> technical.addImage(vm.id(), "standard",
                new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu", null, gallery)))).messageKey()).isEqualTo("technical.version-taken");
        assertThat(catchThrowableOfType(ValidationException.class, () -> technical.addImage(vm.id(), "premium",
                new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu", null, gallery))).messageKey()).isEqualTo("technical.plan-unknown");

        // The plan without an image is named in the submission check, by name and id.
        List<ValidationException.Violation> violations = technical.check(vm);
        assertThat(violations).hasSize(1);
        assertThat(violations.getFirst().messageKey()).isEqualTo("technical.submit.plan-without-image");
        assertThat(violations.getFirst().arguments()).containsExactly("Hardened", "hardened");

        technical.addImage(vm.id(), "hardened", new ImageVersion("2.1.0", OsFamily.WINDOWS, "Windows Server 2022", null, gallery));
        assertThat(technical.check(vm)).isEmpty();

        // Sizes from the known list, at most six; ports once each.
        assertThat(catchThrowableOfType(ValidationException.class, () -> new VmPlanSettings(VmSizes.KNOWN.subList(0, 7), List.of()))
                .messageKey()).isEqualTo("technical.sizes-too-many");
        assertThat(catchThrowableOfType(ValidationException.class, () -> new VmPlanSettings(List.of("Standard_X99"), List.of()))
                .messageKey()).isEqualTo("technical.size-unknown");
        assertThat(catchThrowableOfType(ValidationException.class, () -> new OpenPort(70000, PortProtocol.TCP, "Web"))
                .messageKey()).isEqualTo("technical.port-invalid");
        TechnicalConfiguration saved = technical.savePlanSettings(vm.id(), "standard", new VmPlanSettings(
                List.of("Standard_D2s_v5", "Standard_D4s_v5"), List.of(new OpenPort(443, PortProtocol.TCP, "HTTPS"))), 0);
        VmPlanConfiguration standard = saved.vmPlans().stream().filter(p -> p.planId().equals("standard")).findFirst().orElseThrow();
        assertThat(standard.settings().openPorts()).containsExactly(new OpenPort(443, PortProtocol.TCP, "HTTPS"));
        assertThat(standard.images()).extracting(ImageVersion::version).containsExactly("1.0.0");
        assertThatThrownBy(() -> technical.savePlanSettings(vm.id(), "standard", VmPlanSettings.EMPTY, 0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPackageIsCheckedOnItsContentAndCarriesItsAttributionReport() {
        Offer app = newContosoOffer(OfferType.AZURE_APPLICATION);
        assertThat(technical.check(app)).extracting(ValidationException.Violation::messageKey).containsExactly("technical.submit.missing");
        ValidationException notZip = catchThrowableOfType(ValidationException.class, () -> technical.uploadPackage(app.id(),
                "package.zip", new ByteArrayInputStream(mainTemplate(null).getBytes(StandardCharsets.UTF_8)), "1.0.0", 0));
        assertThat(notZip.messageKey()).isEqualTo("technical.package-not-zip");
        ValidationException noUi = catchThrowableOfType(ValidationException.class, () -> technical.uploadPackage(app.id(),
                "package.zip", new ByteArrayInputStream(zip(Map.of("mainTemplate.json",
                        mainTemplate(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE)))), "1.0.0", 0));
        assertThat(noUi.messageKey()).isEqualTo("technical.package-missing-file");
        assertThat(noUi.arguments()).containsExactly("createUiDefinition.json");
        ValidationException notJson = catchThrowableOfType(ValidationException.class, () -> technical.uploadPackage(app.id(),
                "package.zip", new ByteArrayInputStream(zip(Map.of("mainTemplate.json", mainTemplate(null),
                        "createUiDefinition.json", "{ not json"))), "1.0.0", 0));
        assertThat(notJson.messageKey()).isEqualTo("technical.package-not-json");
        assertThat(catchThrowableOfType(ValidationException.class, () -> technical.uploadPackage(app.id(), "package.zip",
                new ByteArrayInputStream(new byte[0]), "v1", 0)).messageKey()).isEqualTo("technical.version-invalid");
        assertThat(technical.configuration(app.id()).appPackage()).isEmpty();

        // Without a tracking deployment the attribution check fails: stored, shown, and it blocks the submission.
        Map<String, String> untracked = new LinkedHashMap<>();
        untracked.put("mainTemplate.json", mainTemplate(null));
        untracked.put("createUiDefinition.json", UI_DEFINITION);
        TechnicalConfiguration failed = technical.uploadPackage(app.id(), "app-1.0.0.zip",
                new ByteArrayInputStream(zip(untracked)), "1.0.0", 0);
        assertThat(failed.appPackage().orElseThrow().verdict()).isEqualTo(CheckReport.Verdict.ERROR);
        assertThat(failed.appPackage().orElseThrow().findings()).extracting(AppPackage.PackageFinding::key)
                .contains("attribution.check.no-tracking-deployment");
        assertThat(technical.check(app)).extracting(ValidationException.Violation::messageKey)
                .containsExactly("technical.submit.package-attribution-error");

        Map<String, String> tracked = new LinkedHashMap<>();
        tracked.put("mainTemplate.json", mainTemplate(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE));
        tracked.put("createUiDefinition.json", UI_DEFINITION);
        // Zipped once: an entry carries the time it was zipped, so a second zip may differ from the upload.
        byte[] trackedPackage = zip(tracked);
        TechnicalConfiguration passed = technical.uploadPackage(app.id(), "app-1.1.0.zip",
                new ByteArrayInputStream(trackedPackage), "1.1.0", failed.version());
        AppPackage stored = passed.appPackage().orElseThrow();
        assertThat(stored.verdict()).isNotEqualTo(CheckReport.Verdict.ERROR);
        assertThat(stored.version()).isEqualTo("1.1.0");
        assertThat(stored.fileName()).isEqualTo("app-1.1.0.zip");
        assertThat(technical.check(app)).isEmpty();
        assertThat(technical.packageContent(app.id()).orElseThrow()).isEqualTo(trackedPackage);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        Offer app = newContosoOffer(OfferType.AZURE_APPLICATION);
        Map<String, String> bomb = new LinkedHashMap<>();
        bomb.put("mainTemplate.json", mainTemplate(null));
        bomb.put("createUiDefinition.json", UI_DEFINITION);
        bomb.put("padding.txt", "0".repeat((int) PackageInspector.MAX_UNCOMPRESSED_BYTES + 1));
        assertThat(catchThrowableOfType(ValidationException.class, () -> technical.uploadPackage(app.id(), "bomb.zip",
                new ByteArrayInputStream(zip(bomb)), "1.0.0", 0)).messageKey()).isEqualTo("technical.package-too-large-unpacked");
    }

    @Test
    void theDemoOffersThatAreSubmittedOrLiveAreComplete() {
        signIn.as("reviewer@portal.example");
        for (String address : List.of("contoso.contoso-analytics", "fabrikam.fabrikam-sync", "fabrikam.fabrikam-backup",
                "fabrikam.fabrikam-vault", "contoso.contoso-edge", "contoso.contoso-advisory")) {
            String[] parts = address.split("\\.");
            Offer offer = offers.findByAddress(parts[0], parts[1]).orElseThrow();
            assertThat(technical.check(offer)).as(address).isEmpty();
        }
        AppPackage backup = technical.configuration(offers.findByAddress("fabrikam", "fabrikam-backup").orElseThrow().id())
                .appPackage().orElseThrow();
        assertThat(backup.verdict()).isNotEqualTo(CheckReport.Verdict.ERROR);
    }

    @Test
    void fabrikamCannotReadOrChangeContososConfigurationAndAMarketerOnlyReads() {
        Offer saas = newContosoOffer(OfferType.SAAS);
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> technical.configuration(saas.id()))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> technical.saveSaas(saas.id(), new SaasSettings("https://fabrikam.example/x", null, null, null), 0))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> technical.packageContent(contoso("contoso-analytics").id()))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        signIn.as("marketer@contoso.example");
        assertThat(technical.configuration(saas.id()).offerId()).isEqualTo(saas.id());
        assertThat(technical.mayEdit(saas.id())).isFalse();
        assertThatThrownBy(() -> technical.saveSaas(saas.id(), new SaasSettings("https://contoso.example/x", null, null, null), 0))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("reviewer@portal.example");
        assertThat(technical.configuration(contoso("contoso-analytics").id()).saas().landingPageUrl()).startsWith("https://");
        assertThat(technical.mayEdit(saas.id())).isFalse();
    }
}
