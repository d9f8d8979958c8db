package com.publisherportal.subscriptions;

import com.publisherportal.testsupport.FlywayCleanConfig;
import com.publisherportal.testsupport.PostgresTest;
import com.publisherportal.testsupport.SignIn;
import com.publisherportal.testsupport.TestClockConfig;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "test-postgres", "marketplace-emulator"})
@ExtendWith(PostgresTest.Reachable.class)
@Import({TestClockConfig.class, FlywayCleanConfig.class, SignIn.class})
class SubscriptionsHttpPostgresTest extends SubscriptionsHttpContract {
}
