package com.publisherportal.common;

import com.publisherportal.testsupport.LimitsDatabase;
import com.publisherportal.testsupport.PostgresTest;

/** {@link SharedLimitsContract} on a PostgreSQL database of its own ({@code <test database>_limits}). */
@PostgresTest
class SharedLimitsPostgresTest extends SharedLimitsContract {

    @Override
    LimitsDatabase database() throws Exception {
        return LimitsDatabase.postgres("limits");
    }
}
