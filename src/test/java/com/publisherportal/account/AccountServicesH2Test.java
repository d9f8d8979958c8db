package com.publisherportal.account;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class AccountServicesH2Test extends AccountServicesContract {
}
