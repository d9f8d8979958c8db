package com.publisherportal.listing;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Preview audiences and preview links, through the service; runs on H2 and PostgreSQL. */
abstract class PreviewAudienceContract {

    @Autowired SignIn signIn;
    @Autowired PreviewAudienceService audiences;
    @Autowired OfferService offers;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer offer(String publisher, String offerId) {
        return offers.findByAddress(publisher, offerId).orElseThrow();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSaasAudienceListsEmailAddressesAndAnAzureOneSubscriptionIds() {
        signIn.as("owner@fabrikam.example");
        Offer sync = offer("fabrikam", "fabrikam-sync");
        assertThat(audiences.audience(sync.id()).kind()).isEqualTo(PreviewAudienceKind.EMAIL);
        PreviewAudience after = audiences.add(sync.id(), "  Tester@Northwind.Example ");
        assertThat(after.members()).contains("tester@northwind.example");
        assertThat(catchThrowableOfType(ValidationException.class, () -> audiences.add(sync.id(), "tester@northwind.example"))
                .messageKey()).isEqualTo("preview-audience.already");
        assertThat(catchThrowableOfType(ValidationException.class, () -> audiences.add(sync.id(), "not an address"))
                .messageKey()).isEqualTo("preview-audience.email-invalid");

        Offer backup = offer("fabrikam", "fabrikam-backup");
        assertThat(audiences.audience(backup.id()).kind()).isEqualTo(PreviewAudienceKind.SUBSCRIPTION);
        assertThat(catchThrowableOfType(ValidationException.class, () -> audiences.add(backup.id(), "tester@northwind.example"))
                .messageKey()).isEqualTo("preview-audience.subscription-invalid");
        String subscription = UUID.randomUUID().toString();
        assertThat(audiences.add(backup.id(), subscription.toUpperCase(Locale.ROOT)).members()).contains(subscription);
        assertThat(audiences.remove(backup.id(), subscription).members()).doesNotContain(subscription);
    }

    @Test
    void aCsvIsAddedWholeOrNotAtAllWithItsBadLinesNamed() {
        signIn.as("owner@fabrikam.example");
        Offer vault = offer("fabrikam", "fabrikam-vault");
        int before = audiences.audience(vault.id()).members().size();
        String good = UUID.randomUUID().toString();
        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> audiences.importCsv(vault.id(),
                csv("subscription id\n" + good + ",Northwind test\n\nnot-a-guid\n" + UUID.randomUUID() + "\n")));
        assertThat(bad.violations()).hasSize(1);
        assertThat(bad.violations().getFirst().messageKey()).isEqualTo("preview-audience.csv-line");
        assertThat(bad.violations().getFirst().arguments()[0]).isEqualTo(4);
        assertThat(audiences.audience(vault.id()).members()).hasSize(before);

        PreviewAudience imported = audiences.importCsv(vault.id(), csv("\uFEFFSubscription ID\r\n\"" + good + "\"\r\n" + good + "\r\n"));
        assertThat(imported.members()).hasSize(before + 1).contains(good);

        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining("\n"));
        ValidationException tooMany = catchThrowableOfType(ValidationException.class, () -> audiences.importCsv(vault.id(), csv(hundredAndOne)));
        assertThat(tooMany.messageKey()).isEqualTo("preview-audience.csv-too-many");
        assertThat(audiences.audience(vault.id()).members()).hasSize(before + 1);
        assertThat(catchThrowableOfType(ValidationException.class, () -> audiences.importCsv(vault.id(),
                new ByteArrayInputStream(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}))).messageKey())
                .isEqualTo("preview-audience.csv-not-text");
    }

    @Test
    void theHundredAndFirstEntryIsRefused() {
        signIn.as("owner@contoso.example");
        Offer edge = offer("contoso", "contoso-edge");
        int before = audiences.audience(edge.id()).members().size();
        String rest = IntStream.range(before, 100).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining("\n"));
        assertThat(audiences.importCsv(edge.id(), csv(rest)).members()).hasSize(100);
        assertThat(catchThrowableOfType(ValidationException.class, () -> audiences.add(edge.id(), UUID.randomUUID().toString()))
                .messageKey()).isEqualTo("preview-audience.too-many");
    }

    @Test
    void thePreviewLinkOpensWithoutSigningInUntilItIsRevoked() {
        signIn.as("owner@contoso.example");
        Offer analytics = offer("contoso", "contoso-analytics");
        String token = audiences.audience(analytics.id()).token();
        assertThat(audiences.audience(analytics.id()).token()).isEqualTo(token);
        SignIn.out();
        PublicPreview preview = audiences.byToken(token, "FR").orElseThrow();
        assertThat(preview.listing().offer().id()).isEqualTo(analytics.id());
        assertThat(audiences.byToken("x".repeat(43), null)).isEmpty();
        assertThat(audiences.byToken("../../etc", null)).isEmpty();

        signIn.as("owner@contoso.example");
        String renewed = audiences.revokeLink(analytics.id()).token();
        assertThat(renewed).isNotEqualTo(token);
        SignIn.out();
        assertThat(audiences.byToken(token, null)).isEmpty();
        assertThat(audiences.byToken(renewed, null)).isPresent();
    }

    @Test
    void fabrikamCannotReadOrChangeContososAudienceAndAMarketerOfContosoCan() {
        Offer edge = offer("contoso", "contoso-edge");
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> audiences.audience(edge.id())).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> audiences.add(edge.id(), UUID.randomUUID().toString()))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> audiences.revokeLink(edge.id())).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> audiences.importCsv(edge.id(), csv(UUID.randomUUID().toString())))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        signIn.as("reviewer@portal.example");
        assertThat(audiences.audience(edge.id()).offerId()).isEqualTo(edge.id());
        assertThat(audiences.mayEdit(edge.id())).isFalse();
        signIn.as("marketer@contoso.example");
        assertThat(audiences.mayEdit(edge.id())).isTrue();
    }
}
