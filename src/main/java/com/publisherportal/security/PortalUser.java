package com.publisherportal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person. Roles here drive navigation only; services re-check membership
 * and role against the database on every call, so a demotion or deactivation takes
 * effect at once.
 */
public record PortalUser(long userId, String email, String displayName, Long accountId, AccountRole accountRole,
                         PlatformRole platformRole, String language) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isPublisher() {
        return accountId != null && accountRole != null;
    }

    public boolean isStaff() {
        return platformRole != null;
    }

    public boolean isAdmin() {
        return platformRole == PlatformRole.ADMIN;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (isPublisher()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.PUBLISHER));
            authorities.add(new SimpleGrantedAuthority(accountRole.authority()));
        }
        if (isStaff()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF));
        }
        if (isAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        return authorities;
    }

    /** Credentials are checked by {@link PortalAuthenticationProvider}; none are kept in the session. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }
}
