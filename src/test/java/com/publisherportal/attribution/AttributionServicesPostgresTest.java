package com.publisherportal.attribution;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class AttributionServicesPostgresTest extends AttributionServicesContract {
}
