package com.publisherportal.campaigns;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class BenefitServicesPostgresTest extends BenefitServicesContract {
}
