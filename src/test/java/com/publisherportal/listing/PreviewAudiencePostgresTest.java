package com.publisherportal.listing;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class PreviewAudiencePostgresTest extends PreviewAudienceContract {
}
