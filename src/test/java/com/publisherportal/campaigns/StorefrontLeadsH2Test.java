package com.publisherportal.campaigns;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class StorefrontLeadsH2Test extends StorefrontLeadsContract {
}
