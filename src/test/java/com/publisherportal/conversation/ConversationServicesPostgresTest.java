package com.publisherportal.conversation;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class ConversationServicesPostgresTest extends ConversationServicesContract {
}
