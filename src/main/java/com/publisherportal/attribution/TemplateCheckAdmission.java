package com.publisherportal.attribution;

import com.publisherportal.common.BusyException;
import com.publisherportal.common.SharedLimits;
import com.publisherportal.security.CurrentUser;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;

/**
 * Who may start a template check now. A check may read and inflate up to 20 MB, so each caller
 * (an API key, or a signed-in user on the checker page) has a rate, and the portal runs at most
 * a few checks at once: a build farm that fires a hundred calls in parallel waits its turn
 * instead of taking the heap.
 * <p>
 * The caller's rate is a token bucket in the database ({@link SharedLimits}), shared by all
 * nodes. The cap on checks at once stays per node on purpose: it protects this node's CPU and
 * heap, which another node's checks do not use. {@code portal.attribution.checks.running} shows
 * how many places are held on this node.
 */
@Component
class TemplateCheckAdmission {

    static final String RUNNING = "portal.attribution.checks.running";

    /** Held while a check runs; closing it lets the next one in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final SharedLimits.TokenBucket perCaller;
    private final Semaphore running;
    private final CurrentUser currentUser;

    TemplateCheckAdmission(@Value("${portal.attribution.check.per-minute:30}") int perMinute,
                           @Value("${portal.attribution.check.burst:10}") int burst,
                           @Value("${portal.attribution.check.max-concurrent:4}") int maxConcurrent,
                           CurrentUser currentUser, SharedLimits limits, MeterRegistry registry) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("At least one check must be allowed at once");
        }
        this.perCaller = limits.tokenBucket("template-check", perMinute / 60.0, burst);
        // Per node: this node's CPU and heap.
        this.running = new Semaphore(maxConcurrent);
        this.currentUser = currentUser;
        Gauge.builder(RUNNING, running, places -> maxConcurrent - places.availablePermits())
                .description("Template checks holding a place on this node (reading their upload or checking it)")
                .register(registry);
    }

    /**
     * A permit for one check by the current caller.
     *
     * @throws BusyException 429 when the caller's rate is used up, 503 when as many checks as
     *                       allowed are already running
     */
    Permit enter() {
        var wait = perCaller.acquire(callerKey());
        if (wait.isPresent()) {
            throw BusyException.tooManyRequests(wait.getAsLong());
        }
        if (!running.tryAcquire()) {
            throw BusyException.atCapacity(2);
        }
        return running::release;
    }

    private String callerKey() {
        return currentUser.apiCaller().map(key -> "key:" + key.keyId())
                .orElseGet(() -> "user:" + currentUser.require().userId());
    }
}
