package com.publisherportal.operations;

import com.publisherportal.testsupport.TestClockConfig;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running web server takes requests on the few threads the portal sets
 * ({@code server.tomcat.threads.max}, not Tomcat's 200): on 2 cores, 1,000 users were served at
 * p95 1.6 s with 16 threads against 4.3 s with 200 (bench/load/README.md, issue 20).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class RequestThreadsTest {

    @Autowired WebServerApplicationContext context;
    @Value("${server.tomcat.threads.max}") int configured;

    @Test
    void requestsAreServedByTheConfiguredFewThreads() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        ThreadPoolExecutor executor = (ThreadPoolExecutor) server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        assertThat(configured).as("a few threads, not Tomcat's 200").isLessThanOrEqualTo(32);
        assertThat(executor.getMaximumPoolSize()).isEqualTo(configured);
    }
}
