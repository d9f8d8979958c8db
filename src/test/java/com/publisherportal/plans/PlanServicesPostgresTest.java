package com.publisherportal.plans;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class PlanServicesPostgresTest extends PlanServicesContract {
}
