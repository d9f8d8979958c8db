package com.publisherportal.insights;

import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.PostgresTest;

@PortalSpringTest
@PostgresTest
class InsightExportPagesPostgresTest extends InsightExportPagesContract {
}
