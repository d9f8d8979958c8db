package com.publisherportal.ui;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.ui.ReviewItemView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page of a submitted offer as a reviewer works with it: everything to judge on the
 * page before claiming, decisions only once claimed, the claim given back; an administrator may
 * give it to someone else.
 */
@PortalSpringTest
@ActiveProfiles("test")
class ReviewWorkbenchUiTest extends KaribuTest {

    @Autowired OfferService offers;

    @Test
    void aReviewerSeesWhatToJudgeDecidesOnlyOnceClaimedAndCanGiveTheClaimBack() {
        login("reviewer@portal.example");
        Offer vm = offers.findByAddress("contoso", "contoso-secure-vm").orElseThrow();
        assertThat(vm.status()).isEqualTo(OfferStatus.SUBMITTED);
        navigate("staff/review/certification/" + vm.id());
        _get(ReviewItemView.class);

        // Judged on the page itself: the listing as the storefront will show it, the prerequisites,
        // the automated checks, and the history; the demo's offer is past its clock.
        assertThat(_get(Details.class, spec -> spec.withId("review-listing")).isOpened()).isTrue();
        assertThat(_find(com.vaadin.flow.component.html.H1.class).stream().map(h -> h.getText()))
                .contains("Contoso Secure VM");
        _get(Details.class, spec -> spec.withId("review-prerequisites"));
        _get(Details.class, spec -> spec.withId("review-checks"));
        _get(Details.class, spec -> spec.withId("review-history"));
        assertThat(_get(Span.class, spec -> spec.withId("due-state")).getText()).matches("Overdue by \\d+ business days?");

        // Nothing to decide with before the claim.
        _assertNone(RadioButtonGroup.class);
        _assertNone(Button.class, spec -> spec.withId("record-certification"));
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(offers.offer(vm.id()).status()).isEqualTo(OfferStatus.IN_CERTIFICATION);
        assertThat(_find(RadioButtonGroup.class)).hasSize(5);
        _get(Button.class, spec -> spec.withId("record-certification"));
        _assertNone(ComboBox.class, spec -> spec.withId("reassign-to"));

        // Given back: submitted again, unclaimed, and the decision controls are gone.
        _click(_get(Button.class, spec -> spec.withId("release")));
        Offer released = offers.offer(vm.id());
        assertThat(released.status()).isEqualTo(OfferStatus.SUBMITTED);
        assertThat(released.claimedBy()).isNull();
        _assertNone(RadioButtonGroup.class);
    }

    @Test
    void anAdministratorGivesAClaimedItemToAnotherReviewer() {
        login("reviewer@portal.example");
        Offer vm = offers.findByAddress("contoso", "contoso-secure-vm").orElseThrow();
        navigate("staff/review/certification/" + vm.id());
        _click(_get(Button.class, spec -> spec.withId("claim")));
        long rita = offers.offer(vm.id()).claimedBy();

        var admin = login("admin@portal.example");
        navigate("staff/review/certification/" + vm.id());
        // Claimed by someone else: the administrator sees who, may reassign, but does not decide.
        _assertNone(Button.class, spec -> spec.withId("record-certification"));
        @SuppressWarnings("unchecked")
        ComboBox<com.publisherportal.account.StaffMember> to = _get(ComboBox.class, spec -> spec.withId("reassign-to"));
        com.publisherportal.account.StaffMember self = to.getListDataView().getItems()
                .filter(m -> m.userId() == admin.userId()).findFirst().orElseThrow();
        userSets(to, self);
        _click(_get(Button.class, spec -> spec.withId("reassign")));
        assertThat(offers.offer(vm.id()).claimedBy()).isEqualTo(admin.userId()).isNotEqualTo(rita);
        _get(Button.class, spec -> spec.withId("record-certification"));

        // Back to the queue as the demo has it.
        _click(_get(Button.class, spec -> spec.withId("release")));
        assertThat(offers.offer(vm.id()).status()).isEqualTo(OfferStatus.SUBMITTED);
    }
}
