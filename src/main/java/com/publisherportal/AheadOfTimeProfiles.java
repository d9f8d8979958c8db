package com.publisherportal;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production build's ahead-of-time code ({@code -Dspring.aot.enabled=true})
 * with a profile that adds beans: Spring AOT fixed the beans when the jar was built, so the
 * marketplace emulator's would silently be missing. The emulator is a development tool; start
 * without the flag to use it.
 */
final class AheadOfTimeProfiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String EMULATOR = "marketplace-emulator";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts() && event.getEnvironment().acceptsProfiles(Profiles.of(EMULATOR))) {
            throw new IllegalStateException("The profile " + EMULATOR + " adds beans that this build fixed ahead of "
                    + "time without it: start the portal without -Dspring.aot.enabled=true to use the emulator.");
        }
    }
}
