package com.publisherportal.campaigns;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class BenefitServicesH2Test extends BenefitServicesContract {
}
