package com.publisherportal.campaigns;

import com.publisherportal.common.OutsideText;
import com.publisherportal.common.PublicAccess;
import com.publisherportal.account.AccountService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.listing.StorefrontExtras;
import com.publisherportal.listing.UploadInspector;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Go-to-market per offer: the launch checklist, campaign links and the test drive. */
@Service
public class GoToMarketService implements StorefrontExtras {

    /** What the test-drive form asks for; {@link TestDriveRules} checks it per kind. */
    public record TestDriveForm(TestDriveType type, Integer hotInstances, Integer warmInstances, Integer coldInstances,
                                Integer durationHours, List<String> regions, TestDriveSettings settings,
                                String description, String accessInfo) {

        public TestDriveForm {
            settings = settings == null ? TestDriveSettings.none() : settings;
        }

        /** A form without warm instances or kind settings (an ARM test drive as it was first configured). */
        public TestDriveForm(TestDriveType type, Integer hotInstances, Integer coldInstances, Integer durationHours,
                             List<String> regions, String description, String accessInfo) {
            this(type, hotInstances, 0, coldInstances, durationHours, regions, TestDriveSettings.none(), description,
                    accessInfo);
        }
    }

    private final GoToMarketRepository repository;
    private final OfferService offers;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;

    GoToMarketService(GoToMarketRepository repository, OfferService offers, AccountService accounts,
                      AccountAccess access, CurrentUser currentUser, AuditService audit, Clock clock,
                      @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.repository = repository;
        this.offers = offers;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional(readOnly = true)
    public List<LaunchTick> checklist(long offerId) {
        offers.offer(offerId);
        Map<LaunchItem, LaunchTick> ticks = repository.launchTicks(offerId);
        return Arrays.stream(LaunchItem.values()).map(i -> ticks.getOrDefault(i, new LaunchTick(i, null, null))).toList();
    }

    @Transactional
    public void setLaunchItem(long offerId, LaunchItem item, boolean done) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), AccountRole.OWNER, AccountRole.MANAGER, AccountRole.MARKETER);
        if (done) {
            Instant now = clock.instant();
            repository.tick(offerId, item, currentUser.require().userId(), now.atZone(java.time.ZoneOffset.UTC).toLocalDate(), now);
        } else {
            repository.untick(offerId, item);
        }
        audit.record(offer.accountId(), "offer", String.valueOf(offerId), done ? "LAUNCH_ITEM_DONE" : "LAUNCH_ITEM_UNDONE", item.name());
    }

    /** Items done per offer of the account, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> launchProgress(long accountId) {
        access.requireMemberOrStaff(accountId);
        return repository.launchProgress(accountId);
    }

    /** The tracked storefront link of an offer for a source and campaign; invalid input is refused with the rule. */
    @Transactional(readOnly = true)
    public CampaignLink campaignLink(long offerId, String source, String campaign) {
        Offer offer = offers.offer(offerId);
        List<Violation> violations = new ArrayList<>();
        TrafficSource src = null;
        CampaignId id = null;
        try {
            src = TrafficSource.parse(source);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        try {
            id = new CampaignId(campaign == null ? null : campaign.trim());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String publisherId = accounts.account(offer.accountId()).publisherId();
        return new CampaignLink(publicUrl, publisherId, offer.offerId(), src, id);
    }

    @Transactional(readOnly = true)
    public Optional<TestDrive> testDrive(long offerId) {
        offers.offer(offerId);
        return repository.testDrive(offerId);
    }

    /**
     * What a visitor who started the test drive needs to get in; given out on the public page
     * only after the visitor left their details.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The storefront hands the test drive's access information to any visitor who left their details; it is public by design (the publisher writes it for customers).")
    public Optional<String> publicTestDriveAccess(long offerId) {
        return repository.testDrive(offerId).map(TestDrive::accessInfo);
    }

    /**
     * The test drive as its public page on the storefront describes it, for an offer the storefront
     * shows; never the access information or the kind's settings.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The storefront's test drive page: the kind, duration, regions and description the publisher wrote for customers, of a live offer only.")
    public Optional<PublicTestDrive> publicTestDrive(long offerId) {
        if (offers.findOnStorefront(offerId).isEmpty()) {
            return Optional.empty();
        }
        return repository.testDrive(offerId).map(PublicTestDrive::of);
    }

    /** The path of the test drive's public page, when the offer is on the storefront with a test drive. */
    @Transactional(readOnly = true)
    public Optional<String> testDrivePagePath(long offerId) {
        Offer offer = offers.offer(offerId);
        if (!offer.onStorefront() || !repository.hasTestDrive(offerId)) {
            return Optional.empty();
        }
        return Optional.of("marketplace/product/" + accounts.account(offer.accountId()).publisherId() + "."
                + offer.offerId() + "/test-drive");
    }

    /** Whether the storefront shows "Test drive" for this offer; public information. */
    @Override
    @Transactional(readOnly = true)
    @PublicAccess("Public information: whether the storefront page of an offer shows \"Test drive\".")
    public boolean hasTestDrive(long offerId) {
        return repository.hasTestDrive(offerId);
    }

    /**
     * Configures the offer's test drive; {@code manual} (a PDF) is optional and kept when absent.
     * {@code expectedVersion} is the version the form loaded, or -1 for a new test drive.
     */
    @Transactional
    public TestDrive saveTestDrive(long offerId, TestDriveForm form, String manualName, InputStream manual,
                                   int expectedVersion) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        List<Violation> v = new ArrayList<>(TestDriveRules.check(offer.offerType(), form));
        TestDriveType kind = form.type();
        boolean instances = kind == null || kind.keepsInstances();
        int hot = instances && form.hotInstances() != null ? form.hotInstances() : 0;
        int warm = instances && form.warmInstances() != null ? form.warmInstances() : 0;
        int cold = instances && form.coldInstances() != null ? form.coldInstances() : 0;
        List<String> regions = kind != null && kind.deploysToRegions() && form.regions() != null ? form.regions() : List.of();
        TestDriveSettings settings = kindSettings(kind, form.settings());
        String description = form.description() == null ? "" : form.description().trim();
        String accessInfo = form.accessInfo() == null ? "" : form.accessInfo().trim();
        byte[] manualBytes = null;
        if (manual != null) {
            try {
                manualBytes = UploadInspector.pdf(UploadInspector.readLimited(manual, UploadInspector.DOCUMENT_LIMIT, "manual"),
                        "manual").bytes();
            } catch (ValidationException e) {
                v.addAll(e.violations());
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Optional<TestDrive> existing = repository.testDrive(offerId);
        TestDrive drive = new TestDrive(offerId, form.type(), hot, warm, cold, form.durationHours(), List.copyOf(regions),
                settings, description, accessInfo, manualBytes == null ? null : manualFileName(manualName), clock.instant(), expectedVersion);
        long user = currentUser.require().userId();
        if (existing.isEmpty()) {
            if (manualBytes == null) {
                throw new ValidationException("manual", "testdrive.manual.required");
            }
            repository.insertTestDrive(drive, manualBytes, user, clock.instant());
        } else if (repository.updateTestDrive(drive, manualBytes, user, clock.instant()) == 0) {
            throw new ConflictException("testdrive.changed-meanwhile");
        }
        audit.record(offer.accountId(), "offer", String.valueOf(offerId), "TEST_DRIVE_SAVED", form.type().name());
        return repository.testDrive(offerId).orElseThrow();
    }

    @Transactional
    public void removeTestDrive(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        repository.deleteTestDrive(offerId);
        audit.record(offer.accountId(), "offer", String.valueOf(offerId), "TEST_DRIVE_REMOVED", null);
    }

    /** Only what the kind uses is kept: switching kinds leaves no stale secret (a Logic App's signed URL) behind. */
    private static TestDriveSettings kindSettings(TestDriveType kind, TestDriveSettings given) {
        if (kind == null) {
            return TestDriveSettings.none();
        }
        return switch (kind) {
            case AZURE_RESOURCE_MANAGER -> TestDriveSettings.none();
            case HOSTED_DYNAMICS_365 -> new TestDriveSettings(given.instanceUrl(), given.logicAppTriggerUrl(),
                    given.entraAppId() == null ? null : given.entraAppId().toLowerCase(java.util.Locale.ROOT),
                    given.securityRole(), null);
            case POWER_BI -> new TestDriveSettings(null, null, null, null, given.reportUrl());
        };
    }

    private static String manualFileName(String uploaded) {
        String name = OutsideText.fileName(uploaded);
        return name.isEmpty() ? "manual.pdf" : name;
    }
}
