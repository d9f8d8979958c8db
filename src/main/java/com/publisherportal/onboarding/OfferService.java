package com.publisherportal.onboarding;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A publisher's offers: creating drafts and reading them. The lifecycle is in {@link OfferLifecycle}. */
@Service
public class OfferService {

    public static final int NAME_MAX_LENGTH = 50;

    private final OfferRepository offers;
    private final OfferHistoryRepository history;
    private final NominationRepository nominations;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    OfferService(OfferRepository offers, OfferHistoryRepository history, NominationRepository nominations,
                 AccountAccess access, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.offers = offers;
        this.history = history;
        this.nominations = nominations;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's offers, by name; members of the account and staff. */
    @Transactional(readOnly = true)
    public List<Offer> offers(long accountId) {
        access.requireMemberOrStaff(accountId);
        return offers.findByAccountIdOrderByNameAsc(accountId);
    }

    /** One offer by its database id, if the caller may see it (its account's members, or staff). */
    @Transactional(readOnly = true)
    public Offer offer(long id) {
        Offer offer = offers.findById(id).orElseThrow(() -> new NotFoundException("offer"));
        try {
            access.requireMemberOrStaff(offer.accountId());
        } catch (NotFoundException e) {
            throw new NotFoundException("offer");
        }
        return offer;
    }

    /**
     * An offer by its public address {@code publisherId.offerId}, without a caller check: for the
     * public storefront and external intake, which must only show or link what is public.
     */
    @Transactional(readOnly = true)
    @PublicAccess("The storefront finds an offer by its public address for anyone; callers show it only when it is on the storefront.")
    public Optional<Offer> findByAddress(String publisherId, String offerId) {
        return offers.findByPublisherIdAndOfferId(publisherId, offerId);
    }

    /**
     * An offer that the storefront shows (it went live and was not stopped), without a caller
     * check: what it returns is public.
     */
    @Transactional(readOnly = true)
    @PublicAccess("Public information: the offers on the storefront.")
    public Optional<Offer> findOnStorefront(long id) {
        return offers.findById(id).filter(Offer::onStorefront);
    }

    /**
     * An offer named by a preview link, without a caller check: the link's random token is the
     * credential, and only the preview audience's service, once it has found the token, asks here.
     */
    @Transactional(readOnly = true)
    @PublicAccess("Asked only for the offer of a valid preview link token, whose holder may see its preview.")
    public Optional<Offer> findForPreviewLink(long id) {
        return offers.findById(id);
    }

    /**
     * The offer if the caller may read it (a member of its account, or staff), else empty: for
     * callers that answer "not found" either way, without failing their transaction.
     */
    @Transactional(readOnly = true)
    public Optional<Offer> findReadable(long id) {
        Optional<Offer> offer = offers.findById(id);
        try {
            offer.ifPresent(o -> access.requireMemberOrStaff(o.accountId()));
            return offer;
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /**
     * Locks an offer the caller may read until the transaction ends, so that concurrent first
     * edits of something that belongs to it (a listing draft) cannot both start one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Offer lock(long id) {
        offer(id);
        return offers.lockById(id).orElseThrow(() -> new NotFoundException("offer"));
    }

    /** Whether the account may create offers: it needs an approved nomination (docs/domain.md, Onboarding). */
    @Transactional(readOnly = true)
    public boolean mayCreateOffers(long accountId) {
        access.requireMemberOrStaff(accountId);
        return nominations.existsByAccountIdAndStatus(accountId, ReviewStatus.APPROVED);
    }

    @Transactional
    public Offer create(long accountId, String offerIdInput, String nameInput, OfferType type) {
        access.requireMember(accountId, AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        if (!nominations.existsByAccountIdAndStatus(accountId, ReviewStatus.APPROVED)) {
            throw new ValidationException("", "offer.create.needs-nomination");
        }
        OfferId offerId = OfferId.parse(offerIdInput);
        String name = nameInput == null ? "" : nameInput.trim();
        if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
            throw new ValidationException("name", "offer.name.invalid", NAME_MAX_LENGTH);
        }
        if (type == null) {
            throw new ValidationException("offerType", "offer.type.required");
        }
        if (offers.existsByAccountIdAndOfferId(accountId, offerId.value())) {
            throw new ValidationException("offerId", "offer.id.taken");
        }
        var user = currentUser.require();
        try {
            Offer offer = offers.save(new Offer(null, accountId, offerId.value(), name, type, OfferStatus.DRAFT,
                    user.userId(), clock.instant(), null, null, null, null, null, null));
            history.record(offer.id(), clock.instant(), user.userId(), user.email(), null, OfferStatus.DRAFT, null);
            audit.record(accountId, "offer", String.valueOf(offer.id()), "OFFER_CREATED", offerId.value());
            return offer;
        } catch (DuplicateKeyException e) {
            throw new ValidationException("offerId", "offer.id.taken");
        }
    }
}
