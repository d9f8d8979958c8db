package com.publisherportal.onboarding;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.ConflictException;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.common.ui.PortalI18NProvider;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.testsupport.AgreementsReset;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Agreements as documents: acceptance records, a new version blocking the next submission, and who may do what. */
@PortalSpringTest
@ActiveProfiles("test")
class AgreementServiceTest {

    @Autowired AgreementService agreements;
    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired PrerequisiteService prerequisites;
    @Autowired PublisherAccountRepository accounts;
    @Autowired NotificationService notifications;
    @Autowired PortalI18NProvider texts;
    @Autowired MutableClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void everyoneAcceptsAgain() {
        AgreementsReset.acceptCurrentEverywhere(jdbc);
        SignIn.out();
    }

    long contoso() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    static AgreementService.AgreementDraft draft(String change) {
        return new AgreementService.AgreementDraft("Terms of use", "Conditions d’utilisation",
                "Line one.\nLine two with <b>no markup</b>.", "Ligne un.\nLigne deux.", change, "Changement : " + change);
    }

    private List<Violation> agreementBlockers(long offerId) {
        return lifecycle.validate(offerId).stream().filter(v -> "agreements".equals(v.field())).toList();
    }

    @Test
    void theOwnersAcceptanceRecordsWhoWhenAndWhichVersion() {
        signIn.as("admin@portal.example");
        AgreementVersion v2 = agreements.publish(AgreementKind.PRIVACY_STATEMENT, draft("Data kept for 30 days."));
        assertThat(v2.number()).isEqualTo(agreements.versions(AgreementKind.PRIVACY_STATEMENT).get(1).number() + 1);

        var owner = signIn.as("owner@contoso.example");
        AgreementStanding before = agreements.standing(contoso()).stream()
                .filter(s -> s.kind() == AgreementKind.PRIVACY_STATEMENT).findFirst().orElseThrow();
        assertThat(before.accepted()).isFalse();
        assertThat(before.renewalNeeded()).isTrue();
        assertThat(before.latestAcceptance().orElseThrow().versionNumber()).isLessThan(v2.number());
        // The owners are told in the portal.
        assertThat(notifications.mine(10)).extracting(n -> n.messageKey()).contains("notification.agreement-new-version");

        AgreementAcceptance accepted = agreements.accept(contoso(), v2.id());
        assertThat(accepted.versionId()).isEqualTo(v2.id());
        assertThat(accepted.versionNumber()).isEqualTo(v2.number());
        assertThat(accepted.acceptedBy()).isEqualTo(owner.userId());
        assertThat(accepted.acceptedByName()).isNotBlank();
        assertThat(accepted.acceptedAt()).isEqualTo(clock.instant());
        assertThat(agreements.standing(contoso())).allMatch(AgreementStanding::accepted);

        // Accepting again keeps the first record.
        clock.advance(java.time.Duration.ofHours(1));
        assertThat(agreements.accept(contoso(), v2.id()).acceptedAt()).isEqualTo(accepted.acceptedAt());
    }

    @Test
    void aNewVersionBlocksTheNextSubmissionUntilTheOwnerAcceptsIt() {
        signIn.as("owner@contoso.example");
        long edge = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        assertThat(agreementBlockers(edge)).isEmpty();
        assertThat(prerequisites.checklist(edge)).filteredOn(t -> t.item() == Prerequisite.AGREEMENTS_ACCEPTED)
                .allMatch(PrerequisiteTick::done);

        signIn.as("admin@portal.example");
        AgreementVersion v2 = agreements.publish(AgreementKind.TERMS_OF_USE, draft("Section 4 on refunds was rewritten."));

        signIn.as("developer@contoso.example");
        List<Violation> blockers = agreementBlockers(edge);
        assertThat(blockers).hasSize(1);
        Violation blocker = blockers.getFirst();
        assertThat(texts.getTranslation(blocker.messageKey(), PortalI18NProvider.ENGLISH, blocker.arguments()))
                .contains("Terms of use").contains("version " + v2.number()).contains("Section 4 on refunds was rewritten.");
        assertThat(texts.getTranslation(blocker.messageKey(), PortalI18NProvider.FRENCH, blocker.arguments()))
                .contains("Conditions d’utilisation").contains("Changement : Section 4");
        // The prerequisite reads from the agreements and cannot be ticked by hand.
        assertThat(prerequisites.checklist(edge)).filteredOn(t -> t.item() == Prerequisite.AGREEMENTS_ACCEPTED)
                .noneMatch(PrerequisiteTick::done);
        assertThatThrownBy(() -> prerequisites.set(edge, Prerequisite.AGREEMENTS_ACCEPTED, true))
                .isInstanceOf(ValidationException.class).hasMessage("prerequisite.from-agreements");
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> lifecycle.submit(edge));
        assertThat(refused.violations()).extracting(Violation::messageKey).contains("submit.agreement-renewal");

        signIn.as("owner@contoso.example");
        agreements.accept(contoso(), v2.id());
        signIn.as("developer@contoso.example");
        assertThat(agreementBlockers(edge)).isEmpty();
        assertThat(prerequisites.checklist(edge)).filteredOn(t -> t.item() == Prerequisite.AGREEMENTS_ACCEPTED)
                .allMatch(PrerequisiteTick::done);
    }

    @Test
    void onlyTheOwnerAcceptsAndOnlyTheCurrentVersion() {
        signIn.as("admin@portal.example");
        AgreementVersion v2 = agreements.publish(AgreementKind.CERTIFIED_PROGRAM, draft("New security review."));
        AgreementVersion v3 = agreements.publish(AgreementKind.CERTIFIED_PROGRAM, draft("Malware scan clarified."));

        for (String member : List.of("manager@contoso.example", "developer@contoso.example", "marketer@contoso.example")) {
            signIn.as(member);
            assertThatThrownBy(() -> agreements.accept(contoso(), v3.id())).as(member).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as("reviewer@portal.example");
        assertThatThrownBy(() -> agreements.accept(contoso(), v3.id())).isInstanceOf(RuntimeException.class);

        signIn.as("owner@contoso.example");
        ConflictException old = catchThrowableOfType(ConflictException.class, () -> agreements.accept(contoso(), v2.id()));
        assertThat(old.messageKey()).isEqualTo("agreements.not-current");
        assertThat(agreements.standing(contoso())).filteredOn(s -> s.kind() == AgreementKind.CERTIFIED_PROGRAM)
                .noneMatch(AgreementStanding::accepted);
    }

    @Test
    void fabrikamCannotSeeOrAcceptForContoso() {
        signIn.as("owner@fabrikam.example");
        long contoso = contoso();
        long version = agreements.current().getFirst().id();
        assertThatThrownBy(() -> agreements.standing(contoso)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.accept(contoso, version)).isInstanceOf(NotFoundException.class);
        // Their own standing shows only their own acceptances.
        long fabrikam = accounts.findByPublisherId("fabrikam").orElseThrow().id();
        assertThat(agreements.standing(fabrikam)).allSatisfy(s -> assertThat(s.latestAcceptance().orElseThrow().accountId())
                .isEqualTo(fabrikam));
    }

    @Test
    void publishersAndReviewersCannotPublishVersions() {
        for (String caller : List.of("owner@contoso.example", "manager@contoso.example", "reviewer@portal.example")) {
            signIn.as(caller);
            assertThatThrownBy(() -> agreements.publish(AgreementKind.TERMS_OF_USE, draft("Sneaky.")))
                    .as(caller).isInstanceOf(AccessDeniedException.class);
            assertThat(agreements.current()).filteredOn(v -> v.kind() == AgreementKind.TERMS_OF_USE)
                    .allSatisfy(v -> assertThat(v.changesEn()).isNotEqualTo("Sneaky."));
        }
        signIn.as("owner@contoso.example");
        assertThatThrownBy(() -> agreements.versions(AgreementKind.TERMS_OF_USE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVersionNeedsEveryTextInBothLanguages() {
        signIn.as("admin@portal.example");
        int before = agreements.versions(AgreementKind.TERMS_OF_USE).size();
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> agreements.publish(
                AgreementKind.TERMS_OF_USE, new AgreementService.AgreementDraft("T", " ", "Body", "", "x".repeat(2001), "c")));
        assertThat(refused.byField()).containsOnlyKeys("titleFr", "bodyFr", "changesEn");
        assertThat(agreements.versions(AgreementKind.TERMS_OF_USE)).hasSize(before);
    }
}
