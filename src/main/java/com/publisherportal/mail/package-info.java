/**
 * E-mail that reaches people: the outbox, written by the features in the transaction of the event
 * ({@code MailOutbox}, propagation MANDATORY), rendered in each recipient's language from
 * {@code i18n/mail}; the sender that delivers it over SMTP with retries when {@code spring.mail.host}
 * is set; the administrators' Outbox page. Recipients and their choices come from account.
 * Features that send e-mail (onboarding, leads) depend on this module, never the reverse.
 */
@ApplicationModule(displayName = "E-mail", allowedDependencies = {"common", "security", "account"})
package com.publisherportal.mail;

import org.springframework.modulith.ApplicationModule;
