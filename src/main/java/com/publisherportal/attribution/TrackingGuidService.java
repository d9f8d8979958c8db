package com.publisherportal.attribution;

import com.publisherportal.attribution.MonthlyCount;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.audit.AuditService;
import com.publisherportal.insights.InsightService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A publisher's tracking GUIDs (docs/domain.md, Customer usage attribution): registering (generated or entered), retiring and
 * reinstating them, the one-GUID-per-offer-per-channel suggestions, and the deployments counted
 * for each. Owners, managers and developers of the account only; a GUID belongs to one publisher,
 * and another publisher's GUID is refused without saying whose it is.
 */
@Service
public class TrackingGuidService {

    public static final int DESCRIPTION_MAX_LENGTH = 500;
    public static final int CHANNEL_NAME_MAX_LENGTH = 100;
    public static final int PLAN_MAX_LENGTH = 50;
    static final AccountRole[] ROLES = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER};
    private static final Pattern PLAN_SHAPE = Pattern.compile("[a-z0-9_-]{1,50}");

    /** What the registration form sends; a blank {@code guid} asks for a generated one. */
    public record Registration(String guid, Long offerId, DistributionChannel channel, String channelName, String plan,
                               String description) {
    }

    /** A registered GUID, and whether a pasted prefix or suffix was removed from the input. */
    public record Registered(RegisteredGuid guid, boolean pidPrefixRemoved, boolean partnerCenterSuffixRemoved) {
    }

    /**
     * The suggestion for one offer: its active GUIDs on the two suggested channels and on others.
     * A channel is missing when it has none; it is duplicated when two active GUIDs share a plan.
     */
    public record OfferCoverage(long offerId, String offerName, OfferType offerType,
                                Map<DistributionChannel, List<RegisteredGuid>> byChannel) {

        public List<RegisteredGuid> on(DistributionChannel channel) {
            return byChannel.getOrDefault(channel, List.of());
        }

        public List<DistributionChannel> missing() {
            return DistributionChannel.SUGGESTED.stream().filter(c -> on(c).isEmpty()).toList();
        }

        public boolean duplicated(DistributionChannel channel) {
            List<RegisteredGuid> guids = on(channel);
            return guids.stream().map(g -> Objects.toString(g.plan(), "") + "\n" + Objects.toString(g.channelName(), ""))
                    .distinct().count() < guids.size();
        }
    }

    private final TrackingGuidRepository guids;
    private final TrackedDeploymentRepository deployments;
    private final InsightService insights;
    private final PartnerNetworkIdRepository partnerIds;
    private final OfferService offers;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    TrackingGuidService(TrackingGuidRepository guids, TrackedDeploymentRepository deployments, InsightService insights,
                        PartnerNetworkIdRepository partnerIds, OfferService offers, AccountAccess access, CurrentUser currentUser, AuditService audit,
                        Clock clock) {
        this.guids = guids;
        this.deployments = deployments;
        this.insights = insights;
        this.partnerIds = partnerIds;
        this.offers = offers;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RegisteredGuid> list(long accountId, boolean includeRetired) {
        access.requireMember(accountId, ROLES);
        return guids.findByAccount(accountId, includeRetired);
    }

    /** One GUID of the account; another account's is "not found". */
    @Transactional(readOnly = true)
    public RegisteredGuid get(long accountId, long id) {
        access.requireMember(accountId, ROLES);
        return guids.find(accountId, id).orElseThrow(() -> new NotFoundException("tracking-guid"));
    }

    /** The offers a GUID may be registered for: the account's own. */
    @Transactional(readOnly = true)
    public List<Offer> offers(long accountId) {
        access.requireMember(accountId, ROLES);
        return offers.offers(accountId);
    }

    @Transactional
    public Registered register(long accountId, Registration registration) {
        access.requireMember(accountId, ROLES);
        PortalUser user = currentUser.require();
        List<Violation> problems = new ArrayList<>();
        TrackingGuid.Parsed parsed = null;
        if (registration.guid() != null && !registration.guid().isBlank()) {
            try {
                parsed = TrackingGuid.parse("guid", registration.guid());
            } catch (ValidationException e) {
                problems.addAll(e.violations());
            }
        }
        Offer offer = null;
        DistributionChannel channel = registration.channel();
        if (registration.offerId() == null) {
            // A template outside the marketplace may belong to no offer; a marketplace GUID must name one.
            if (channel == null || channel.needsOffer()) {
                problems.add(new Violation("offer", "attribution.offer.required"));
            }
        } else {
            offer = offers.offers(accountId).stream().filter(o -> o.id().equals(registration.offerId())).findFirst()
                    .orElse(null);
            if (offer == null) {
                problems.add(new Violation("offer", "attribution.offer.required"));
            }
        }
        String channelName = trimToNull(registration.channelName());
        if (channel == null) {
            problems.add(new Violation("channel", "attribution.channel.required"));
        } else if (channel == DistributionChannel.OTHER) {
            if (channelName == null || channelName.length() > CHANNEL_NAME_MAX_LENGTH) {
                problems.add(new Violation("channelName", "attribution.channel-name.invalid", CHANNEL_NAME_MAX_LENGTH));
            }
        } else {
            channelName = null;
        }
        String plan = trimToNull(registration.plan());
        if (plan != null) {
            plan = plan.toLowerCase(Locale.ROOT);
            if (!PLAN_SHAPE.matcher(plan).matches()) {
                problems.add(new Violation("plan", "attribution.plan.invalid", PLAN_MAX_LENGTH));
            }
        }
        String description = trimToNull(registration.description());
        if (description == null || description.length() > DESCRIPTION_MAX_LENGTH) {
            problems.add(new Violation("description", "attribution.description.invalid", DESCRIPTION_MAX_LENGTH));
        }
        if (parsed != null) {
            problems.addAll(holderProblems(accountId, parsed.guid()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TrackingGuid guid = parsed != null ? parsed.guid() : unusedGeneratedGuid();
        long id;
        try {
            id = guids.insert(guid, accountId, offer == null ? null : offer.id(), channel, channelName, plan, description, user.userId(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // Someone registered the same GUID a moment ago.
            throw new ValidationException("guid", "attribution.guid.unavailable");
        }
        audit.record(accountId, "tracking-guid", guid.value(), "TRACKING_GUID_REGISTERED",
                (offer == null ? "no offer" : offer.offerId()) + " · " + channel + (channelName == null ? "" : " " + channelName)
                        + (plan == null ? "" : " · " + plan) + (parsed == null ? " · generated" : ""));
        return new Registered(guids.find(accountId, id).orElseThrow(), parsed != null && parsed.pidPrefixRemoved(),
                parsed != null && parsed.partnerCenterSuffixRemoved());
    }

    /** Why the account cannot register this GUID: it is its own already, or someone else's (never said whose). */
    private List<Violation> holderProblems(long accountId, TrackingGuid guid) {
        var holder = guids.holderOf(guid);
        if (holder.isEmpty()) {
            return List.of();
        }
        if (holder.get() != accountId) {
            return List.of(new Violation("guid", "attribution.guid.unavailable"));
        }
        RegisteredGuid own = guids.find(accountId, guid).orElseThrow();
        return List.of(new Violation("guid", own.active() ? "attribution.guid.already-yours" : "attribution.guid.retired-yours",
                own.purpose()));
    }

    private TrackingGuid unusedGeneratedGuid() {
        TrackingGuid guid = TrackingGuid.generate();
        while (guids.holderOf(guid).isPresent()) {
            guid = TrackingGuid.generate();
        }
        return guid;
    }

    /** Retires an active GUID: kept for history and still the account's, no longer shown as active. */
    @Transactional
    public RegisteredGuid retire(long accountId, long id) {
        access.requireMember(accountId, ROLES);
        RegisteredGuid guid = guids.find(accountId, id).orElseThrow(() -> new NotFoundException("tracking-guid"));
        if (!guids.retire(accountId, id, currentUser.require().userId(), clock.instant())) {
            throw new ValidationException("", "attribution.retire.already");
        }
        audit.record(accountId, "tracking-guid", guid.guid().value(), "TRACKING_GUID_RETIRED", auditSubject(guid));
        return guids.find(accountId, id).orElseThrow();
    }

    @Transactional
    public RegisteredGuid reinstate(long accountId, long id) {
        access.requireMember(accountId, ROLES);
        RegisteredGuid guid = guids.find(accountId, id).orElseThrow(() -> new NotFoundException("tracking-guid"));
        if (!guids.reinstate(accountId, id)) {
            throw new ValidationException("", "attribution.reinstate.already");
        }
        audit.record(accountId, "tracking-guid", guid.guid().value(), "TRACKING_GUID_REINSTATED", auditSubject(guid));
        return guids.find(accountId, id).orElseThrow();
    }

    /**
     * One GUID per offer per channel, as recommended: for each of the account's offers that
     * deploys into customers' subscriptions and is still available, its active GUIDs by channel.
     */
    @Transactional(readOnly = true)
    public List<OfferCoverage> coverage(long accountId) {
        access.requireMember(accountId, ROLES);
        Map<Long, Map<DistributionChannel, List<RegisteredGuid>>> active = guids.findByAccount(accountId, false).stream()
                .filter(RegisteredGuid::hasOffer)
                .collect(Collectors.groupingBy(RegisteredGuid::offerId, Collectors.groupingBy(RegisteredGuid::channel)));
        return offers.offers(accountId).stream()
                .filter(o -> suggestsGuids(o.offerType()) && o.status() != OfferStatus.NOT_AVAILABLE)
                .map(o -> new OfferCoverage(o.id(), o.name(), o.offerType(), active.getOrDefault(o.id(), Map.of())))
                .toList();
    }

    /**
     * Whether GUIDs are suggested for offers of a type: not for those that deploy nothing into a
     * customer's Azure subscription, or whose usage the marketplace tracks itself.
     */
    public static boolean suggestsGuids(OfferType type) {
        return switch (type) {
            case AZURE_APPLICATION, SAAS, CONTAINER, IOT_EDGE_MODULE -> true;
            case CONSULTING_SERVICE, BUSINESS_APP, VIRTUAL_MACHINE -> false;
        };
    }

    /**
     * Deployments counted for one GUID in each of the last {@code months} months, oldest first,
     * months without any as 0: the GUID-only counts plus those of the insights' Deployments report.
     */
    @Transactional(readOnly = true)
    public List<MonthlyCount> deploymentsByMonth(long accountId, long id, int months) {
        RegisteredGuid guid = get(accountId, id);
        YearMonth first = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(months - 1L);
        Map<YearMonth, Long> counted = deployments.monthly(guid.guid(), first.atDay(1)).stream()
                .collect(Collectors.toMap(MonthlyCount::month, MonthlyCount::deployments, Long::sum, HashMap::new));
        insights.deploymentsOfGuidByMonth(guid.guid().value(), first.atDay(1)).forEach((month, n) -> counted.merge(month, n, Long::sum));
        List<MonthlyCount> result = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            result.add(new MonthlyCount(month, counted.getOrDefault(month, 0L)));
        }
        return result;
    }

    /** Deployments of each of the account's GUIDs in the last {@code months} months (by registry id), from both sources. */
    @Transactional(readOnly = true)
    public Map<Long, Long> deploymentTotals(long accountId, List<RegisteredGuid> of, int months) {
        access.requireMember(accountId, ROLES);
        List<RegisteredGuid> own = of.stream().filter(g -> g.accountId() == accountId).toList();
        LocalDate from = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(months - 1L).atDay(1);
        Map<TrackingGuid, Long> tracked = deployments.totals(own.stream().map(RegisteredGuid::guid).toList(), from);
        Map<String, Long> reported = insights.deploymentTotalsOfGuids(
                own.stream().map(g -> g.guid().value()).toList(), from);
        return own.stream().collect(Collectors.toMap(RegisteredGuid::id,
                g -> tracked.getOrDefault(g.guid(), 0L) + reported.getOrDefault(g.guid().value(), 0L)));
    }

    /**
     * The account's registry as the template checker sees it: its own GUIDs, active or retired.
     * Any other GUID, whoever holds it, is simply not there.
     */
    Function<TrackingGuid, java.util.Optional<RegisteredGuid>> registryOf(long accountId) {
        Map<TrackingGuid, RegisteredGuid> own = guids.findByAccount(accountId, true).stream()
                .collect(Collectors.toMap(RegisteredGuid::guid, g -> g));
        return guid -> java.util.Optional.ofNullable(own.get(guid));
    }

    private static String auditSubject(RegisteredGuid guid) {
        return guid.hasOffer() ? guid.offerIdentifier() : guid.channel().name();
    }

    /** The account's partner network id, under which the programme reports its GUIDs' usage; empty until recorded. */
    @Transactional(readOnly = true)
    public Optional<PartnerNetworkId> partnerNetworkId(long accountId) {
        access.requireMember(accountId, ROLES);
        return partnerIds.find(accountId);
    }

    /**
     * Records (or replaces) the account's partner network id, checked as the programme's number
     * format; a blank value removes it. Owners and managers only: it names the whole account.
     */
    @Transactional
    public Optional<PartnerNetworkId> recordPartnerNetworkId(long accountId, String input) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER);
        PortalUser user = currentUser.require();
        if (input == null || input.isBlank()) {
            if (partnerIds.delete(accountId)) {
                audit.record(accountId, "partner-network-id", String.valueOf(accountId), "PARTNER_NETWORK_ID_REMOVED", "");
            }
            return Optional.empty();
        }
        PartnerNetworkId id = PartnerNetworkId.parse("partnerNetworkId", input);
        partnerIds.save(accountId, id, user.userId(), clock.instant());
        audit.record(accountId, "partner-network-id", String.valueOf(accountId), "PARTNER_NETWORK_ID_RECORDED", id.value());
        return Optional.of(id);
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
