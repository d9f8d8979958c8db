package com.publisherportal.leads;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class LeadDigestsPostgresTest extends LeadDigestsContract {
}
