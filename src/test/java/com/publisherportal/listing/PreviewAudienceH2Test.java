package com.publisherportal.listing;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class PreviewAudienceH2Test extends PreviewAudienceContract {
}
