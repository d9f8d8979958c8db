package com.publisherportal.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring caches one application context per test configuration, and every context, as it starts,
 * makes its own {@link SecurityContextHolderStrategy} bean (Vaadin's) the JVM-wide one. When a
 * cached context is used again after another context started, its security filters (which hold
 * their own context's strategy) and {@link SecurityContextHolder} (the newer context's) no longer
 * agree: an API key the key filter accepted is not seen by the authorization filter, and the
 * request is answered 401. Before each test this reinstates the test's own context's strategy,
 * as that context's start did. Registered for every Spring test in META-INF/spring.factories.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
