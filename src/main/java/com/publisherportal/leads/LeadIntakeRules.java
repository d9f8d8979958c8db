package com.publisherportal.leads;

import com.publisherportal.onboarding.Offer;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a posted lead into what is stored, by the rules of docs/domain.md, Leads: offer link, .edu
 * stripping, do-not-contact, test leads, score, follow-up clock and the de-duplication digest.
 */
@Component
class LeadIntakeRules {

    private final IntakeOfferCache offers;

    LeadIntakeRules(IntakeOfferCache offers) {
        this.offers = offers;
    }

    /** The lead to store for the account; {@code idempotencyKey} is as posted (blank means none). */
    NewLead toLead(long accountId, LeadPayload p, String idempotencyKey, Instant at) {
        String idempotency = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : cut(idempotencyKey.trim(), LeadIntakeService.IDEMPOTENCY_KEY_MAX);
        LeadSource source = LeadSource.parse(p.leadSource());
        LeadAction action = LeadAction.fromCode(p.actionCode());
        Optional<Offer> offer = source.publisherId() == null || source.offerId() == null ? Optional.empty()
                : offers.find(source.publisherId(), source.offerId()).filter(o -> o.accountId() == accountId);
        boolean consulting = offer.map(o -> FollowUp.consulting(o.offerType())).orElse(false);
        boolean doNotContact = action == LeadAction.DO_NOT_CONTACT
                || LeadAction.fromCode(source.sourceAction()) == LeadAction.DO_NOT_CONTACT;
        boolean educational = LeadRules.isEducational(p.email());
        String email = educational || p.email() == null ? null : cut(p.email().toLowerCase(Locale.ROOT), 254);
        String firstName = educational ? null : cut(p.firstName(), 100);
        String lastName = educational ? null : cut(p.lastName(), 100);
        String phone = educational ? null : cut(p.phone(), 50);
        String title = educational ? null : cut(p.title(), 200);
        String description = educational ? null : cut(p.description(), 4000);
        String company = cut(p.company(), 200);
        List<LeadScoring.Part> parts = LeadScoring.baseParts(action, firstName, lastName, email, phone, company, title);
        String search = String.join(" ", nonNull(firstName), nonNull(lastName), nonNull(company), nonNull(email))
                .toLowerCase(Locale.ROOT).trim();
        return new NewLead(accountId, offer.map(Offer::id).orElse(null), consulting, cut(p.actionCode(), 50), action,
                cut(p.leadSource(), 300), cut(source.source(), 50), cut(source.sourceAction(), 50),
                cut(source.offerAddress(), 120), cut(p.offerTitle(), 200), description, firstName, lastName, email,
                phone, cut(p.country(), 100), company, title, cut(search, 700), educational, doNotContact,
                p.isTestLead(), LeadScoring.base(parts), at, at.plus(FollowUp.delay(consulting)),
                dedupeKey(p, source, action), idempotency);
    }

    /**
     * Same e-mail, offer, action and source make the same lead. Only a digest is kept, so the
     * key holds no readable personal data (it is also computed for .edu leads, whose address is
     * not stored). Without an e-mail a lead cannot be recognised again.
     */
    static String dedupeKey(LeadPayload p, LeadSource source, LeadAction action) {
        if (p.email() == null) {
            return null;
        }
        String offer = source.offerAddress() != null ? source.offerAddress() : nonNull(p.offerTitle());
        String actionPart = action == LeadAction.OTHER ? "other:" + nonNull(p.actionCode()) : action.name();
        String text = String.join("\n", p.email().trim().toLowerCase(Locale.ROOT), offer.toLowerCase(Locale.ROOT),
                actionPart.toLowerCase(Locale.ROOT), nonNull(source.source()).toLowerCase(Locale.ROOT));
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
