package com.publisherportal.plans;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class PlanServicesH2Test extends PlanServicesContract {
}
