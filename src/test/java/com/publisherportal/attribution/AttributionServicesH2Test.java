package com.publisherportal.attribution;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class AttributionServicesH2Test extends AttributionServicesContract {
}
