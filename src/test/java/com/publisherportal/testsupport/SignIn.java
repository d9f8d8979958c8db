package com.publisherportal.testsupport;

import com.publisherportal.security.CallerRepository;
import com.publisherportal.security.PortalUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a user in for service tests, as the login form would after a correct password. */
@Component
public class SignIn {

    private final CallerRepository callers;

    SignIn(CallerRepository callers) {
        this.callers = callers;
    }

    public PortalUser as(String email) {
        PortalUser user = callers.findLogin(email).orElseThrow(() -> new IllegalArgumentException(email)).toPrincipal();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
