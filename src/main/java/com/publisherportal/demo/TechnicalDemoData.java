package com.publisherportal.demo;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.attribution.CheckReport;
import com.publisherportal.attribution.RegisteredGuid;
import com.publisherportal.attribution.TemplateChecker;
import com.publisherportal.attribution.TrackingGuidRepository;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.technical.AppPackage;
import com.publisherportal.technical.ContainerImage;
import com.publisherportal.technical.ImageVersion;
import com.publisherportal.technical.OsFamily;
import com.publisherportal.technical.SaasSettings;
import com.publisherportal.technical.TechnicalConfigurationRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Demo technical configuration, complete for the offers that are submitted or live (so they can be
 * submitted again): SaaS landing pages and Entra ids, Fabrikam Backup's package (checked for its
 * tracking GUID), the container images, and an image version in each of Contoso Secure VM's plans
 * when plans exist (after the plans' demo data).
 */
@Component
@Order(57)
public class TechnicalDemoData implements DemoStep {

    private final PublisherAccountRepository accounts;
    private final OfferRepository offers;
    private final TechnicalConfigurationRepository technical;
    private final TrackingGuidRepository guids;
    private final List<OfferPlans> plans;
    private final Clock clock;

    TechnicalDemoData(PublisherAccountRepository accounts, OfferRepository offers, TechnicalConfigurationRepository technical,
                      TrackingGuidRepository guids, List<OfferPlans> plans, Clock clock) {
        this.accounts = accounts;
        this.offers = offers;
        this.technical = technical;
        this.guids = guids;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!technical.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        offer("contoso", "contoso-analytics").ifPresent(o -> technical.saveSaas(o.id(), new SaasSettings(
                "https://analytics.contoso.example/marketplace/landing", "https://analytics.contoso.example/marketplace/webhook",
                "4f1c2a7e-8b3d-4e6f-9a1b-2c3d4e5f6a7b", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"), 0, null, now));
        offer("fabrikam", "fabrikam-sync").ifPresent(o -> technical.saveSaas(o.id(), new SaasSettings(
                "https://sync.fabrikam.example/signup", "https://sync.fabrikam.example/api/marketplace-events",
                "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f"), 0, null, now));
        offer("fabrikam", "fabrikam-vault").ifPresent(o -> technical.saveImage(o.id(),
                new ContainerImage("fabrikam.azurecr.io/vault", "2.4.1"), 0, null, now));
        offer("contoso", "contoso-edge").ifPresent(o -> technical.saveImage(o.id(),
                new ContainerImage("contoso.azurecr.io/edge-agent", "1.0.3"), 0, null, now));
        offer("fabrikam", "fabrikam-backup").ifPresent(o -> {
            byte[] zip = backupPackage();
            CheckReport report = new TemplateChecker(registryOf(o.accountId())).checkPackage(zip);
            technical.savePackage(o.id(), zip, new AppPackage("fabrikam-backup-3.2.0.zip", zip.length, "3.2.0",
                    report.verdict(), report.allFindings().map(f -> new AppPackage.PackageFinding(f.severity(), f.key(),
                    f.arguments().stream().map(String::valueOf).toList())).toList(), now), 0, null, now);
        });
        offer("contoso", "contoso-secure-vm").ifPresent(o -> {
            // A VHD signed for a year from the seeding, so it stays valid for the demo's life.
            String expiry = DateTimeFormatter.ISO_INSTANT.format(now.plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));
            plans.stream().flatMap(p -> p.plansOf(o.id()).stream()).forEach(plan -> technical.addImage(o.id(), plan.planId(),
                    new ImageVersion("1.0.0", OsFamily.LINUX, "Ubuntu Server 24.04 LTS",
                            "https://contosoimages.blob.core.windows.net/vhds/" + plan.planId() + "-1.0.0.vhd?sv=2022-11-02&sr=b&sp=rl&se="
                                    + expiry + "&sig=ZGVtby1zaWduYXR1cmU%3D", null), now));
        });
    }

    private Optional<Offer> offer(String publisherId, String offerId) {
        return accounts.findByPublisherId(publisherId).flatMap(a -> offers.findByAccountIdAndOfferId(a.id(), offerId));
    }

    private Function<com.publisherportal.attribution.TrackingGuid, Optional<RegisteredGuid>> registryOf(long accountId) {
        Map<com.publisherportal.attribution.TrackingGuid, RegisteredGuid> own = guids.findByAccount(accountId, true).stream()
                .collect(Collectors.toMap(RegisteredGuid::guid, g -> g));
        return guid -> Optional.ofNullable(own.get(guid));
    }

    /** A managed application's package with Fabrikam's registered tracking GUID deployed by its main template. */
    static byte[] backupPackage() {
        String mainTemplate = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": { "vaultName": { "type": "string", "defaultValue": "fabrikambackup" } },
                  "resources": [
                    {
                      "type": "Microsoft.RecoveryServices/vaults",
                      "apiVersion": "2023-04-01",
                      "name": "[parameters('vaultName')]",
                      "location": "[resourceGroup().location]",
                      "sku": { "name": "RS0", "tier": "Standard" },
                      "properties": {}
                    },
                    {
                      "type": "Microsoft.Resources/deployments",
                      "apiVersion": "2020-06-01",
                      "name": "pid-%s-partnercenter",
                      "properties": {
                        "mode": "Incremental",
                        "template": {
                          "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
                          "contentVersion": "1.0.0.0",
                          "resources": []
                        }
                      }
                    }
                  ]
                }""".formatted(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE);
        String uiDefinition = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/0.1.2-preview/CreateUIDefinition.MultiVm.json#",
                  "handler": "Microsoft.Azure.CreateUIDef",
                  "version": "0.1.2-preview",
                  "parameters": { "basics": [], "steps": [], "outputs": { "vaultName": "fabrikambackup" } }
                }""";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mainTemplate.json"));
            zip.write(mainTemplate.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("createUiDefinition.json"));
            zip.write(uiDefinition.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
