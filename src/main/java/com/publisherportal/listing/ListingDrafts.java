package com.publisherportal.listing;

import com.publisherportal.common.ValidationException;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Who may change a listing and when, and the draft revision a change goes into: shared by the
 * listing's texts ({@link ListingService}) and its media ({@link ListingMediaService}).
 */
@Component
class ListingDrafts {

    static final AccountRole[] EDITORS = {AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER,
            AccountRole.MARKETER};

    private final ListingRepository revisions;
    private final MediaRepository media;
    private final OfferService offers;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListingDrafts(ListingRepository revisions, MediaRepository media, OfferService offers,
                  AccountAccess access, CurrentUser currentUser, Clock clock) {
        this.revisions = revisions;
        this.media = media;
        this.offers = offers;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The offer, if the caller may edit its listing now (an editor's role, and a state that allows edits). */
    Offer requireEditable(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), EDITORS);
        if (!offer.status().isEditable() && offer.status() != OfferStatus.LIVE) {
            throw new ValidationException("", "listing.locked", offer.status());
        }
        return offer;
    }

    /** The draft to change: the existing one, or a copy of the live revision (with its media), or a new one. */
    ListingRevision draftFor(Offer offer) {
        offers.lock(offer.id());
        Optional<ListingRevision> draft = revisions.findByOfferIdAndState(offer.id(), RevisionState.DRAFT);
        if (draft.isPresent()) {
            return draft.get();
        }
        Long user = currentUser.require().userId();
        int next = revisions.lastRevisionNumber(offer.id()) + 1;
        Optional<ListingRevision> live = revisions.findByOfferIdAndState(offer.id(), RevisionState.LIVE);
        ListingRevision created = revisions.save(live.map(l -> l.copyAsDraft(next, user, clock.instant()))
                .orElseGet(() -> ListingRevision.empty(offer.id(), next, offer.name(), user, clock.instant())));
        live.ifPresent(l -> media.copy(l.id(), created.id()));
        return created;
    }
}
