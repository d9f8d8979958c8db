package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;
import com.publisherportal.audit.AuditService;
import com.publisherportal.security.AccountAccess;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The certification prerequisites checklist of an offer: each item ticked by a named user. */
@Service
public class PrerequisiteService {

    private final OfferService offers;
    private final PrerequisiteRepository repository;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final AgreementService agreements;

    PrerequisiteService(OfferService offers, PrerequisiteRepository repository, AccountAccess access,
                        CurrentUser currentUser, AuditService audit, Clock clock, AgreementService agreements) {
        this.agreements = agreements;
        this.offers = offers;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every item that applies to the offer's type, ticked or not, in checklist order. */
    @Transactional(readOnly = true)
    public List<PrerequisiteTick> checklist(long offerId) {
        Offer offer = offers.offer(offerId);
        Map<Prerequisite, PrerequisiteTick> ticks = new java.util.EnumMap<>(Prerequisite.class);
        ticks.putAll(repository.ticks(offerId));
        // The agreements are not ticked by hand: the owner's acceptance of every current version is the tick.
        ticks.remove(Prerequisite.AGREEMENTS_ACCEPTED);
        agreements.allAccepted(offer.accountId()).ifPresent(a -> ticks.put(Prerequisite.AGREEMENTS_ACCEPTED,
                new PrerequisiteTick(Prerequisite.AGREEMENTS_ACCEPTED, a.acceptedByName(), a.acceptedAt())));
        return Prerequisite.forType(offer.offerType()).stream()
                .map(p -> ticks.getOrDefault(p, new PrerequisiteTick(p, null, null))).toList();
    }

    /** The items that apply to the offer and are not ticked yet. */
    @Transactional(readOnly = true)
    public List<Prerequisite> missing(long offerId) {
        return checklist(offerId).stream().filter(t -> !t.done()).map(PrerequisiteTick::item).toList();
    }

    @Transactional
    public void set(long offerId, Prerequisite item, boolean done) {
        Offer offer = offers.offer(offerId);
        access.requireMember(offer.accountId(), AccountRole.OWNER, AccountRole.MANAGER, AccountRole.DEVELOPER);
        if (item == Prerequisite.AGREEMENTS_ACCEPTED) {
            throw new ValidationException("", "prerequisite.from-agreements");
        }
        if (!item.appliesTo(offer.offerType())) {
            throw new ValidationException("", "prerequisite.not-for-type");
        }
        if (!offer.status().isEditable()) {
            throw new ValidationException("", "offer.not-editable", offer.status());
        }
        if (done) {
            repository.tick(offerId, item, currentUser.require().userId(), clock.instant());
        } else {
            repository.untick(offerId, item);
        }
        audit.record(offer.accountId(), "offer", String.valueOf(offerId),
                done ? "PREREQUISITE_TICKED" : "PREREQUISITE_UNTICKED", item.name());
    }
}
