package com.publisherportal.onboarding;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A publisher's seller profile (company, tax and payout details, accepted policies), vetted by
 * staff within 2 weeks. Each acceptance keeps who accepted and when.
 */
@Table
public record SellerRegistration(@Id Long id, long accountId, String legalName, String addressLine, String city,
                                 String postalCode, String country, String taxId, String iban, String supportEmail,
                                 String supportPhone, long policiesAcceptedBy, Instant policiesAcceptedAt,
                                 long termsAcceptedBy, Instant termsAcceptedAt, long privacyAcceptedBy,
                                 Instant privacyAcceptedAt, long certificationAcceptedBy,
                                 Instant certificationAcceptedAt, ReviewStatus status, long submittedBy,
                                 Instant submittedAt, Instant dueAt, Long claimedBy, Instant claimedAt,
                                 Long decidedBy, Instant decidedAt, String decisionReason, @Version Integer version) {

    public SellerRegistration claimed(Long by, Instant at) {
        return new SellerRegistration(id, accountId, legalName, addressLine, city, postalCode, country, taxId, iban,
                supportEmail, supportPhone, policiesAcceptedBy, policiesAcceptedAt, termsAcceptedBy, termsAcceptedAt,
                privacyAcceptedBy, privacyAcceptedAt, certificationAcceptedBy, certificationAcceptedAt, status,
                submittedBy, submittedAt, dueAt, by, at, decidedBy, decidedAt, decisionReason, version);
    }

    public SellerRegistration decided(ReviewStatus decision, long by, Instant at, String reason) {
        return new SellerRegistration(id, accountId, legalName, addressLine, city, postalCode, country, taxId, iban,
                supportEmail, supportPhone, policiesAcceptedBy, policiesAcceptedAt, termsAcceptedBy, termsAcceptedAt,
                privacyAcceptedBy, privacyAcceptedAt, certificationAcceptedBy, certificationAcceptedAt, decision,
                submittedBy, submittedAt, dueAt, claimedBy, claimedAt, by, at, reason, version);
    }
}
