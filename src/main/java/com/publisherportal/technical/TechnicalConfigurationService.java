package com.publisherportal.technical;

import com.publisherportal.security.AccountRole;
import com.publisherportal.attribution.CheckReport;
import com.publisherportal.attribution.TemplateCheckService;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.Translatable;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferPlans;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.SubmissionCheck;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An offer's technical configuration: read by its account's members and staff, changed by the
 * account's technical roles (owner, manager, developer: the roles that may run the template
 * checker) while the offer is a draft, needs attention, or is live. Also the submission check
 * that the configuration is complete for the offer's type.
 */
@Service
public class TechnicalConfigurationService implements SubmissionCheck {

    static final AccountRole[] EDITORS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER};

    private final TechnicalConfigurationRepository repository;
    private final OfferService offers;
    private final List<OfferPlans> plans;
    private final TemplateCheckService templateChecks;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    TechnicalConfigurationService(TechnicalConfigurationRepository repository, OfferService offers, List<OfferPlans> plans,
                                  TemplateCheckService templateChecks, AccountAccess access, CurrentUser currentUser,
                                  AuditService audit, Clock clock) {
        this.repository = repository;
        this.offers = offers;
        this.plans = plans;
        this.templateChecks = templateChecks;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offer's configuration; its account's members and staff. */
    @Transactional(readOnly = true)
    public TechnicalConfiguration configuration(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return load(offer);
    }

    /**
     * The audience of the marketplace's webhook tokens for a SaaS offer: the Microsoft Entra
     * application id of its technical configuration, when it names one.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The webhook checks the marketplace's token against it before anything else; an application id is a public identifier, no account data.")
    public Optional<String> webhookAudience(long offerId) {
        return repository.find(offerId).map(TechnicalConfigurationRepository.Row::saas)
                .map(SaasSettings::applicationId).filter(id -> !id.isBlank());
    }

    /** Whether the caller may change the configuration now (role, and an offer state that allows it). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long offerId) {
        Offer offer = offers.offer(offerId);
        try {
            access.requireMember(offer.accountId(), EDITORS);
        } catch (RuntimeException e) {
            return false;
        }
        return editableState(offer.status());
    }

    @Transactional
    public TechnicalConfiguration saveSaas(long offerId, SaasSettings settings, int loadedVersion) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.SAAS);
        Instant now = clock.instant();
        if (!repository.saveSaas(offer.id(), settings, loadedVersion, userId(), now)) {
            throw new ConflictException("technical.changed-meanwhile");
        }
        audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_SAVED", offer.offerId());
        return load(offer);
    }

    @Transactional
    public TechnicalConfiguration saveContainerImage(long offerId, ContainerImage image, int loadedVersion) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.CONTAINER_IMAGE);
        if (!repository.saveImage(offer.id(), image, loadedVersion, userId(), clock.instant())) {
            throw new ConflictException("technical.changed-meanwhile");
        }
        audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_SAVED",
                offer.offerId() + " " + image.repository() + ":" + image.tag());
        return load(offer);
    }

    /**
     * Stores an Azure application's package once its content is checked (a zip with the two
     * templates, within limits), together with the customer usage attribution report of the
     * template checker, run on it as the checker page runs it.
     */
    @Transactional
    public TechnicalConfiguration uploadPackage(long offerId, String fileName, InputStream content, String packageVersion,
                                                int loadedVersion) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.AZURE_APPLICATION);
        String version = TechnicalRules.clean(packageVersion);
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new Violation("packageVersion", "technical.required"));
        }
        TechnicalRules.semanticVersion("packageVersion", version, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        byte[] zip;
        CheckReport report;
        try {
            zip = PackageInspector.read(content);
            PackageInspector.inspect(zip);
            report = templateChecks.check(offer.accountId(), "package.zip", new ByteArrayInputStream(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName == null || fileName.isBlank() ? "package.zip" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Instant now = clock.instant();
        AppPackage stored = new AppPackage(name, zip.length, version, report.verdict(), findings(report), now);
        if (!repository.savePackage(offer.id(), zip, stored, loadedVersion, userId(), now)) {
            throw new ConflictException("technical.changed-meanwhile");
        }
        audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_PACKAGE_UPLOADED",
                offer.offerId() + " " + version + " " + report.verdict());
        return load(offer);
    }

    /** The findings of a check report, its arguments as text so the report keeps as it was. */
    static List<AppPackage.PackageFinding> findings(CheckReport report) {
        return report.allFindings().map(f -> new AppPackage.PackageFinding(f.severity(), f.key(),
                f.arguments().stream().map(String::valueOf).toList())).toList();
    }

    /** The stored package, for its download. */
    @Transactional(readOnly = true)
    public Optional<byte[]> packageContent(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return repository.packageContent(offer.id());
    }

    /** Adds an image version to a virtual machine plan; its version is unique in the plan. */
    @Transactional
    public TechnicalConfiguration addImage(long offerId, String planId, ImageVersion image) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.VIRTUAL_MACHINE);
        requirePlan(offer, planId);
        Instant now = clock.instant();
        image.requireUsableAt(now);
        if (repository.images(offer.id(), planId).stream().anyMatch(i -> i.version().equals(image.version()))) {
            throw new ValidationException("imageVersion", "technical.version-taken", image.version());
        }
        try {
            repository.addImage(offer.id(), planId, image, now);
        } catch (DuplicateKeyException e) {
            throw new ValidationException("imageVersion", "technical.version-taken", image.version());
        }
        audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_IMAGE_ADDED",
                offer.offerId() + " " + planId + " " + image.version());
        return load(offer);
    }

    @Transactional
    public TechnicalConfiguration removeImage(long offerId, String planId, String version) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.VIRTUAL_MACHINE);
        if (repository.removeImage(offer.id(), planId, version)) {
            audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_IMAGE_REMOVED",
                    offer.offerId() + " " + planId + " " + version);
        }
        return load(offer);
    }

    /** Saves a virtual machine plan's recommended sizes and open ports. */
    @Transactional
    public TechnicalConfiguration savePlanSettings(long offerId, String planId, VmPlanSettings settings, int loadedVersion) {
        Offer offer = requireEditable(offerId, TechnicalConfiguration.Kind.VIRTUAL_MACHINE);
        requirePlan(offer, planId);
        if (!repository.savePlanSettings(offer.id(), planId, settings, loadedVersion, userId(), clock.instant())) {
            throw new ConflictException("technical.changed-meanwhile");
        }
        audit.record(offer.accountId(), "technical", String.valueOf(offer.id()), "TECHNICAL_SAVED",
                offer.offerId() + " " + planId);
        return load(offer);
    }

    /**
     * The configuration is complete for the offer's type: every SaaS field; an image for a
     * container; for a virtual machine an image version in every plan; for an Azure application a
     * package whose attribution check found no error (tracking that would not work is not
     * certified). Each failure names the plan and the field.
     */
    @Override
    @PublicAccess("SubmissionCheck run by OfferLifecycle.submit, which has checked the caller.")
    public List<Violation> check(Offer offer) {
        TechnicalConfigurationRepository.Row row = repository.find(offer.id()).orElse(null);
        List<Violation> violations = new ArrayList<>();
        switch (TechnicalConfiguration.kindOf(offer.offerType())) {
            case SAAS -> (row == null ? SaasSettings.EMPTY : row.saas()).missing()
                    .forEach(field -> violations.add(missing(field)));
            case CONTAINER_IMAGE -> (row == null ? ContainerImage.EMPTY : row.image()).missing()
                    .forEach(field -> violations.add(missing(field)));
            case AZURE_APPLICATION -> {
                Optional<AppPackage> appPackage = row == null ? Optional.empty() : row.appPackage();
                if (appPackage.isEmpty()) {
                    violations.add(missing("package"));
                } else if (appPackage.get().verdict() == CheckReport.Verdict.ERROR) {
                    violations.add(new Violation("technical", "technical.submit.package-attribution-error"));
                }
            }
            case VIRTUAL_MACHINE -> planRefs(offer.id()).stream()
                    .filter(plan -> repository.images(offer.id(), plan.planId()).isEmpty())
                    .forEach(plan -> violations.add(new Violation("technical", "technical.submit.plan-without-image",
                            plan.name(), plan.planId())));
            case NOTHING -> {
            }
        }
        return violations;
    }

    private static Violation missing(String field) {
        return new Violation("technical", "technical.submit.missing", (Translatable) () -> "technical.field." + field);
    }

    private TechnicalConfiguration load(Offer offer) {
        var row = repository.find(offer.id());
        List<VmPlanConfiguration> vmPlans = TechnicalConfiguration.kindOf(offer.offerType()) != TechnicalConfiguration.Kind.VIRTUAL_MACHINE
                ? List.of() : planRefs(offer.id()).stream().map(plan -> {
            var settings = repository.planSettings(offer.id(), plan.planId());
            return new VmPlanConfiguration(plan.planId(), plan.name(), repository.images(offer.id(), plan.planId()),
                    settings.map(TechnicalConfigurationRepository.PlanRow::settings).orElse(VmPlanSettings.EMPTY),
                    settings.map(TechnicalConfigurationRepository.PlanRow::version).orElse(0));
        }).toList();
        return new TechnicalConfiguration(offer.id(), offer.offerType(),
                row.map(TechnicalConfigurationRepository.Row::saas).orElse(SaasSettings.EMPTY),
                row.map(TechnicalConfigurationRepository.Row::image).orElse(ContainerImage.EMPTY),
                row.flatMap(TechnicalConfigurationRepository.Row::appPackage), vmPlans,
                row.map(TechnicalConfigurationRepository.Row::version).orElse(0));
    }

    /** The offer's plans from the plans feature; none while it is not there. */
    private List<OfferPlans.PlanRef> planRefs(long offerId) {
        return plans.stream().flatMap(p -> p.plansOf(offerId).stream()).toList();
    }

    private void requirePlan(Offer offer, String planId) {
        if (planRefs(offer.id()).stream().noneMatch(p -> p.planId().equals(planId))) {
            throw new ValidationException("plan", "technical.plan-unknown", planId);
        }
    }

    private Offer requireEditable(long offerId, TechnicalConfiguration.Kind kind) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), EDITORS);
        if (!editableState(offer.status())) {
            throw new ValidationException("", "technical.locked", offer.status());
        }
        if (TechnicalConfiguration.kindOf(offer.offerType()) != kind) {
            throw new ValidationException("", "technical.not-for-type");
        }
        return offer;
    }

    private static boolean editableState(OfferStatus status) {
        return status.isEditable() || status == OfferStatus.LIVE;
    }

    private Long userId() {
        return currentUser.require().userId();
    }
}
