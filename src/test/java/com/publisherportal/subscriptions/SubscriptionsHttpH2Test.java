package com.publisherportal.subscriptions;

import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "marketplace-emulator"})
@Import({TestClockConfig.class, SignIn.class})
class SubscriptionsHttpH2Test extends SubscriptionsHttpContract {
}
