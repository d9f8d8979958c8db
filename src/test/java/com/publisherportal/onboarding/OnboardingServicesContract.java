package com.publisherportal.onboarding;

import com.publisherportal.account.PublisherAccount;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.account.SignUpService;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.ValidationException;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.security.CallerRepository;
import com.publisherportal.security.PortalUser;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The onboarding services' rules, isolation and concurrency; runs on H2 and PostgreSQL. */
abstract class OnboardingServicesContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired com.publisherportal.testsupport.MutableClock clock;
    @Autowired SignIn signIn;
    @Autowired SignUpService signUps;
    @Autowired NominationService nominations;
    @Autowired RegistrationService registrations;
    @Autowired ReviewService reviews;
    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired PrerequisiteService prerequisites;
    @Autowired NotificationService notifications;
    @Autowired PublisherAccountRepository accounts;
    @Autowired CallerRepository callers;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    long contosoId() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    Offer contosoOffer(String offerId) {
        return offers.findByAddress("contoso", offerId).orElseThrow();
    }

    PublisherAccount freshPublisher(String email) {
        PublisherAccount account = signUps.signUp(new SignUpService.SignUp("Onboard Co", "Onboard", unique("onb"),
                "FR", "Owen Owner", email, "a-strong-passphrase-42", "en")).orElseThrow();
        signIn.as(email);
        return account;
    }

    NominationService.NominationForm nominationForm() {
        return new NominationService.NominationForm("Widget Cloud", OfferType.SAAS, "Widgets as a service",
                PlatformRelation.RUNS_ON, "App Service", "Retailers", "https://widgets.example");
    }

    @Test
    void anOfferNeedsAnApprovedNominationBeforeItCanBeCreated() {
        String email = unique("nom") + "@onboard.example";
        PublisherAccount account = freshPublisher(email);
        assertThatThrownBy(() -> offers.create(account.id(), "first", "First", OfferType.SAAS))
                .hasMessageContaining("offer.create.needs-nomination");
        Nomination nomination = nominations.submit(account.id(), nominationForm());
        assertThat(nomination.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(nomination.dueAt()).isAfter(nomination.submittedAt());
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());
        signIn.as(email);
        Offer offer = offers.create(account.id(), "first", "First", OfferType.SAAS);
        assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(lifecycle.history(offer.id())).extracting(OfferHistoryEntry::toStatus).containsExactly(OfferStatus.DRAFT);
        assertThat(notifications.mine(10)).extracting(n -> n.messageKey()).contains("notification.nomination-approved");
    }

    @Test
    void aRejectionNeedsAReasonAndThePublisherMaySubmitAgain() {
        String email = unique("rej") + "@onboard.example";
        PublisherAccount account = freshPublisher(email);
        Nomination nomination = nominations.submit(account.id(), nominationForm());
        assertThatThrownBy(() -> nominations.submit(account.id(), nominationForm())).hasMessageContaining("nomination.already-pending");
        signIn.as("reviewer@portal.example");
        Nomination claimed = reviews.claimNomination(nomination.id());
        ValidationException noReason = catchThrowableOfType(ValidationException.class,
                () -> reviews.decideNomination(nomination.id(), false, " ", claimed.version()));
        assertThat(noReason.messageKey()).isEqualTo("review.reason-required");
        reviews.decideNomination(nomination.id(), false, "Please describe the platform integration.", claimed.version());
        signIn.as(email);
        assertThat(nominations.latest(account.id())).hasValueSatisfying(n -> {
            assertThat(n.status()).isEqualTo(ReviewStatus.REJECTED);
            assertThat(n.decisionReason()).contains("platform integration");
        });
        assertThat(nominations.submit(account.id(), nominationForm()).status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void registrationChecksIbanCountryAndEveryAcceptanceAtOnce() {
        PublisherAccount account = freshPublisher(unique("reg") + "@onboard.example");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> registrations.submit(account.id(),
                new RegistrationService.RegistrationForm("Onboard SAS", "1 rue de la Paix", "Paris", "75002", "KP",
                        "FR123", "FR76 3000 6000 0112 3456 7890 188", "support@onboard.example", null,
                        true, false, true, false)));
        assertThat(e.byField().keySet()).containsExactlyInAnyOrder("country", "iban", "termsAccepted", "certificationAccepted");
        SellerRegistration saved = registrations.submit(account.id(), new RegistrationService.RegistrationForm(
                "Onboard SAS", "1 rue de la Paix", "Paris", "75002", "FR", "FR123",
                "fr76 3000 6000 0112 3456 7890 189", "support@onboard.example", null, true, true, true, true));
        assertThat(saved.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(saved.termsAcceptedBy()).isEqualTo(saved.submittedBy());
        assertThat(saved.certificationAcceptedAt()).isNotNull();
    }

    @Test
    void submittingShowsEveryFailedRuleAtOnceInsteadOfSubmitting() {
        String owner = unique("sub") + "@onboard.example";
        PublisherAccount account = freshPublisher(owner);
        Nomination nomination = nominations.submit(account.id(), nominationForm());
        signIn.as("reviewer@portal.example");
        reviews.decideNomination(nomination.id(), true, null, reviews.claimNomination(nomination.id()).version());
        signIn.as(owner);
        Offer vm = offers.create(account.id(), "vm", "VM", OfferType.VIRTUAL_MACHINE);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> lifecycle.submit(vm.id()));
        // No registration, every prerequisite of a virtual machine unticked, no agreement accepted, no listing and
        // no plan yet: all at once (the agreements' prerequisite is named once, by the agreements' check).
        assertThat(e.violations()).filteredOn(v -> !v.field().equals("listing") && !v.field().equals("plans")
                        && !v.field().equals("agreements"))
                .hasSize(1 + Prerequisite.forType(OfferType.VIRTUAL_MACHINE).size() - 1);
        assertThat(e.violations()).filteredOn(v -> v.field().equals("agreements"))
                .extracting(ValidationException.Violation::messageKey)
                .containsOnly("submit.agreement-not-accepted").hasSize(AgreementKind.values().length);
        assertThat(e.violations()).extracting(ValidationException.Violation::messageKey)
                .contains("submit.registration-not-approved", "submit.prerequisite-missing", "listing.missing",
                        "plans.submit.none");
        assertThat(offers.offer(vm.id()).status()).isEqualTo(OfferStatus.DRAFT);
        // The VM checklist has the image items; a SaaS one does not.
        assertThat(prerequisites.checklist(vm.id())).extracting(PrerequisiteTick::item).contains(Prerequisite.OS_FAMILY);
        assertThat(Prerequisite.forType(OfferType.SAAS)).doesNotContain(Prerequisite.OS_FAMILY, Prerequisite.IMAGE_BUILT);
        assertThatThrownBy(() -> prerequisites.set(offers.create(account.id(), "saas", "SaaS", OfferType.SAAS).id(),
                Prerequisite.OS_FAMILY, true)).hasMessageContaining("prerequisite.not-for-type");
    }

    @Test
    void transitionsNotAllowedFromTheCurrentStateAreRefusedNamingTheState() {
        signIn.as("owner@contoso.example");
        Offer draft = contosoOffer("contoso-edge");
        ValidationException goLive = catchThrowableOfType(ValidationException.class, () -> lifecycle.goLive(draft.id()));
        assertThat(goLive.messageKey()).isEqualTo("offer.cannot.go-live");
        assertThat(goLive.arguments()).containsExactly(OfferStatus.DRAFT);
        Offer live = contosoOffer("contoso-analytics");
        assertThat(catchThrowableOfType(ValidationException.class, () -> lifecycle.submit(live.id())).arguments())
                .containsExactly(OfferStatus.LIVE);
        assertThat(catchThrowableOfType(ValidationException.class, () -> lifecycle.cancelPublish(live.id(), null)).arguments())
                .containsExactly(OfferStatus.LIVE);
        signIn.as("reviewer@portal.example");
        assertThat(catchThrowableOfType(ValidationException.class, () -> lifecycle.claimForCertification(live.id())).messageKey())
                .isEqualTo("offer.cannot.claim");
    }

    @Test
    void fabrikamCannotSeeOrActOnContososOnboarding() {
        long contoso = contosoId();
        Offer contosoDraft = contosoOffer("contoso-edge");
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> offers.offers(contoso)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.offer(contosoDraft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lifecycle.submit(contosoDraft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lifecycle.history(contosoDraft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> prerequisites.set(contosoDraft.id(), Prerequisite.SUPPORT_OFFERED, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> nominations.nominations(contoso)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registrations.registrations(contoso)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.create(contoso, "intruder", "Intruder", OfferType.SAAS)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPublisherCannotCallStaffOperations() {
        signIn.as("owner@contoso.example");
        Offer submitted = contosoOffer("contoso-secure-vm");
        assertThatThrownBy(() -> reviews.queue(QueueFilter.all(), List.of(), RowWindow.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.claimForCertification(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.certify(submitted.id(), new CertificationChecklist(true, true, true, true, true),
                null, submitted.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.nomination(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.completeStopSell(submitted.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMarketerCannotSubmitAndADeveloperCannotGoLive() {
        signIn.as("marketer@contoso.example");
        Offer draft = contosoOffer("contoso-edge");
        assertThatThrownBy(() -> lifecycle.submit(draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(offers.offer(draft.id()).offerId()).isEqualTo("contoso-edge");
        signIn.as("developer@contoso.example");
        assertThatThrownBy(() -> lifecycle.stopSell(contosoOffer("contoso-analytics").id(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theQueueShowsOverdueItemsOldestFirstAndFiltersByKind() {
        signIn.as("reviewer@portal.example");
        List<QueueItem> overdue = reviews.queue(new QueueFilter(null, null, null, ClockStatus.OVERDUE), List.of(), RowWindow.of(0, 100));
        // The demo's Contoso VM was submitted 7 days ago with a 5-business-day clock.
        assertThat(overdue).extracting(QueueItem::title).contains("Contoso Secure VM");
        assertThat(overdue).allSatisfy(i -> assertThat(reviews.clockStatus(i.dueAt())).isEqualTo(ClockStatus.OVERDUE));
        List<QueueItem> all = reviews.queue(QueueFilter.all(), List.of(), RowWindow.of(0, 100));
        assertThat(all).extracting(QueueItem::submittedAt).isSorted();
        assertThat(reviews.queue(new QueueFilter(QueueKind.CERTIFICATION, null, null, null), List.of(), RowWindow.of(0, 100)))
                .isNotEmpty().allSatisfy(i -> assertThat(i.kind()).isEqualTo(QueueKind.CERTIFICATION));
        assertThat(reviews.count(new QueueFilter(null, contosoId(), null, null)))
                .isEqualTo((int) all.stream().filter(i -> i.accountId() == contosoId()).count());
    }

    @Test
    void twoReviewersClaimingTheSameNominationAtOnceLeaveItWithOneOfThemAndOnlyTheyDecide() throws Exception {
        PublisherAccount account = freshPublisher(unique("race") + "@onboard.example");
        Nomination nomination = nominations.submit(account.id(), nominationForm());
        PortalUser rita = callers.findLogin("reviewer@portal.example").orElseThrow().toPrincipal();
        PortalUser adam = callers.findLogin("admin@portal.example").orElseThrow().toPrincipal();
        List<Object> outcomes = race(
                as(rita, () -> reviews.claimNomination(nomination.id())),
                as(adam, () -> reviews.claimNomination(nomination.id())));
        assertThat(outcomes).filteredOn(o -> o instanceof Nomination).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
        Nomination claimed = (Nomination) outcomes.stream().filter(o -> o instanceof Nomination).findFirst().orElseThrow();
        boolean ritaWon = claimed.claimedBy() == rita.userId();
        PortalUser winner = ritaWon ? rita : adam;
        PortalUser loser = ritaWon ? adam : rita;
        // The other reviewer can neither take it over nor decide it.
        assertThat(((ConflictException) as(loser, () -> reviews.claimNomination(nomination.id())).call())
                .messageKey()).isEqualTo("review.claimed-by-other");
        assertThat(((ConflictException) as(loser, () -> reviews.decideNomination(nomination.id(), true, null, claimed.version())).call())
                .messageKey()).isEqualTo("review.claimed-by-other");
        Nomination decided = (Nomination) as(winner, () -> reviews.decideNomination(nomination.id(), true, null, claimed.version())).call();
        assertThat(decided.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(winner.userId());
    }

    @Test
    void nothingIsDecidedBeforeItIsClaimedAndTheClaimCanBeGivenBackOrReassigned() throws Exception {
        String ownerEmail = unique("claims") + "@onboard.example";
        PublisherAccount account = freshPublisher(ownerEmail);
        Nomination nomination = nominations.submit(account.id(), nominationForm());
        signIn.as("reviewer@portal.example");
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> reviews.decideNomination(nomination.id(), true, null, nomination.version())).messageKey())
                .isEqualTo("review.claim-first");
        Nomination claimed = reviews.claimNomination(nomination.id());
        Nomination released = reviews.releaseNomination(nomination.id());
        assertThat(released.claimedBy()).isNull();
        assertThat(reviews.queue(new QueueFilter(QueueKind.NOMINATION, account.id(), null, null, QueueFilter.Claim.UNCLAIMED, null),
                List.of(), RowWindow.of(0, 10))).extracting(QueueItem::id).containsExactly(nomination.id());
        reviews.claimNomination(nomination.id());
        long rita = claimed.claimedBy();
        assertThat(reviews.queue(new QueueFilter(null, account.id(), null, null, QueueFilter.Claim.CLAIMED_BY, rita),
                List.of(), RowWindow.of(0, 10))).extracting(QueueItem::claimedBy).containsExactly("Rita Reviewer");
        // Only administrators give an item to someone else.
        assertThatThrownBy(() -> reviews.reassignNomination(nomination.id(), rita)).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin@portal.example");
        long adam = callers.findLogin("admin@portal.example").orElseThrow().id();
        Nomination reassigned = reviews.reassignNomination(nomination.id(), adam);
        assertThat(reassigned.claimedBy()).isEqualTo(adam);
        assertThat(catchThrowableOfType(com.publisherportal.common.ValidationException.class,
                () -> reviews.reassignNomination(nomination.id(), callers.findLogin(ownerEmail).orElseThrow().id())).violations())
                .extracting(v -> v.messageKey()).containsExactly("review.reviewer-unknown");
        signIn.as("reviewer@portal.example");
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> reviews.decideNomination(nomination.id(), true, null, reassigned.version())).messageKey())
                .isEqualTo("review.claimed-by-other");
    }

    @Test
    void anOverdueItemSaysByHowManyBusinessDays() {
        // Due at the end of a Friday: Saturday and Sunday do not count; Tuesday is two business days late.
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.Instant friday = java.time.LocalDate.of(2026, 11, 20).atTime(java.time.LocalTime.MAX).atZone(paris).toInstant();
        java.time.Instant before = clock.instant();
        try {
            clock.set(java.time.LocalDate.of(2026, 11, 22).atTime(10, 0).atZone(paris).toInstant());
            assertThat(reviews.dueState(friday)).isEqualTo(new DueState(ClockStatus.OVERDUE, 1));
            clock.set(java.time.LocalDate.of(2026, 11, 24).atTime(10, 0).atZone(paris).toInstant());
            assertThat(reviews.dueState(friday)).isEqualTo(new DueState(ClockStatus.OVERDUE, 2));
            clock.set(java.time.LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(paris).toInstant());
            assertThat(reviews.dueState(friday)).isEqualTo(new DueState(ClockStatus.DUE_TODAY, 0));
        } finally {
            clock.set(before);
        }
    }

    @Test
    void twoReviewersCertifyingTheSameOfferAtOnceStoreExactlyOneDecision() throws Exception {
        signIn.as("reviewer@portal.example");
        Offer offer = lifecycle.claimForCertification(offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().id());
        PortalUser rita = callers.findLogin("reviewer@portal.example").orElseThrow().toPrincipal();
        PortalUser adam = callers.findLogin("admin@portal.example").orElseThrow().toPrincipal();
        // Only the claimant decides: another reviewer is refused without changing anything.
        assertThat(((ConflictException) as(adam, () -> lifecycle.certify(offer.id(),
                new CertificationChecklist(true, true, true, true, true), null, offer.version())).call()).messageKey())
                .isEqualTo("review.claimed-by-other");
        // The claimant deciding twice at once (two tabs): one decision is stored.
        List<Object> outcomes = race(
                as(rita, () -> lifecycle.certify(offer.id(), new CertificationChecklist(true, true, true, true, true), null, offer.version())),
                as(rita, () -> lifecycle.certify(offer.id(), new CertificationChecklist(true, false, true, true, true),
                        "Fails on the platform", offer.version())));
        assertThat(outcomes).filteredOn(o -> o instanceof Offer).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
        ConflictException lost = (ConflictException) outcomes.stream().filter(o -> o instanceof ConflictException).findFirst().orElseThrow();
        assertThat(lost.messageKey()).isEqualTo("review.changed-by");
        signIn.as("reviewer@portal.example");
        assertThat(lifecycle.history(offer.id()).stream().filter(h -> h.fromStatus() == OfferStatus.IN_CERTIFICATION).count())
                .isEqualTo(1);
    }

    private java.util.concurrent.Callable<Object> as(PortalUser user, java.util.concurrent.Callable<Object> call) {
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                return call.call();
            } catch (ConflictException e) {
                return e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    /** Runs the calls at the same moment on separate threads and returns each result or conflict. */
    private static List<Object> race(java.util.concurrent.Callable<Object> first, java.util.concurrent.Callable<Object> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (var call : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Object> results = Collections.synchronizedList(new ArrayList<>());
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
