package com.publisherportal.listing;

import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.AccountAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The listing advisor on a stored listing (the review page) and the media facts the editor's live
 * advice reads (the texts come from the form as the publisher types). For the offer's members and staff.
 */
@Service
public class ListingAdviceService {

    private final ListingRepository revisions;
    private final MediaRepository media;
    private final OfferService offers;
    private final AccountAccess access;

    ListingAdviceService(ListingRepository revisions, MediaRepository media, OfferService offers, AccountAccess access) {
        this.revisions = revisions;
        this.media = media;
        this.offers = offers;
        this.access = access;
    }

    /** The media facts of the revision the editor and the reviewer see (the draft, else the live one). */
    @Transactional(readOnly = true)
    public ListingAdvisor.MediaFacts mediaFacts(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        return revisions.findDraftElseLive(offerId).map(r -> facts(r.id())).orElse(ListingAdvisor.MediaFacts.NONE);
    }

    /** The advice on the stored listing (the draft, else the live one), as staff see it on the review page. */
    @Transactional(readOnly = true)
    public ListingAdvice advice(long offerId) {
        Offer offer = offers.offer(offerId);
        access.requireMemberOrStaff(offer.accountId());
        ListingRevision r = revisions.findDraftElseLive(offerId).orElse(null);
        ListingAdvisor.MediaFacts facts = r == null ? ListingAdvisor.MediaFacts.NONE : facts(r.id());
        return ListingAdvisor.advise(ListingAdvisor.listing(offer.offerType(), r == null ? null : ListingForm.of(r), facts));
    }

    private ListingAdvisor.MediaFacts facts(long revisionId) {
        List<ListingMedia> all = media.forRevision(revisionId);
        List<ListingAdvisor.Media> shown = all.stream().filter(m -> m.kind() != MediaKind.DOCUMENT)
                .map(m -> new ListingAdvisor.Media(m.kind(), m.fileName(), m.title(), m.durationSeconds())).toList();
        List<ListingAdvisor.Document> documents = all.stream().filter(m -> m.kind() == MediaKind.DOCUMENT)
                .map(m -> new ListingAdvisor.Document(m.fileName(), media.content(m.id())
                        .map(c -> PdfLinks.of(c.bytes())).orElse(List.of()))).toList();
        return new ListingAdvisor.MediaFacts(shown, documents);
    }
}
