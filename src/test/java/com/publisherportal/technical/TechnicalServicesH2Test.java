package com.publisherportal.technical;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class TechnicalServicesH2Test extends TechnicalServicesContract {
}
