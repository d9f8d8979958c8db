package com.publisherportal.onboarding;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class OnboardingServicesH2Test extends OnboardingServicesContract {
}
