package com.publisherportal.leads;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class LeadDigestsH2Test extends LeadDigestsContract {
}
