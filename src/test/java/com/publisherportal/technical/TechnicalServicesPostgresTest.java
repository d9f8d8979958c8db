package com.publisherportal.technical;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class TechnicalServicesPostgresTest extends TechnicalServicesContract {
}
