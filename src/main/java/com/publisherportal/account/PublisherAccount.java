package com.publisherportal.account;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A publisher organisation. {@code publisherId} is its public identifier in storefront URLs. */
@Table
public record PublisherAccount(@Id Long id, String publisherId, String legalName, String displayName, String country,
                               AccountStatus status, Instant createdAt, @Version Integer version) {
}
