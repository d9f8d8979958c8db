package com.publisherportal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sign-in form's post ({@code POST /login}) protected against login CSRF: a page elsewhere
 * must not be able to sign the visitor's browser in (as the attacker, say, to read what the
 * victim then types). Vaadin's security configurer exempts the login URL from CSRF (its form
 * used to post without a token); the form of Vaadin 25 sends the token of the page's
 * {@code _csrf} meta tags, so here
 * <ul>
 *   <li>CSRF protection covers {@code /login} like any other form: only Vaadin's own internal
 *       requests, which carry Vaadin's own token, are exempt;</li>
 *   <li>a sign-in post from another origin ({@code Origin}, or {@code Sec-Fetch-Site} when a
 *       browser sent no {@code Origin}) is refused even with a token;</li>
 *   <li>either refusal goes back to {@code /login?error}, signing nobody in (a person whose page
 *       sat open past the session's end just signs in again);</li>
 *   <li>a sign-in refused because the client address failed too often goes to
 *       {@code /login?error=throttled}, so the page can say so.</li>
 * </ul>
 */
final class SignInProtection {

    static final String LOGIN = "/login";
    static final String REFUSED_URL = "/login?error";
    static final String THROTTLED_URL = "/login?error=throttled";

    private static final Logger log = LoggerFactory.getLogger(SignInProtection.class);

    private SignInProtection() {
    }

    /**
     * Applies the rules to the browser UI's chain; call before Vaadin's configurer, with its CSRF
     * configuration switched off ({@code enableCsrfConfiguration(false)}).
     *
     * @param publicUrl the address customers use ({@code portal.public-url}), also an origin of the portal
     */
    static void apply(HttpSecurity http, RequestUtil vaadinRequests, String publicUrl) throws Exception {
        RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SameOriginSignInFilter(signIn, publicUrl), CsrfFilter.class);
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> denied = new LinkedHashMap<>();
        denied.put(signIn, (request, response, e) -> refuse(request, response, "no valid CSRF token"));
        http.exceptionHandling(e -> e.accessDeniedHandler(
                new RequestMatcherDelegatingAccessDeniedHandler(denied, new AccessDeniedHandlerImpl())));
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(REFUSED_URL);
        failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), THROTTLED_URL));
        // The login page is named here too (Vaadin's configurer names it again, later): configured
        // without one, form login would switch on Spring's generated login page meanwhile.
        http.formLogin(form -> form.failureHandler(failures).loginPage(LOGIN));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        log.debug("Sign-in post from {} refused: {}", request.getRemoteAddr(), why);
        response.sendRedirect(request.getContextPath() + REFUSED_URL);
    }

    /** Refuses a sign-in post that a browser says comes from another origin. */
    static final class SameOriginSignInFilter extends OncePerRequestFilter {

        private final RequestMatcher signIn;
        private final String publicOrigin;

        SameOriginSignInFilter(RequestMatcher signIn, String publicUrl) {
            this.signIn = signIn;
            this.publicOrigin = publicUrl == null || publicUrl.isBlank() ? null : origin(publicUrl);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (signIn.matches(request) && !sameOrigin(request)) {
                refuse(request, response, "cross-origin (Origin " + request.getHeader("Origin") + ", Sec-Fetch-Site "
                        + request.getHeader("Sec-Fetch-Site") + ")");
                return;
            }
            chain.doFilter(request, response);
        }

        /**
         * Whether the post comes from the portal's own pages. Browsers send {@code Origin} on
         * every form post; a client that sends neither header (not a browser) is left to the CSRF
         * token check.
         */
        boolean sameOrigin(HttpServletRequest request) {
            String origin = request.getHeader("Origin");
            if (origin != null) {
                String normalised = origin(origin);
                if (normalised == null) {
                    return false;
                }
                String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
                String host = request.getHeader("Host");
                // The Host header is the portal's address as the browser used it: behind a proxy
                // that ends TLS without forwarding the scheme, the origin's scheme differs but its
                // authority (host and port) is the Host header.
                return normalised.equals(own) || normalised.equals(publicOrigin)
                        || host != null && normalised.equals(origin(URI.create(origin.trim()).getScheme() + "://" + host));
            }
            String site = request.getHeader("Sec-Fetch-Site");
            return site == null || site.equals("same-origin") || site.equals("none");
        }

        /** {@code scheme://host[:port]} in lower case, without a default port; null when it is not an origin. */
        static String origin(String value) {
            try {
                URI uri = URI.create(value.trim());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return null;
                }
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                int port = uri.getPort();
                boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
