package com.publisherportal.demo;

import com.publisherportal.common.ClusterLocks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Seeds the demo data ({@link DemoStep}s, in order) before the portal reports itself ready. With
 * several nodes starting on one empty database, one seeds while the others wait for its lock and
 * then find the data there, instead of inserting it twice.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DemoSeeding implements ApplicationRunner {

    private final ClusterLocks cluster;
    private final List<DemoStep> steps;

    DemoSeeding(ClusterLocks cluster, List<DemoStep> steps) {
        this.cluster = cluster;
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        cluster.whileLocked("demo-data", Duration.ofMinutes(10), Duration.ofMinutes(10),
                () -> steps.forEach(step -> step.run(args)));
    }
}
