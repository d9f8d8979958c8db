package com.publisherportal.attribution;

import com.publisherportal.common.BusyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code portal.attribution.checks}: template checks (page and API), tagged {@code verdict}: the
 * checker's verdict ({@code ok}, {@code warning}, {@code error}) or why none was given
 * ({@code rejected}: a file the checker refuses to read; {@code too_many_requests}: the caller's
 * rate was used up, HTTP 429; {@code at_capacity}: the portal ran as many checks as it allows, 503).
 */
@Component
class TemplateCheckMetrics {

    static final String CHECKS = "portal.attribution.checks";

    private final Map<CheckReport.Verdict, Counter> verdicts = new EnumMap<>(CheckReport.Verdict.class);
    private final Counter rejected;
    private final Counter tooManyRequests;
    private final Counter atCapacity;

    TemplateCheckMetrics(MeterRegistry registry) {
        for (CheckReport.Verdict verdict : CheckReport.Verdict.values()) {
            verdicts.put(verdict, counter(registry, verdict.name().toLowerCase(Locale.ROOT)));
        }
        rejected = counter(registry, "rejected");
        tooManyRequests = counter(registry, "too_many_requests");
        atCapacity = counter(registry, "at_capacity");
    }

    private static Counter counter(MeterRegistry registry, String verdict) {
        return Counter.builder(CHECKS).description("ARM template checks, by verdict or refusal")
                .tag("verdict", verdict).register(registry);
    }

    void checked(CheckReport.Verdict verdict) {
        verdicts.get(verdict).increment();
    }

    void rejected() {
        rejected.increment();
    }

    void busy(BusyException e) {
        (e.httpStatus() == 429 ? tooManyRequests : atCapacity).increment();
    }
}
