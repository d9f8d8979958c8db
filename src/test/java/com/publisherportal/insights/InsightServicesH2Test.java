package com.publisherportal.insights;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class InsightServicesH2Test extends InsightServicesContract {
}
