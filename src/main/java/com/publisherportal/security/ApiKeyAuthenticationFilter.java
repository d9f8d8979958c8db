package com.publisherportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads an API key from {@code Authorization: Bearer …} or {@code X-Api-Key} and, when it is
 * valid and its creator still an active member of the account, authenticates the request as that
 * key's {@link ApiCaller}, with the scopes the creator's current role allows as authorities. A
 * suspended key is marked on the request ({@link #SUSPENDED}), so the 401 can say why. Not a bean:
 * it belongs to the API filter chain only.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** Request attribute: the presented key is valid but suspended (its creator is not an active member). */
    static final String SUSPENDED = ApiKeyAuthenticationFilter.class.getName() + ".SUSPENDED";

    private final ApiKeyService apiKeys;

    ApiKeyAuthenticationFilter(ApiKeyService apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader("X-Api-Key");
        String authorization = request.getHeader("Authorization");
        if (presented == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = authorization.substring(7);
        }
        if (presented != null) {
            ApiKeyService.Check check = apiKeys.check(presented);
            check.caller().ifPresent(caller ->
                    SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(caller)));
            if (check.suspended()) {
                request.setAttribute(SUSPENDED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {
        private final ApiCaller caller;

        ApiKeyAuthentication(ApiCaller caller) {
            super(caller.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
