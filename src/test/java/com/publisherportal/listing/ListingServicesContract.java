package com.publisherportal.listing;

import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.onboarding.CertificationChecklist;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Listing revisions, media and their visibility, through the services; runs on H2 and PostgreSQL. */
abstract class ListingServicesContract {

    @Autowired SignIn signIn;
    @Autowired ListingService listings;
    @Autowired ListingMediaService listingMedia;
    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired ListingAdviceService adviceService;
    @Autowired ListingRepository revisionRepository;
    @Autowired com.publisherportal.common.ui.PortalI18NProvider i18n;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Offer contoso(String offerId) {
        return offers.findByAddress("contoso", offerId).orElseThrow();
    }

    static ByteArrayInputStream png(int width, int height) {
        return new ByteArrayInputStream(GeneratedArtwork.png(width, height, Color.BLUE, "T"));
    }

    ListingForm formOf(ListingRevision revision, List<String> keywords) {
        ListingForm f = ListingForm.of(revision);
        return new ListingForm(f.name(), f.summary(), f.description(), f.gettingStarted(), f.categories(), f.industries(),
                f.productsUsed(), keywords, f.privacyUrl(), f.supportName(), f.supportEmail(), f.supportPhone(),
                f.engineeringName(), f.engineeringEmail(), f.engineeringPhone(), f.consultingDuration(), f.consultingUnit(),
                f.consultingType());
    }

    @Test
    void theServiceRefusesAFourthKeywordAndSanitisesTheDescription() {
        signIn.as("marketer@contoso.example");
        Offer draft = contoso("contoso-edge");
        ListingRevision revision = listings.editorRevision(draft.id());
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                listings.save(draft.id(), formOf(revision, List.of("a", "b", "c", "d")), revision.id(), revision.version()));
        assertThat(e.byField()).containsKey("keywords");
        ListingForm withScript = new ListingForm("Edge Agent", "Runs at the edge",
                "<p>Fast</p><script>alert(1)</script>", null, List.of("iot"), List.of(), List.of(), List.of("edge"),
                null, null, null, null, null, null, null, null, null, null);
        ListingRevision saved = listings.save(draft.id(), withScript, revision.id(), revision.version());
        assertThat(saved.description()).isEqualTo("<p>Fast</p>");
        assertThat(saved.keywords()).isEqualTo("edge");
        // A second save with the version the editor loaded first is a conflict, not an overwrite.
        assertThatThrownBy(() -> listings.save(draft.id(), withScript, revision.id(), revision.version()))
                .isInstanceOf(com.publisherportal.common.ConflictException.class);
    }

    @Test
    void theServiceRefusesAnOverLongSummaryInsteadOfCuttingIt() {
        signIn.as("marketer@contoso.example");
        Offer draft = contoso("contoso-edge");
        ListingRevision revision = listings.editorRevision(draft.id());
        ListingForm f = ListingForm.of(revision);
        ListingForm tooLong = new ListingForm(f.name(), "s".repeat(163), f.description(), f.gettingStarted(),
                f.categories(), f.industries(), f.productsUsed(), f.keywords(), f.privacyUrl(), f.supportName(),
                f.supportEmail(), f.supportPhone(), f.engineeringName(), f.engineeringEmail(), f.engineeringPhone(),
                f.consultingDuration(), f.consultingUnit(), f.consultingType());
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                listings.save(draft.id(), tooLong, revision.id(), revision.version()));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("summary");
            assertThat(v.messageKey()).isEqualTo("listing.too-long");
            assertThat(v.arguments()).containsExactly(ListingRules.SUMMARY_MAX, 163);
        });
        ListingRevision unchanged = listings.editorRevision(draft.id());
        assertThat(unchanged.summary()).isEqualTo(revision.summary());
        assertThat(unchanged.version()).isEqualTo(revision.version());
    }

    @Test
    void uploadsAreCheckedForTheirKindAndVideosRefusedOnAVirtualMachine() {
        signIn.as("owner@contoso.example");
        Offer vm = contoso("contoso-edge");
        assertThat(listingMedia.upload(vm.id(), MediaKind.LOGO_SMALL, "logo.png", png(48, 48)).width()).isEqualTo(48);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> listingMedia.upload(vm.id(), MediaKind.LOGO_LARGE, "logo.png", png(216, 215))).messageKey()).isEqualTo("upload.wrong-size");
        assertThat(catchThrowableOfType(ValidationException.class, () -> listingMedia.addVideo(vm.id(), "Demo",
                "https://www.youtube.com/watch?v=abc", "thumb.png", png(1280, 720))).messageKey()).isEqualTo("listing.not-for-type");
        for (int i = 0; i < MediaKind.SCREENSHOT.maxCount(); i++) {
            listingMedia.upload(vm.id(), MediaKind.SCREENSHOT, "shot" + i + ".png", png(1280, 720));
        }
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> listingMedia.upload(vm.id(), MediaKind.SCREENSHOT, "sixth.png", png(1280, 720))).messageKey())
                .isEqualTo("listing.media.too-many");
    }

    @Test
    void fabrikamCannotReadContososDraftMediaOrListing() {
        signIn.as("owner@contoso.example");
        Offer draft = contoso("contoso-insights-pbi");
        ListingRevision revision = listings.editorRevision(draft.id());
        long mediaId = listingMedia.media(revision.id()).getFirst().id();
        assertThat(listingMedia.mediaContent(mediaId)).isPresent();
        signIn.as("owner@fabrikam.example");
        assertThat(listingMedia.mediaContent(mediaId)).isEmpty();
        assertThatThrownBy(() -> listings.editorRevision(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listingMedia.media(revision.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listingMedia.upload(draft.id(), MediaKind.LOGO_SMALL, "x.png", png(48, 48)))
                .isInstanceOf(NotFoundException.class);
        SignIn.out();
        assertThat(listingMedia.mediaContent(mediaId)).isEmpty();
    }

    @Test
    void aFinancialUserCannotEditTheListing() {
        signIn.as("finance@contoso.example");
        Offer draft = contoso("contoso-edge");
        ListingRevision revision = listings.editorRevision(draft.id());
        assertThatThrownBy(() -> listings.save(draft.id(), ListingForm.of(revision), revision.id(), revision.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(listings.mayEdit(draft.id())).isFalse();
    }

    @Test
    void thePublicPageNeverShowsADraftRevisionUntilItGoesLive() {
        signIn.as("owner@fabrikam.example");
        Offer backup = offers.findByAddress("fabrikam", "fabrikam-backup").orElseThrow();
        StorefrontListing before = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        ListingRevision live = listings.editorRevision(backup.id());
        assertThat(live.state()).isEqualTo(RevisionState.LIVE);
        ListingForm changed = ListingForm.of(live);
        changed = new ListingForm(changed.name(), "A brand new summary", changed.description(), changed.gettingStarted(),
                changed.categories(), changed.industries(), changed.productsUsed(), changed.keywords(), changed.privacyUrl(),
                changed.supportName(), changed.supportEmail(), changed.supportPhone(), changed.engineeringName(),
                changed.engineeringEmail(), changed.engineeringPhone(), null, null, null);
        ListingRevision draft = listings.save(backup.id(), changed, live.id(), live.version());
        assertThat(draft.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(draft.revisionNumber()).isEqualTo(live.revisionNumber() + 1);
        // With a draft beside the live revision, the editor opens the draft.
        assertThat(listings.editorRevision(backup.id()).id()).isEqualTo(draft.id());
        assertThat(listingMedia.media(draft.id())).hasSameSizeAs(listingMedia.media(live.id()));
        // Still live, still showing the old summary, while the change goes through certification.
        assertThat(listings.storefront("fabrikam", "fabrikam-backup").orElseThrow().revision().summary())
                .isEqualTo(before.revision().summary());
        lifecycle.submit(backup.id());
        assertThat(listings.storefront("fabrikam", "fabrikam-backup").orElseThrow().revision().summary())
                .isEqualTo(before.revision().summary());
        signIn.as("reviewer@portal.example");
        Offer claimed = lifecycle.claimForCertification(backup.id());
        lifecycle.certify(backup.id(), new CertificationChecklist(true, true, true, true, true), null, claimed.version());
        assertThat(listings.preview(backup.id()).revision().summary()).isEqualTo("A brand new summary");
        signIn.as("owner@fabrikam.example");
        lifecycle.goLive(backup.id());
        assertThat(listings.storefront("fabrikam", "fabrikam-backup").orElseThrow().revision().summary())
                .isEqualTo("A brand new summary");
        assertThat(listings.history(backup.id())).extracting(ListingRevision::state)
                .containsExactly(RevisionState.LIVE, RevisionState.SUPERSEDED);
    }

    @Test
    void nonLiveAndUnknownOffersHaveNoPublicPage() {
        assertThat(listings.storefront("contoso", "contoso-insights-pbi")).isEmpty();
        assertThat(listings.storefront("fabrikam", "fabrikam-vault")).isEmpty();
        assertThat(listings.storefront("contoso", "no-such-offer")).isEmpty();
        assertThat(listings.storefront("contoso", "contoso-analytics")).isPresent();
    }

    @Test
    void thePreviewOpensForPublishersInPreviewAndForStaffAtAnyTime() {
        signIn.as("owner@contoso.example");
        Offer attention = contoso("contoso-insights-pbi");
        assertThat(catchThrowableOfType(ValidationException.class, () -> listings.preview(attention.id())).messageKey())
                .isEqualTo("listing.preview.not-yet");
        signIn.as("reviewer@portal.example");
        assertThat(listings.preview(attention.id()).offer().status()).isEqualTo(OfferStatus.ATTENTION_NEEDED);
        signIn.as("owner@fabrikam.example");
        assertThat(listings.preview(offers.findByAddress("fabrikam", "fabrikam-vault").orElseThrow().id())).isNotNull();
    }

    private static ListingForm withVerticals(ListingForm f, List<String> verticals) {
        return new ListingForm(f.name(), f.summary(), f.description(), f.gettingStarted(), f.categories(), f.industries(),
                f.productsUsed(), f.keywords(), f.privacyUrl(), f.supportName(), f.supportEmail(), f.supportPhone(),
                f.engineeringName(), f.engineeringEmail(), f.engineeringPhone(), f.consultingDuration(), f.consultingUnit(),
                f.consultingType(), verticals);
    }

    @Test
    void verticalsAreStoredLimitedToTwoPerIndustryAndOnlyUnderAChosenIndustry() {
        signIn.as("marketer@contoso.example");
        Offer app = contoso("contoso-insights-pbi");
        ListingRevision revision = listings.editorRevision(app.id());
        ListingForm f = ListingForm.of(revision);
        assertThat(f.industries()).containsExactly("retail", "financial-services");

        ValidationException three = catchThrowableOfType(ValidationException.class, () -> listings.save(app.id(),
                withVerticals(f, List.of("retail.retailers", "financial-services.banking-capital-markets",
                        "financial-services.insurance", "financial-services.unknown")), revision.id(), revision.version()));
        assertThat(three.violations()).extracting(ValidationException.Violation::messageKey)
                .containsExactlyInAnyOrder("verticals.unknown");
        ListingForm healthcare = withVerticals(new ListingForm(f.name(), f.summary(), f.description(), f.gettingStarted(),
                f.categories(), List.of("healthcare"), f.productsUsed(), f.keywords(), f.privacyUrl(), f.supportName(),
                f.supportEmail(), f.supportPhone(), f.engineeringName(), f.engineeringEmail(), f.engineeringPhone(),
                null, null, null), List.of("healthcare.payor", "healthcare.provider", "healthcare.pharmaceuticals"));
        ValidationException tooMany = catchThrowableOfType(ValidationException.class, () -> listings.save(app.id(),
                healthcare, revision.id(), revision.version()));
        assertThat(tooMany.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("verticals");
            assertThat(v.messageKey()).isEqualTo("verticals.too-many");
            assertThat(v.arguments()).containsExactly(VerticalCatalogue.name("industry.healthcare"), 2, 3);
        });
        ValidationException notChosen = catchThrowableOfType(ValidationException.class, () -> listings.save(app.id(),
                withVerticals(f, List.of("healthcare.payor")), revision.id(), revision.version()));
        assertThat(notChosen.violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("verticals.industry-not-chosen");
            assertThat(v.arguments()).containsExactly(VerticalCatalogue.name("vertical.healthcare.payor"),
                    VerticalCatalogue.name("industry.healthcare"));
        });
        assertThat(listings.editorRevision(app.id()).version()).isEqualTo(revision.version());

        List<String> two = List.of("financial-services.banking-capital-markets", "financial-services.insurance",
                "retail.consumer-goods");
        ListingRevision saved = listings.save(app.id(), withVerticals(f, two), revision.id(), revision.version());
        assertThat(ListingForm.of(saved).verticals()).containsExactlyElementsOf(two);
        assertThat(listings.check(app)).noneMatch(v -> v.arguments().length > 1
                && v.arguments()[1] instanceof ListingService.TranslatedViolation t
                && t.messageKey().startsWith("verticals."));
        // Fabrikam cannot change them: Contoso's offer does not exist for it.
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> listings.save(app.id(), withVerticals(f, List.of("retail.retailers")), saved.id(),
                saved.version())).isInstanceOf(NotFoundException.class);
        signIn.as("marketer@contoso.example");
        assertThat(ListingForm.of(listings.editorRevision(app.id())).verticals()).containsExactlyElementsOf(two);
        // Put the demo's verticals back for the other tests.
        listings.save(app.id(), withVerticals(f, f.verticals()), saved.id(), saved.version());
    }

    @Test
    void aVideoKeepsItsLengthAndTheAdvisorReadsTheStoredListing() {
        signIn.as("marketer@contoso.example");
        Offer app = contoso("contoso-insights-pbi");
        ListingMedia video = listingMedia.addVideo(app.id(), "Analytics tour", "https://www.youtube.com/watch?v=abc", 75,
                "thumb.png", png(1280, 720));
        assertThat(video.durationSeconds()).isEqualTo(75);
        ListingAdvice advice = adviceService.advice(app.id());
        assertThat(advice.item(ListingAdvisor.Check.VIDEO_LENGTH).passed()).isTrue();
        assertThat(advice.item(ListingAdvisor.Check.DOCUMENT_LINKS).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.documents.no-link", "datasheet.pdf"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> listingMedia.addVideo(app.id(), "Tour",
                "https://www.youtube.com/watch?v=abd", 0, "thumb.png", png(1280, 720))).messageKey())
                .isEqualTo("advisor.video.duration-range");
        listingMedia.removeMedia(app.id(), video.id());
        signIn.as("owner@fabrikam.example");
        assertThatThrownBy(() -> adviceService.advice(app.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> adviceService.mediaFacts(app.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSubmissionChecksRefuseAThirdVerticalNamingTheIndustry() {
        signIn.as("owner@contoso.example");
        Offer app = contoso("contoso-insights-pbi");
        ListingRevision r = listings.editorRevision(app.id());
        // Stored as an older catalogue or a direct write might leave it: the submission checks it again.
        ListingRevision stored = revisionRepository.save(new ListingRevision(r.id(), r.offerId(), r.revisionNumber(),
                r.state(), r.name(), r.summary(), r.description(), r.gettingStarted(), r.categories(), "healthcare",
                "healthcare.payor\nhealthcare.provider\nhealthcare.pharmaceuticals", r.productsUsed(), r.keywords(),
                r.privacyUrl(), r.supportName(), r.supportEmail(), r.supportPhone(), r.engineeringName(),
                r.engineeringEmail(), r.engineeringPhone(), r.consultingDuration(), r.consultingUnit(),
                r.consultingType(), r.updatedBy(), r.updatedAt(), r.wentLiveAt(), r.version()));
        try {
            assertThat(listings.check(app)).extracting(v -> i18n.getTranslation(v.messageKey(), java.util.Locale.ENGLISH,
                    v.arguments())).contains("Listing, Verticals: Healthcare: at most 2 verticals (3 chosen).");
            assertThat(listings.check(app)).extracting(v -> i18n.getTranslation(v.messageKey(), java.util.Locale.FRENCH,
                    v.arguments())).contains("Fiche, Sous-secteurs : Santé : 2 sous-secteurs au plus (3 choisis).");
        } finally {
            ListingRevision now = revisionRepository.findById(stored.id()).orElseThrow();
            revisionRepository.save(new ListingRevision(r.id(), r.offerId(), r.revisionNumber(), r.state(), r.name(),
                    r.summary(), r.description(), r.gettingStarted(), r.categories(), r.industries(), r.verticals(),
                    r.productsUsed(), r.keywords(), r.privacyUrl(), r.supportName(), r.supportEmail(), r.supportPhone(),
                    r.engineeringName(), r.engineeringEmail(), r.engineeringPhone(), r.consultingDuration(),
                    r.consultingUnit(), r.consultingType(), r.updatedBy(), r.updatedAt(), r.wentLiveAt(), now.version()));
        }
    }
}
