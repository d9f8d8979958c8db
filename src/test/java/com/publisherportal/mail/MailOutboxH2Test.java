package com.publisherportal.mail;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class MailOutboxH2Test extends MailOutboxContract {
}
