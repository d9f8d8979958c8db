package com.publisherportal.account;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class AccountServicesPostgresTest extends AccountServicesContract {
}
