package com.publisherportal.onboarding;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class OnboardingServicesPostgresTest extends OnboardingServicesContract {
}
