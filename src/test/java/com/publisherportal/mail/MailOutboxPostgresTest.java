package com.publisherportal.mail;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class MailOutboxPostgresTest extends MailOutboxContract {
}
