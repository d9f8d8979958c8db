package com.publisherportal.onboarding;

import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.publisherportal.onboarding.OnboardingPlan.State.CURRENT;
import static com.publisherportal.onboarding.OnboardingPlan.State.DONE;
import static com.publisherportal.onboarding.OnboardingPlan.State.UPCOMING;

/** Where an account stands on the planned path, read from its nominations, registration and offers. */
@Service
public class OnboardingPlanService {

    /** The documented durations the planning page shows (business days unless said otherwise). */
    public static final int NOMINATION_BUSINESS_DAYS = BusinessCalendar.NOMINATION_DAYS;
    public static final int REGISTRATION_WEEKS = 2;
    public static final int CERTIFICATION_BUSINESS_DAYS = BusinessCalendar.CERTIFICATION_DAYS;
    /** First onboarding takes about four weeks; plan six before the launch. */
    public static final int FIRST_ONBOARDING_WEEKS = 4;
    public static final int LAUNCH_PLANNING_WEEKS = 6;

    private static final Set<OfferStatus> IN_CERTIFICATION =
            Set.of(OfferStatus.SUBMITTED, OfferStatus.IN_CERTIFICATION, OfferStatus.ATTENTION_NEEDED);
    private static final Set<OfferStatus> CERTIFIED =
            Set.of(OfferStatus.PREVIEW, OfferStatus.LIVE, OfferStatus.STOP_SELL_PENDING, OfferStatus.NOT_AVAILABLE);
    private static final Set<OfferStatus> WENT_LIVE =
            Set.of(OfferStatus.LIVE, OfferStatus.STOP_SELL_PENDING, OfferStatus.NOT_AVAILABLE);

    private final NominationRepository nominations;
    private final SellerRegistrationRepository registrations;
    private final OfferRepository offers;
    private final AccountAccess access;

    OnboardingPlanService(NominationRepository nominations, SellerRegistrationRepository registrations,
                          OfferRepository offers, AccountAccess access) {
        this.nominations = nominations;
        this.registrations = registrations;
        this.offers = offers;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public OnboardingPlan plan(long accountId) {
        access.requireMemberOrStaff(accountId);
        List<Nomination> accountNominations = nominations.findByAccountIdOrderBySubmittedAtDesc(accountId);
        boolean nominated = accountNominations.stream().anyMatch(n -> n.status() == ReviewStatus.APPROVED);
        Optional<Nomination> pendingNomination = accountNominations.stream()
                .filter(n -> n.status() == ReviewStatus.SUBMITTED).findFirst();
        Optional<SellerRegistration> registration = registrations.findByAccountIdOrderBySubmittedAtDesc(accountId)
                .stream().findFirst();
        boolean registered = registration.filter(r -> r.status() == ReviewStatus.APPROVED).isPresent();
        List<Offer> all = offers.findByAccountIdOrderByNameAsc(accountId);
        boolean anySubmitted = all.stream().anyMatch(o -> o.status() != OfferStatus.DRAFT);
        Optional<Offer> certifying = all.stream().filter(o -> IN_CERTIFICATION.contains(o.status())).findFirst();
        boolean certified = all.stream().anyMatch(o -> CERTIFIED.contains(o.status()));
        boolean inPreview = all.stream().anyMatch(o -> o.status() == OfferStatus.PREVIEW);
        boolean live = all.stream().anyMatch(o -> WENT_LIVE.contains(o.status()));

        var nomination = new OnboardingPlan.Step(OnboardingPlan.Stage.NOMINATION, nominated ? DONE : CURRENT,
                nominated ? null : pendingNomination.map(Nomination::dueAt).orElse(null));
        var registrationStep = new OnboardingPlan.Step(OnboardingPlan.Stage.REGISTRATION,
                registered ? DONE : nominated ? CURRENT : UPCOMING,
                registration.filter(r -> r.status() == ReviewStatus.SUBMITTED).map(SellerRegistration::dueAt).orElse(null));
        // The offer is built while the registration is vetted; it is built once something was submitted.
        var build = new OnboardingPlan.Step(OnboardingPlan.Stage.OFFER_BUILD,
                anySubmitted ? DONE : nominated ? CURRENT : UPCOMING, null);
        var submission = new OnboardingPlan.Step(OnboardingPlan.Stage.SUBMISSION,
                anySubmitted ? DONE : registered && !all.isEmpty() ? CURRENT : UPCOMING, null);
        var certification = new OnboardingPlan.Step(OnboardingPlan.Stage.CERTIFICATION,
                certified ? DONE : certifying.isPresent() ? CURRENT : UPCOMING,
                certified ? null : certifying.map(Offer::dueAt).orElse(null));
        var preview = new OnboardingPlan.Step(OnboardingPlan.Stage.PREVIEW,
                live ? DONE : inPreview ? CURRENT : UPCOMING, null);
        var liveStep = new OnboardingPlan.Step(OnboardingPlan.Stage.LIVE, live ? DONE : UPCOMING, null);
        return new OnboardingPlan(List.of(nomination, registrationStep, build, submission, certification, preview, liveStep));
    }
}
