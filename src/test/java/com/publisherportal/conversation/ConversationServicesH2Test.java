package com.publisherportal.conversation;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class ConversationServicesH2Test extends ConversationServicesContract {
}
