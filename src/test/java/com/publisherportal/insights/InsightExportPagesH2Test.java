package com.publisherportal.insights;

import com.publisherportal.testsupport.PortalSpringTest;
import org.springframework.test.context.ActiveProfiles;

@PortalSpringTest
@ActiveProfiles("test")
class InsightExportPagesH2Test extends InsightExportPagesContract {
}
