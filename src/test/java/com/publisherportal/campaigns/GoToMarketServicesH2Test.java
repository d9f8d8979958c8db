package com.publisherportal.campaigns;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class GoToMarketServicesH2Test extends GoToMarketServicesContract {
}
