package com.publisherportal.account;

import com.publisherportal.security.AccountRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A user's role in a publisher account. Versioned: two managers changing one role cannot both win. */
@Table
public record Membership(@Id Long id, long userId, long accountId, AccountRole role, Instant createdAt,
                         @Version Integer version) {

    public Membership withRole(AccountRole newRole, int expectedVersion) {
        return new Membership(id, userId, accountId, newRole, createdAt, expectedVersion);
    }
}
