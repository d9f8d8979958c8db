package com.publisherportal.leads.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every answer of the lead intake ({@code /intake/leads/*}) by its HTTP status:
 * {@code portal.leads.received} (counter) and {@code portal.leads.intake} (timer), both tagged
 * {@code status}. A servlet filter rather than code in the controller, so that the answers made
 * elsewhere count too: the rate limiter's 429 and the other failures that the exception handler
 * answers, the security filters' refusals, an error that escapes them all (500). It runs just
 * inside the readiness gate, whose 503 while the portal starts is not counted (the readiness probe
 * shows that). Status codes are few, so the tag stays low in cardinality.
 */
@Configuration(proxyBeanMethods = false)
class LeadIntakeMetrics {

    static final String RECEIVED = "portal.leads.received";
    static final String LATENCY = "portal.leads.intake";

    @Bean
    FilterRegistrationBean<IntakeMeter> leadIntakeMetricsFilter(MeterRegistry registry) {
        FilterRegistrationBean<IntakeMeter> registration = new FilterRegistrationBean<>(new IntakeMeter(registry));
        registration.addUrlPatterns("/intake/leads/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class IntakeMeter extends OncePerRequestFilter {

        private final MeterRegistry registry;

        IntakeMeter(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long started = System.nanoTime();
            boolean failed = true;
            try {
                chain.doFilter(request, response);
                failed = false;
            } finally {
                // An exception that escapes every handler becomes the container's 500 after this returns.
                int status = failed && response.getStatus() < 400 ? 500 : response.getStatus();
                String tag = String.valueOf(status);
                Counter.builder(RECEIVED).description("Lead intake requests answered, by HTTP status")
                        .tag("status", tag).register(registry).increment();
                Timer.builder(LATENCY).description("Time to answer a lead intake request, by HTTP status")
                        .tag("status", tag).register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }
}
